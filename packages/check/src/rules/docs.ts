import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import type { Rule } from '../rule.js';
import { rulePages, ruleReferencePage } from './url.js';

export interface RuleExample {
  /** File name under `content/`, e.g. `blog/ok.md`. */
  name: string;
  /** Examples sharing a case are checked together; defaults to the name. */
  case: string;
  /** `ok` examples expect no finding; `input`/`output` pairs are a file and its findings. */
  label: 'ok' | 'input' | 'output';
  body: string;
  /** Other rules run with the rule, whose findings the example hides (disable comments). */
  with: string[];
  /** The rule's severity in the example, for a rule that is off by default. */
  severity?: 'error' | 'warning';
  /** The docs site's locales in the example (`sites.docs.locales`), for a rule about translations. */
  locales?: Record<string, { label: string; lang?: string }>;
}

export interface RuleDoc {
  id: string;
  /** Path of the rule's source file, relative to the package. */
  sourceFile: string;
  /** The header's prose (Markdown) before the first `@` tag. */
  prose: string;
  examples: RuleExample[];
}

/** The first `/** … *\/` block of a source file, with the comment markers removed. */
export function headerComment(source: string): string | undefined {
  const match = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source);
  if (!match?.[1]) return undefined;
  return match[1]
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n');
}

function dedent(lines: string[]): string {
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  return lines.map((line) => (line.startsWith('  ') ? line.slice(2) : line.trimStart())).join('\n');
}

/** Reads the header of one rule file: its prose and its examples. */
export function parseRuleHeader(id: string, source: string, sourceFile: string): RuleDoc {
  const header = headerComment(source) ?? '';
  const [prose = '', ...blocks] = header.split(/^@example[ \t]*$/m);
  const examples: RuleExample[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
    const metaLine = lines.shift()?.trim() ?? '{}';
    let meta: { name?: string; case?: string; label?: string; with?: string[]; severity?: 'error' | 'warning'; locales?: RuleExample['locales'] };
    try {
      meta = JSON.parse(metaLine) as typeof meta;
    } catch {
      throw new Error(`${sourceFile}: an @example must start with a JSON line, found ${metaLine}`);
    }
    const name = meta.name ?? 'blog/example.md';
    const label = meta.label === 'input' || meta.label === 'output' ? meta.label : 'ok';
    const body = dedent(lines);
    examples.push({
      name,
      case: meta.case ?? name,
      label,
      body: label === 'output' ? body : body.length > 0 ? `${body}\n` : '',
      with: meta.with ?? [],
      ...(meta.severity ? { severity: meta.severity } : {}),
      ...(meta.locales ? { locales: meta.locales } : {}),
    });
  }
  return { id, sourceFile, prose: prose.trim(), examples };
}

/** Finds `<id>.ts` under `src/` of the package for every rule and reads its header. */
export function readRuleDocs(packageDir: string, rules: readonly Rule[]): RuleDoc[] {
  const sources = globSync('src/**/*.ts', { cwd: packageDir, ignore: ['**/*.test.ts', '**/*.d.ts'] });
  return rules.map((rule) => {
    const file = sources.find((path) => path.endsWith(`/${rule.meta.id}.ts`));
    if (!file) throw new Error(`No source file src/**/${rule.meta.id}.ts for rule ${rule.meta.id}`);
    return parseRuleHeader(rule.meta.id, readFileSync(join(packageDir, file), 'utf8'), relative(packageDir, join(packageDir, file)));
  });
}

export interface RuleReferenceOptions {
  rules: readonly Rule[];
  docs: readonly RuleDoc[];
  styleRuleIds: readonly string[];
  headingPunctuation: string;
}

/** The families of rules, each a page of the rule reference (`rulePages`), in the order the reference lists them. */
const families = [
  { family: 'input', title: 'Input rules', description: 'The rules that report files the check cannot read or parse, or that carry a byte order mark or CRLF line endings.' },
  { family: 'frontmatter', title: 'Frontmatter rules', description: 'The rules that check the frontmatter of posts and pages against YAML and the schema of each site, and find duplicate slugs, titles and tags.' },
  { family: 'spelling', title: 'Spelling rules', description: 'What the spelling rule reads, what it skips, and how to teach it a word.' },
  { family: 'link', title: 'Link rules', description: 'The rules that find broken links and anchors, links to unpublished pages, vague link text and failing external links.' },
  { family: 'security', title: 'Security rules', description: 'The rules that report raw HTML and MDX that could run code on the sites, such as scripts, frames and event handlers.' },
  { family: 'translation', title: 'Translation rules', description: 'The rule that finds translated docs pages whose source page changed since they were translated.' },
  { family: 'directive', title: 'Disable comment rules', description: 'The rules that report disable comments that cannot work, hide nothing or give no reason.' },
] as const;
const familyPages = families.map((entry) => ({ ...entry, page: rulePages[entry.family] }));

/** One generated page: its path inside the reference's folder (`index.md`, `links.md`) and its Markdown. */
export interface RuleReferencePage {
  path: string;
  markdown: string;
}

const generatedNotice = '<!-- Generated by `pnpm --filter @pressroom/check rules-doc` from the rule headers. Do not edit. -->';

function frontmatter(title: string, description: string, order: number): string[] {
  // Plain YAML scalars: a `: ` in a description would end it.
  if (/: |#/.test(`${title} ${description}`)) throw new Error(`Unexpected ": " or "#" in the frontmatter of ${title}, expected plain text.`);
  return ['---', `title: ${title}`, `description: ${description}`, 'sidebar:', `  order: ${order}`, '---', '', generatedNotice, ''];
}

const finish = (out: string[]) => `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;

function fence(body: string, language: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((match) => match[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${language}\n${body.replace(/\n$/, '')}\n${marks}`;
}

