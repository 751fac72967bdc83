/**
 * The rule contract: everything a rule sees and everything it may report.
 *
 * How to add a rule
 * -----------------
 * 1. Create one file for it (`src/rules/<family>/<rule-id>.ts`). The file opens with a doc
 *    comment in remark-lint's style: what the rule finds and why, its options, then `@example`
 *    blocks. Each example starts with a JSON line
 *    (`{"name": "blog/ok.md"}`, `{"name": "blog/bad.md", "label": "input"}`, then
 *    `{"name": "blog/bad.md", "label": "output"}` with one `line:column-line:column: message` per
 *    finding). Examples that share `"case"` are checked together, as one collection; their output
 *    lines then start with the file name (`blog/b.md:3:1-3:9: …`). The test loop in
 *    `test/rules/docs.test.ts` runs every example, and `scripts/generate-rule-docs.mjs` turns the
 *    same headers into the rule reference of the docs site.
 * 2. Export a `Rule` built with `defineRule({ meta, check })` when its findings depend on the file
 *    alone (it runs on the file's tree, maybe in a worker thread, and the cache keeps its findings),
 *    `checkRecord` when they depend on other files too (links: it runs on the file's facts, see
 *    `FileFacts`), or `checkCollection` (all files at once: duplicates). A rule that needs more of
 *    a file than its facts hold adds it to `FileFacts` (`src/input/facts.ts`), which is collected
 *    in the same walk and cached. Report with `report({ message, place, … })`; never throw on
 *    bad content: the engine turns a throw into a `pressroom-internal` finding, which is a
 *    bug to fix.
 * 3. Add it to the list in `src/rules/index.ts`. Its id must be kebab-case and start with its
 *    family (`frontmatter-`, `spelling`, `link-`, `security-`); the id is also the key under which
 *    `pressroom.config.json` → `checks.rules` raises or lowers it.
 *
 * Positions are 1-based line/column in the ORIGINAL file, frontmatter included. Offsets are
 * indices into `ContentFile.text` (the decoded text without a BOM, newlines kept as they are).
 */
import type { Root } from 'mdast';
import type { LoadedSiteConfig, Routes, SiteName } from '@pressroom/site-config';
import type { VFile } from 'vfile';
import type { Document } from 'yaml';

export type Severity = 'error' | 'warning' | 'off';

export type RuleFamily = 'input' | 'frontmatter' | 'spelling' | 'style' | 'link' | 'security' | 'translation' | 'directive' | 'internal';

export interface Point {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like every unified tool. */
  column: number;
  /** 0-based index into `ContentFile.text`. */
  offset?: number;
}

export interface Position {
  start: Point;
  end: Point;
}

export interface RuleMeta {
  /** Kebab-case, starting with the family: `frontmatter-schema`, `spelling`, `link-broken-anchor`. */
  id: string;
  family: RuleFamily;
  /** Until `checks.rules` in `pressroom.config.json` says otherwise. */
  defaultSeverity: Severity;
  /** One sentence for the rule reference and `--help`. */
  description: string;
  /**
   * Whether `check`'s findings on a file depend on that file's bytes alone, so the content-hash
   * cache may reuse them. Default: `true`, except for the `link` family (links look at other
   * files). Collection findings are never cached.
   */
  cacheable?: boolean;
}

/** Replaces `text.slice(start, end)` with `replacement`. Only safe, local edits. */
export interface Fix {
  start: number;
  end: number;
  replacement: string;
  /** `spelling` fixes are applied only under `--fix=spelling`; `style` ones under `--fix`. */
  kind: 'style' | 'spelling';
}

export interface Finding {
  /** Worded "Unexpected X, expected Y" where that reads naturally. */
  message: string;
  place: Point | Position;
  /** Defaults to the reporting rule's id (style rules pass remark-lint's). */
  ruleId?: string;
  /** Defaults to the rule's configured severity. */
  severity?: Exclude<Severity, 'off'>;
  fix?: Fix;
  /** Replacement candidates, best first (spelling suggestions, nearest link target). */
  suggestions?: string[];
  /** The text found wrong, as vfile's `actual` (the unknown word). */
  actual?: string;
  /** Extra text for the reader: an example, the expected form. */
  note?: string;
}

