/**
 * Reads the comments that switch findings off and on. Two syntaxes are applied:
 *
 * - Pressroom's, with ESLint's forms and meanings: `<!-- pressroom-disable-next-line spelling --
 *   a product name -->`, `pressroom-disable-line`, and `pressroom-disable` … `pressroom-enable`
 *   ranges; several rule ids (spaces or commas) or none (every rule); what follows ` -- ` is the
 *   reason. In MDX as `{/* pressroom-disable-next-line spelling *\/}`, in the frontmatter as a YAML
 *   comment (`# pressroom-disable frontmatter-schema -- why`), where a range starts at the top of
 *   the file.
 * - remark-lint's: `<!-- lint disable x -->`, `lint enable`, `lint ignore` (the next node), read
 *   with `mdast-comment-marker` as remark-message-control reads them.
 *
 * A comment that looks like one but is not (another tool's form, a keyword neither knows) is a
 * problem for `directive-unknown`, with the form to write instead. Which rule ids exist is the
 * run's to say (`run/directives.ts`).
 */
import type { Nodes, Parents, Root } from 'mdast';
import { commentMarker } from 'mdast-comment-marker';
import { nearest } from '../links/suggest.js';
import type { ContentFile, Directive, DirectiveKeyword, FileFacts, Point, Position } from '../rule.js';
import { walkTree } from './walk-tree.js';

const pressroomKeywords: readonly DirectiveKeyword[] = ['disable', 'enable', 'disable-line', 'disable-next-line'];
const lintKeywords: readonly DirectiveKeyword[] = ['disable', 'enable', 'ignore'];
const pressroomForms = pressroomKeywords.map((keyword) => `pressroom-${keyword}`);

/** Words people write for a form by habit of another tool, and the form meant. */
const pressroomSynonyms: Record<string, string> = {
  ignore: 'pressroom-disable-next-line',
  'ignore-next-line': 'pressroom-disable-next-line',
  'disable-next': 'pressroom-disable-next-line',
  'disable-file': 'pressroom-disable',
  'enable-file': 'pressroom-enable',
};

/** markdownlint's comments and the Pressroom form that does the same, if any. */
const markdownlintForms: Record<string, string | undefined> = {
  'markdownlint-disable': 'pressroom-disable',
  'markdownlint-enable': 'pressroom-enable',
  'markdownlint-disable-line': 'pressroom-disable-line',
  'markdownlint-disable-next-line': 'pressroom-disable-next-line',
  'markdownlint-disable-file': 'pressroom-disable',
  'markdownlint-enable-file': 'pressroom-enable',
};

const htmlComment = /^\s*<!--([\s\S]*?)-->\s*$/;
const scriptComment = /^\s*\/\*([\s\S]*?)\*\/\s*$/;
/** A YAML comment line (or a comment after a value) in the frontmatter holding a Pressroom form. */
const yamlComment = /(^|\s)#\s*(pressroom-\S*)(.*)$/i;
/** ` -- ` and what follows is the reason, as in ESLint. */
const reasonSeparator = /(?:^|\s)-{2,}(?:\s|$)/;

export function noDirectives(): FileFacts['directives'] {
  return { comments: [], problems: [] };
}

/** The file's directive comments and the comments that look like directives but are not. */
export function collectDirectives(file: ContentFile): FileFacts['directives'] {
  const found = noDirectives();
  // Nearly every file mentions neither: no walk at all.
  if (!/pressroom|lint/i.test(file.text)) return found;
  walkTree(file.tree as Root, (node, parent) => {
    if (node.type === 'yaml') readFrontmatter(file, found);
    else if (node.type === 'html' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') readComment(node, parent, found);
  });
  return found;
}

function positionOf(node: Nodes): Position | undefined {
  const { start, end } = node.position ?? {};
  if (!start || !end) return undefined;
  return { start: { ...start }, end: { ...end } };
}

function readComment(node: Extract<Nodes, { value: string }>, parent: Parents | undefined, found: FileFacts['directives']): void {
  const inner = (node.type === 'html' ? htmlComment : scriptComment).exec(node.value)?.[1];
  const position = positionOf(node);
  if (inner === undefined || !position) return;
  const words = inner.trim();
  const name = /^\S+/.exec(words)?.[0] ?? '';
  const lower = name.toLowerCase();
  if (lower.startsWith('pressroom-')) {
    readPressroom(words, position, position.start, found);
  } else if (lower === 'pressroom') {
    const keyword = /^\S+\s+(\S+)/.exec(words)?.[1]?.toLowerCase();
    if (keyword && (pressroomKeywords as readonly string[]).includes(keyword)) {
      found.problems.push({ message: `Unexpected \`${name} ${keyword}\`, expected \`pressroom-${keyword}\` (one word, with a hyphen)`, position });
    }
  } else if (name === 'lint') {
    readLint(node, parent, words, position, found);
  } else if (lower in markdownlintForms || lower.startsWith('markdownlint-')) {
    const form = markdownlintForms[lower];
    found.problems.push({
      message: `Unexpected \`${name}\` comment, expected ${form ? `\`${form} <rule-id>\`` : 'a `pressroom-disable` or `pressroom-enable` comment'}: Pressroom does not read markdownlint's comments`,
      position,
      tool: 'markdownlint',
      note: "markdownlint's rule ids (MD013, …) are not Pressroom's: the rule reference lists Pressroom's. If markdownlint also runs on these files, leave its comments to it with `\"directive-unknown\": [\"warning\", { \"otherTools\": [\"markdownlint\"] }]`.",
    });
  }
}