function styleRuleLink(id: string): string {
  return id === 'no-trailing-spaces'
    ? 'https://www.npmjs.com/package/remark-lint-no-trailing-spaces'
    : `https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-${id}`;
}

/**
 * The rule reference of the docs site, generated from the rule headers: an index with every rule
 * (`index.md`), then one page per family and one for the style rules, so no page grows too large
 * to load quickly. Links between the pages are relative links to their files.
 */
export function generateRuleReference(options: RuleReferenceOptions): RuleReferencePage[] {
  const docsById = new Map(options.docs.map((doc) => [doc.id, doc]));
  const link = (id: string) => {
    const page = ruleReferencePage(id);
    return page === '' ? `#${id}` : `./${page}.md#${id}`;
  };
  const index: string[] = [
    ...frontmatter('Rule reference', 'Every rule of pressroom check, its default severity and what it finds, with a page per family of rules.', 3),
    '`pressroom check` reports each finding with its rule id. Errors fail the check; warnings do not.',
    'Raise or lower a rule in the `checks` section of `pressroom.config.json`:',
    '',
    '```json',
    '{',
    '  "checks": {',
    '    "rules": { "frontmatter-description-unrelated": "error", "no-literal-urls": "off" },',
    '    "untrusted": false',
    '  }',
    '}',
    '```',
    '',
    'With `"untrusted": true` (pull requests from forks), every security rule is an error.',
    '',
    'To hide one finding where it is, write a comment beside it that says why,',
    '`<!-- pressroom-disable-next-line rule-id -- reason -->`: see [Disable comments](/reference/disable-comments/).',
    '',
    'Each family of rules has a page with what every rule finds, its options and examples of what it reports:',
    '',
    ...familyPages.filter(({ family }) => options.rules.some((rule) => rule.meta.family === family)).map(({ page, title }) => `- [${title}](./${page}.md)`),
    '- [Style rules](./style.md)',
    '',
    '| Rule | Default | Finds |',
    '| --- | --- | --- |',
  ];
  for (const rule of options.rules) {
    index.push(`| [\`${rule.meta.id}\`](${link(rule.meta.id)}) | ${rule.meta.defaultSeverity} | ${rule.meta.description.replaceAll('|', '\\|')} |`);
  }
  index.push(
    `| [Style rules](./style.md) | warning | Markdown style, from remark-lint |`,
    '',
    '## Internal errors',
    '',
    '### pressroom-internal',
    '',
    'A rule failed on a file. The run goes on and the finding says which rule; it is a bug in the checks,',
    'not in your file. Please report it with the file attached.',
    '',
  );
  const pages: RuleReferencePage[] = [{ path: 'index.md', markdown: finish(index) }];

  familyPages.forEach(({ family, page, title, description }, position) => {
    const familyRules = options.rules.filter((rule) => rule.meta.family === family);
    if (familyRules.length === 0) return;
    const out = [...frontmatter(title, description, 4 + position), `Part of the [rule reference](./index.md).`, ''];
    for (const rule of familyRules) {
      const doc = docsById.get(rule.meta.id);
      out.push(`## ${rule.meta.id}`, '', `Default severity: **${rule.meta.defaultSeverity}**.`, '');
      if (doc?.prose) out.push(doc.prose.replace(/^## /gm, '### '), '');
      const examples = doc?.examples ?? [];
      if (examples.length > 0) out.push('### Examples', '');
      for (const example of examples) {
        if (example.label === 'output') {
          out.push(`Findings in \`${example.name}\`:`, '', fence(example.body, 'text'), '');
        } else {
          const what = example.label === 'ok' ? 'no finding' : 'findings';
          const along = example.with.length > 0 ? `, with ${example.with.map((id) => `\`${id}\``).join(', ')}` : '';
          const severity = example.severity ? `, set to ${example.severity}` : '';
          const locales = example.locales ? `, docs locales ${Object.keys(example.locales).map((key) => `\`${key}\``).join(', ')}` : '';
          out.push(`\`${example.name}\` (${what}${along}${severity}${locales}):`, '', fence(example.body === '' ? '' : example.body, 'markdown'), '');
        }
      }
    }
    pages.push({ path: `${page}.md`, markdown: finish(out) });
  });

  const style = [
    ...frontmatter('Style rules', 'The Markdown style rules of pressroom check, from remark-lint, and what --fix repairs.', 4 + familyPages.length),
    'Part of the [rule reference](./index.md).',
    '',
    'Style rules come from `@pressroom/remark-preset-lint`: remark-lint’s recommended and consistent presets',
    'plus the rules below. They keep remark-lint’s ids, are warnings by default, and run on their own with',
    'remark-cli through the root `.remarkrc.mjs`. `--fix` repairs trailing spaces, heading punctuation, literal',
    'URLs and a missing final newline.',
    '',
    `Headings may end in \`?\` or \`!\`; \`no-heading-punctuation\` reports the characters \`${options.headingPunctuation}\`.`,
    '',
    '`no-trailing-spaces` leaves alone the two spaces of a hard break and the lines inside a code block:',
    'removing them would change the page. Spaces at the end of a paragraph or on a blank line are reported.',
    '',
  ];
  for (const id of options.styleRuleIds) {
    style.push(`## ${id}`, '', `See [remark-lint-${id}](${styleRuleLink(id)}).`, '');
  }
  pages.push({ path: 'style.md', markdown: finish(style) });
  return pages;
}