export interface HeadingInfo {
  depth: number;
  /** Plain text of the heading. */
  text: string;
  /** The id the sites render: github-slugger over the file's headings in order (duplicates `-1`, `-2`). */
  slug: string;
  position: Position;
}

export interface FrontmatterInfo {
  /** The parsed document with node ranges (offsets are relative to `offset`). */
  document: Document.Parsed;
  /** Plain JavaScript value; `undefined` when the YAML has errors. */
  data: unknown;
  /** Offset in `ContentFile.text` where the YAML source (after the opening `---` line) starts. */
  offset: number;
  /** The raw YAML source. */
  source: string;
  /** Where a key (path like `['tags', 1]`) sits in the file; the closest existing ancestor otherwise. */
  positionOf(path: readonly PropertyKey[], part?: 'key' | 'value'): Position;
}

export interface ContentFile {
  /** Absolute path. */
  path: string;
  /** Posix path relative to the repository root, as printed in reports. */
  relativePath: string;
  /** Which site publishes the file, from its `contentDir`; `undefined` outside both. */
  site: 'blog' | 'docs' | undefined;
  /** The collection id (`guides/writing-a-post`) under the site's content folder. */
  id: string | undefined;
  format: 'md' | 'mdx';
  /** Decoded text without BOM; newlines untouched. */
  text: string;
  hasBom: boolean;
  newline: '\n' | '\r\n';
  /** sha256 of the raw bytes. */
  hash: string;
  /** The one mdast tree, frontmatter node included (`yaml`). Empty root when the file is unreadable. */
  tree: Root;
  /** The vfile the tree was parsed from (remark-lint writes to a copy of it). */
  vfile: VFile;
  /** `undefined` when the file has no frontmatter block. */
  frontmatter: FrontmatterInfo | undefined;
  headings: HeadingInfo[];
  /** Words this file adds to the spelling dictionary with a frontmatter `words` list (cspell's own comments are read as cspell reads them). */
  words: ReadonlySet<string>;
  offsetToPoint(offset: number): Point;
  /** `false` when the file could not be read or decoded: only the `input-*` rules run on it. */
  readable: boolean;
  /** What reading and parsing noticed, for the `input-*` rules. */
  input: InputInfo;
}

/** A heading as a link may point at it. */
export interface AnchorHeading {
  /** The id the sites give the heading. */
  slug: string;
  /** The heading's text as rendered (quotes curled). */
  text: string;
}

/** What kind of Markdown or HTML wrote the link. */
export type LinkKind = 'link' | 'image' | 'definition' | 'html';

export interface LinkOccurrence {
  /** The URL as written (HTML entities decoded, Markdown escapes resolved). */
  url: string;
  kind: LinkKind;
  /** The link node itself (`[text](url)`, `![alt](src)`, `[id]: url`, or the HTML attribute). */
  position: Position;
  /**
   * The text a reader sees: link text for links and references (`undefined` for images,
   * definitions and HTML, where it is not checked).
   */
  text?: string;
  /** Where the text is, when it is not inside the link node (a hero action's `text` key). */
  textPosition?: Position;
  /** `true` when a reader clicks it (links, references, `<a href>`); `false` for embedded resources. */
  navigates: boolean;
  /**
   * Set when the site's build imports the target through its image pipeline, and stops when the
   * file is missing or is no image: `markdown` for a Markdown image (a site-root path is served
   * from `public/` instead), `frontmatter` for an image field (`ogImage`, a docs hero's image).
   */
  imported?: 'markdown' | 'frontmatter';
}

/** A link reference (`[text][id]`) whose definition is elsewhere: checked for its text only. */
export interface ReferenceOccurrence {
  text: string;
  position: Position;
}

/** What a directive comment does: ESLint's forms (`pressroom-…`) and remark-lint's (`lint …`). */
export type DirectiveKeyword = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'ignore';