/** `words`: the comment's text, trimmed, starting with `pressroom-…`. */
function readPressroom(words: string, position: Position, from: Point, found: FileFacts['directives']): void {
  const name = /^\S+/.exec(words)![0];
  const keyword = name.slice('pressroom-'.length).toLowerCase();
  if (!(pressroomKeywords as readonly string[]).includes(keyword)) {
    const meant = pressroomSynonyms[keyword] ?? nearest(name.toLowerCase(), pressroomForms);
    found.problems.push({
      message: `Unexpected keyword \`${name}\`, expected ${listOf(pressroomForms)}${meant ? ` (did you mean \`${meant}\`?)` : ''}`,
      position,
    });
    return;
  }
  const rest = words.slice(name.length);
  const separator = reasonSeparator.exec(rest);
  const idsPart = separator ? rest.slice(0, separator.index) : rest;
  const reason = separator ? rest.slice(separator.index + separator[0].length).trim() : undefined;
  const ruleIds = idsPart.split(/[\s,]+/).filter(Boolean);
  found.comments.push({
    syntax: 'pressroom',
    keyword: keyword as DirectiveKeyword,
    ruleIds,
    reason: reason || undefined,
    text: [name, ...ruleIds].join(' '),
    position,
    from,
  });
}

/** remark-lint's comments, read as `remark-message-control` reads them. */
function readLint(node: Nodes, parent: Parents | undefined, words: string, position: Position, found: FileFacts['directives']): void {
  const marker = commentMarker(node);
  if (!marker) {
    found.problems.push({
      message: `Unexpected \`${words}\` comment, expected \`lint disable\`, \`lint enable\` or \`lint ignore\` and rule ids separated by spaces: remark-lint ignores a comment it cannot read as such`,
      position,
      note: 'For a reason with punctuation, write `<!-- pressroom-disable rule-id -- the reason -->`.',
    });
    return;
  }
  const tokens = marker.attributes.split(/\s+/).filter(Boolean);
  const verb = tokens.shift();
  if (!verb || !(lintKeywords as readonly string[]).includes(verb)) {
    const written = verb === undefined ? '`lint` comment without a keyword' : `keyword \`${verb}\` in a \`lint\` comment`;
    const ids = tokens.join(' ') || 'rule-id';
    const instead =
      verb === 'disable-next-line' || verb === 'disable-line' || verb === 'ignore-next-line'
        ? `: remark-lint has no \`${verb}\`; write \`<!-- lint ignore ${ids} -->\` (the next node) or \`<!-- pressroom-${verb === 'disable-line' ? 'disable-line' : 'disable-next-line'} ${ids} -->\``
        : '';
    found.problems.push({ message: `Unexpected ${written}, expected \`disable\`, \`enable\` or \`ignore\`${instead}`, position });
    return;
  }
  // remark-lint would take the words of a reason for rule ids, which disable nothing.
  const separator = tokens.findIndex((token) => /^-{2,}$/.test(token));
  const ruleIds = separator === -1 ? tokens : tokens.slice(0, separator);
  const reason = separator === -1 ? undefined : tokens.slice(separator + 1).join(' ') || undefined;
  const directive: Directive = {
    syntax: 'lint',
    keyword: verb as DirectiveKeyword,
    ruleIds,
    reason,
    text: ['lint', verb, ...ruleIds].join(' '),
    position,
    from: position.start,
  };
  // `ignore` lasts to the end of the next node of the same parent, as upstream.
  const next = parent ? parent.children[parent.children.indexOf(node as never) + 1] : undefined;
  const until = next?.position?.end;
  if (until) directive.until = { ...until };
  found.comments.push(directive);
}

/** `# pressroom-…` comments in the YAML frontmatter. */
function readFrontmatter(file: ContentFile, found: FileFacts['directives']): void {
  const frontmatter = file.frontmatter;
  if (!frontmatter || !/pressroom-/i.test(frontmatter.source)) return;
  let offset = frontmatter.offset;
  for (const line of frontmatter.source.split('\n')) {
    const match = yamlComment.exec(line);
    if (match) {
      const at = offset + match.index + match[1]!.length;
      const end = offset + line.replace(/\r$/, '').length;
      const position = { start: file.offsetToPoint(at), end: file.offsetToPoint(end) };
      const words = `${match[2]}${match[3]}`.replace(/\r$/, '').trim();
      // A range in the frontmatter covers the file from its top: the block's own findings too.
      const isDisable = /^pressroom-disable(?:\s|$)/i.test(words);
      readPressroom(words, position, isDisable ? file.offsetToPoint(0) : position.start, found);
    }
    offset += line.length + 1;
  }
}

function listOf(items: readonly string[]): string {
  const quoted = items.map((item) => `\`${item}\``);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');
}