/**
 * A comment that switches findings off or on: `<!-- pressroom-disable-next-line spelling -- a
 * name -->`, `pressroom-disable`/`pressroom-enable` ranges, remark-lint's `<!-- lint disable x -->`,
 * `{/* … *\/}` in MDX, `# pressroom-…` lines in the frontmatter.
 */
export interface Directive {
  /** `pressroom`: ESLint's meaning of each form; `lint`: remark-message-control's. */
  syntax: 'pressroom' | 'lint';
  keyword: DirectiveKeyword;
  /** The rules it names; empty for every rule. */
  ruleIds: string[];
  /** What follows ` -- `, trimmed. */
  reason: string | undefined;
  /** The comment's words as written (`pressroom-disable-next-line spelling`), for messages. */
  text: string;
  /** The comment itself. */
  position: Position;
  /** From where a range applies: the comment's start, or the file's start for one in the frontmatter. */
  from: Point;
  /** `lint ignore`: the end of the node after the comment, where the rules apply again. */
  until?: Point;
}

/** A comment written like a directive that Pressroom cannot apply (another tool's form, a typo). */
export interface DirectiveProblem {
  message: string;
  position: Position;
  note?: string;
  /** The other tool whose comment it is (`markdownlint`), which a project may leave to that tool. */
  tool?: string;
}

/**
 * What the run-wide rules (links, duplicates) need to know of a file, taken from its tree in the
 * same pass as the per-file rules. Plain data: it crosses worker threads and lives in the cache,
 * so a file that did not change is never parsed again.
 */
export interface FileFacts {
  /** `undefined` when there is no frontmatter block or its YAML does not parse. */
  frontmatter:
    | {
        /** The frontmatter as JSON (YAML timestamps stay strings, as the sites read them). */
        data: Record<string, unknown>;
        /** Where the fields the run-wide rules point at are written. */
        fields: { title?: Position; tags?: Position[] };
      }
    | undefined;
  /** Every id a link may point at on the file's page, and its headings as rendered. */
  anchors: { ids: string[]; headings: AnchorHeading[] };
  /** Links in the Markdown, its raw HTML and the frontmatter fields a site renders as links. */
  links: LinkOccurrence[];
  /** `[text][id]` references with a definition elsewhere (checked for their text only). */
  references: ReferenceOccurrence[];
  /** Disable and enable comments, applied to every rule's findings on the file at the end of a run. */
  directives: { comments: Directive[]; problems: DirectiveProblem[] };
}

/** A content file outside the run, with the facts that make it a page (see `RuleContext.otherFiles`). */
export interface OtherFile {
  relativePath: string;
  facts: Pick<FileFacts, 'frontmatter' | 'anchors'>;
}

/** A file as the run-wide rules see it: who it is and its facts, without its tree. */
export interface FileRecord {
  path: string;
  relativePath: string;
  site: ContentFile['site'];
  id: string | undefined;
  format: ContentFile['format'];
  hash: string;
  readable: boolean;
  facts: FileFacts;
  /**
   * Set on a record whose facts are read on demand: `false` when no URL written in the file can
   * name any of `names` (lower-case file names or id segments), so its links need not be parsed.
   */
  mayMention?(names: readonly string[]): boolean;
}

export interface InputInfo {
  byteLength: number;
  mixedNewlines: boolean;
  /** Why the file could not be read or decoded. */
  readProblem: { kind: 'unreadable' | 'special-file' | 'binary' | 'encoding' | 'too-large' | 'too-complex'; message: string; line: number; column: number } | undefined;
  /** An MDX syntax error (the file was then parsed as plain Markdown). */
  syntaxError: { message: string; place: Point | Position } | undefined;
}

/**
 * Where a site's frontmatter schema comes from. Plain data: it travels to worker threads and into
 * the cache's fingerprint.
 */
export type SchemaSource =
  /** Pressroom's blog post schema. */
  | { kind: 'blog' }
  /**
   * Starlight's `docsSchema`, from the `@astrojs/starlight` that resolves from `from` (a folder);
   * with Pressroom's own fields (`words`) when `pressroomFields`.
   */
  | { kind: 'starlight'; from: string; pressroomFields: boolean; version?: string };

/** What the checks know of the repository's shape, from its `pressroom.config.json` or found on disk. */
export interface RepositoryLayout {
  /** `config`: read from `pressroom.config.json`; `detected`: there is none, the defaults apply. */
  source: 'config' | 'detected';
  /** The sites with a content folder; the others are placeholders no file belongs to. */
  sites: SiteName[];
  /** The frontmatter schema of each site's files; a file of no site has none. */
  schemas: Partial<Record<SiteName, SchemaSource>>;
  /** Where the content folders are, repository-relative: the default file set when no path is given. */
  contentDirs: string[];
}

export interface RuleContext {
  rootDir: string;
  site: LoadedSiteConfig;
  /** Which sites the repository has, and where their frontmatter schemas come from. */
  layout: RepositoryLayout;
  routes: Routes;
  /** The rule's options from `checks.rules.<id>` (`["warning", {…}]`), or `{}`. */
  options: Record<string, unknown>;
  /**
   * The untrusted-content policy (`checks.untrusted`, or `PRESSROOM_UNTRUSTED=1` for pull requests
   * from forks): content that would be normal from the repository's own writers is a finding.
   */
  untrusted: boolean;
  /** The configured severity of the running rule. */
  severity: Exclude<Severity, 'off'>;
  /** Memoises expensive run-wide state (the link graph, candidate lists) across files and rules. */
  shared<T>(key: string, create: () => T): T;
  /** Judges words against the run's dictionaries, wherever they are loaded. */
  words: WordService;
  /**
   * Every file of the run as a record, for `checkRecord`, `checkCollection` and `references`.
   * Empty in per-file `check`, which may run in a worker thread with only its own file.
   */
  files: readonly FileRecord[];
  /**
   * The content files of both sites that are not among the run's readable `files` (a run over some
   * paths, ignored or unreadable files), read from disk by the run when first asked: links resolve
   * against every page. Empty in per-file `check`.
   */
  otherFiles(): readonly OtherFile[];
  /**
   * In a `--changed` run, the changed files' paths. Another file is checked only by the rules whose
   * `references` name a changed file, and only for what lands on one (its links into them).
   */
  changed?: ReadonlySet<string>;
  /**
   * Says once, on a line of the run's report (`CheckResult.notes`), what a rule could not check
   * (no git history): not a finding of any file. Absent where no report follows (a worker).
   */
  note?(text: string): void;
}

/** The verdict of the run's dictionaries on one word. */
export interface WordVerdict {
  ok: boolean;
  forbidden: boolean;
  suggestions: string[];
  /** The one replacement that is safe to apply (a `flagWords` mapping or a known misspelling). */
  fixTo?: string;
  /** An unknown word whose suggestions were not looked for (the run's budget was spent). */
  withoutSuggestions?: boolean;
}

/** What a file asks before it is spell-checked: its path, and the in-document settings it holds. */
export interface SpellingSetupRequest {
  /** Absolute path: cspell's `ignorePaths`, `overrides` and language ids go by it. */
  path: string;
  /** The file's lines that hold cspell settings (`documentDirectives`), `''` for none. */
  directives: string;
  /** The `lang` of the file's locale (`sites.<name>.locales`); absent outside any locale. */
  lang?: string;
}

/** How cspell's settings for a file say its text is cut into tokens. */
export interface TokenizerSettings {
  /** Text that is not checked: cspell's `ignoreRegExpList`, the `cspell:disable` ranges included. */
  ignoreRegExpList: readonly RegExp[];
  /** When not empty, only text these match is checked (`includeRegExpList`). */
  includeRegExpList: readonly RegExp[];
  ignoreRandomStrings: boolean;
  minRandomLength: number;
}

/** How a file is spell-checked, as cspell's settings for it say. */
export interface SpellingSetup extends TokenizerSettings {
  /** `false` when cspell does not check the file: `ignorePaths` names it, or its settings disable it. */
  check: boolean;
  /** Names the settings its tokens are judged with; files that share them share verdicts. */
  key: string;
  /**
   * Where its suggestions come from: the language its locale spells it in, `''` for the
   * configuration's, or, for a file an `overrides` entry gives settings of its own, those settings
   * (the key of `key`'s settings without in-document ones): the dictionaries its words were judged with.
   */
  language: string;
  /** The language it would be spelled in when no dictionary knows that language: it is not checked. */
  unchecked?: string;
  /** cspell reports a word at most this many times a file… */
  maxDuplicateProblems: number;
  /** …and at most this many words a file. */
  maxNumberOfProblems: number;
}

/** An unknown or flagged word of a token. */
export interface TokenIssue {
  /** Where the word starts in the token. */
  offset: number;
  word: string;
  /** Its length in the text when that is not the word's: cspell reads a word through a soft hyphen. */
  length?: number;
  /** Flagged (`flagWords`, a forbidden dictionary entry) rather than unknown. */
  forbidden: boolean;
}

/** A token's unknown and flagged words in order; none when cspell finds nothing in it. */
export type TokenVerdict = TokenIssue[];

/**
 * The run's word service. A rule asks for a file's distinct tokens at once, so the dictionaries
 * can live in one thread while files are checked in others: loading them costs seconds and
 * hundreds of megabytes, far too much to repeat per worker.
 */
export interface WordService {
  /** How the file `request` names is spell-checked: what cspell's settings for it say. */
  setup(request: SpellingSetupRequest): Promise<SpellingSetup>;
  /** The verdict on each token, in order, under the settings `key` names (`SpellingSetup.key`). */
  tokens(key: string, tokens: readonly string[]): Promise<TokenVerdict[]>;
  /**
   * Suggestions: one verdict per word, in order. Words shorter than the configured minimum length
   * are fine. The first `suggestFor` unknown words (neither known nor flagged) come with
   * suggestions, which cost milliseconds a word. `language` is a setup's (`''` or absent: the
   * configuration's).
   */
  judge(words: readonly string[], suggestFor: number, language?: string): Promise<WordVerdict[]>;
}

export type Report = (finding: Finding) => void;
export type CollectionReport = (file: FileRecord, finding: Finding) => void;

export interface Rule {
  meta: RuleMeta;
  /**
   * Runs once per readable file, on its tree, possibly in a worker thread: it may use
   * `context.shared` for per-thread state, and sees no other file.
   */
  check?(file: ContentFile, report: Report, context: RuleContext): void | Promise<void>;
  /**
   * Runs once per readable file on its record, after every file was read, in the main thread:
   * for per-file findings that depend on other files (links), from facts that may come from the cache.
   */
  checkRecord?(file: FileRecord, report: Report, context: RuleContext): void | Promise<void>;
  /** Runs once per run over all readable files' records; its findings may land on any file. */
  checkCollection?(
    files: readonly FileRecord[],
    report: CollectionReport,
    context: RuleContext,
  ): void | Promise<void>;
  /**
   * Repository paths whose content this file's findings depend on (link targets). `--changed`
   * also runs the rule on a file whose references changed (see `RuleContext.changed`). With
   * `only`, the paths the caller asks about, the others may be left out.
   */
  references?(file: FileRecord, context: RuleContext, only?: ReadonlySet<string>): readonly string[];
  /**
   * What a run-wide rule's findings depend on besides the files' bytes (the git commit checked
   * out): the cache reuses the last run's run-wide findings only when it is the same.
   */
  runKey?(context: Omit<RuleContext, 'options' | 'severity'>): string | Promise<string>;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** A file to load the dictionaries for ahead of its question: its path and its locale's `lang`. */
export interface WarmUpFile {
  path: string;
  lang?: string;
}

/**
 * Milliseconds by language (`''`: the configuration's): the time its dictionaries and settings took
 * to load (elapsed), for each language whose dictionaries were loaded; and the time from the first
 * of them to their release, for each language let go.
 */
export interface LanguageTimings {
  load: Record<string, number>;
  held: Record<string, number>;
}
