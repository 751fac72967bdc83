/**
 * Parses content files into the same mdast trees as
 * `unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)` (plus `remarkMdx` for
 * MDX), positions included, but faster: the micromark and mdast extensions are built once, and a
 * GFM construct that cannot match anywhere in a file is left out of that file's parse.
 *
 * Why leaving a construct out is exact: micromark tries every construct registered for a character
 * and undoes a failed attempt completely, so a construct that never succeeds leaves no trace in the
 * events. Each gate below is a test on the raw text that is true whenever the construct could
 * succeed somewhere; when it is false the construct is only dead weight. The costly ones are the
 * e-mail literal autolink (tried at the start of every word), the table (tried at every line
 * start) and the autolink find-and-replace pass, run only on the parents of text that could
 * hold a literal (`transformAutolinkLiterals`).
 */
import type { Link, Nodes, Parents, Root } from 'mdast';
import type { Extension as MdastExtension, Transform } from 'mdast-util-from-markdown';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { mdxjs } from 'micromark-extension-mdxjs';
import { restoreTextDirectives, starlightSyntax, syntaxExtensions } from '@pressroom/markdown';
import { combineExtensions } from 'micromark-util-combine-extensions';
import type { Construct, ConstructRecord, Extension as MicromarkExtension } from 'micromark-util-types';
import { walkTree } from './walk-tree.js';

export type MarkdownFormat = 'md' | 'mdx';

/** How a file is parsed, by its name: MDX for `.mdx`, Markdown otherwise. */
export function markdownFormatOf(path: string): MarkdownFormat {
  return /\.mdx$/i.test(path) ? 'mdx' : 'md';
}

/**
 * `starlight`: the docs site's Markdown, read with the syntax Starlight adds (`starlightSyntax` of
 * `@pressroom/markdown`, the list the docs app renders with): asides are directives, not prose.
 */
export type MarkdownSyntax = 'commonmark' | 'starlight';

/** The GFM constructs a file can do without, one bit each. */
const Optional = { EmailAutolink: 1, WwwAutolink: 2, ProtocolAutolink: 4, Table: 8 } as const;

/**
 * An e-mail literal is atext (`[\w+.-]`), `@`, then a domain of `[\w.-]` holding a dot that is
 * followed by an alphanumeric; every character of it is a plain source character.
 * @see micromark-extension-gfm-autolink-literal `tokenizeEmailAutolink`
 */
const emailAutolinkCandidate = /[\w+.-]@[\w.-]*\.[\dA-Za-z]/;
/** `www.` in any case, as `tokenizeWwwPrefix` accepts `W` and `w`. */
const wwwAutolinkCandidate = /www\./i;
/** `http://` or `https://` in any case, as `tokenizeProtocolAutolink` lowercases the scheme. */
const protocolAutolinkCandidate = /https?:\/\//i;
/**
 * A table needs a delimiter row: a line of only `|`, `:`, `-`, spaces and tabs after its container
 * prefixes (`>`, indentation), with at least one `-` and at least one `|` or `:` (a `:` only counts
 * next to a `-`, so `a` over `:--` is a one-column table without a pipe). Lines end at `\n`, `\r`
 * or `\r\n`, as in micromark. Lookaheads keep the test linear on long lines.
 * @see micromark-extension-gfm-table `headDelimiterStart` to `headDelimiterCellAfter`
 */
const tableDelimiterRowCandidate = /(?:^|[\n\r])(?=[^\n\r]*-)(?=[^\n\r]*[|:])[\t >|:-]*(?:[\n\r]|$)/;
/**
 * The find-and-replace pass of mdast-util-gfm-autolink-literal only changes a text node whose value
 * has `@` (e-mail, `mailto:`, `xmpp:`), `www.` or `http(s)://`. It runs on text values, which can
 * differ from the source (`www\.x.y`, `&#64;`), so it is gated on the tree, not on the source.
 */
const autolinkTransformCandidate = /@|https?:\/\/|www\./i;

const autolinkConstructBits: Record<string, number> = {
  emailAutolink: Optional.EmailAutolink,
  wwwAutolink: Optional.WwwAutolink,
  protocolAutolink: Optional.ProtocolAutolink,
};

function optionalConstructsIn(text: string): number {
  let present = 0;
  if (emailAutolinkCandidate.test(text)) present |= Optional.EmailAutolink;
  if (wwwAutolinkCandidate.test(text)) present |= Optional.WwwAutolink;
  if (protocolAutolinkCandidate.test(text)) present |= Optional.ProtocolAutolink;
  if (tableDelimiterRowCandidate.test(text)) present |= Optional.Table;
  return present;
}

/**
 * The literal autolink extension with only the constructs whose bit is set, in their order.
 * Keeping `www`/`http` while dropping e-mail changes nothing else: the one trace a failed attempt
 * leaves is the `_gfmAutolinkLiteralWalkedInto` mark of `previousUnbalanced`, a cache of "no open
 * `[` before this token", which stays true as brackets only ever go from open to balanced.
 */
function autolinkLiteralWith(present: number): MicromarkExtension {
  const text: ConstructRecord = {};
  for (const [code, value] of Object.entries(gfmAutolinkLiteral().text ?? {})) {
    const constructs = (Array.isArray(value) ? value : [value]) as Construct[];
    const kept = constructs.filter((construct) => {
      const bit = autolinkConstructBits[construct.name ?? ''];
      if (bit === undefined) throw new Error(`Unexpected autolink literal construct ${String(construct.name)}`);
      return (present & bit) !== 0;
    });
    if (kept.length > 0) text[code] = kept;
  }
  return { text };
}

/**
 * Same order as `gfm()` in micromark-extension-gfm, which remark-gfm uses. A table attempt that
 * reads into the next line looks to the document tokenizer like the paragraph it otherwise is
 * (a current, non-concrete construct), so dropping it does not change container or lazy lines.
 */
function gfmWith(present: number): MicromarkExtension {
  const extensions = [autolinkLiteralWith(present), gfmFootnote(), gfmStrikethrough({})];
  if (present & Optional.Table) extensions.push(gfmTable());
  extensions.push(gfmTaskListItem());
  return combineExtensions(extensions);
}

// TOML (`+++`) is read as a block too, so that `frontmatter-yaml` reports it once, not as prose.
const frontmatterSyntax = frontmatter(['yaml', 'toml']);
const mdxSyntax = mdxjs();
const starlight = syntaxExtensions(starlightSyntax);
const syntaxCache = new Map<string, MicromarkExtension[]>();

function syntaxFor(present: number, format: MarkdownFormat, syntax: MarkdownSyntax): MicromarkExtension[] {
  const key = `${format}:${syntax}:${present}`;
  let extensions = syntaxCache.get(key);
  if (!extensions) {
    extensions = [frontmatterSyntax, gfmWith(present)];
    if (syntax === 'starlight') extensions.push(...starlight.micromarkExtensions);
    if (format === 'mdx') extensions.push(mdxSyntax);
    syntaxCache.set(key, extensions);
  }
  return extensions;
}

/** The GFM mdast extensions with the autolink find-and-replace pass taken out, to run it only when it can match. */
function splitAutolinkTransform(): { extensions: MdastExtension[]; transform: Transform } {
  let transform: Transform | undefined;
  const extensions = gfmFromMarkdown().map((extension) => {
    const transforms = extension.transforms ?? [];
    if (transforms.length === 0) return extension;
    if (transform || transforms.length !== 1 || !extension.enter?.literalAutolink) {
      throw new Error('Unexpected mdast-util-gfm transforms: markdown-parser.ts must be updated');
    }
    transform = transforms[0];
    return { ...extension, transforms: [] };
  });
  if (!transform) throw new Error('Unexpected mdast-util-gfm without the autolink literal transform');
  return { extensions, transform };
}

const gfmTrees = splitAutolinkTransform();
// The autolink transform was the last transform of the reference parse (no other extension has one).
const markdownTreeExtensions: MdastExtension[] = [frontmatterFromMarkdown(['yaml', 'toml']), ...gfmTrees.extensions];
const mdxTreeExtensions: MdastExtension[] = [...markdownTreeExtensions, ...mdxFromMarkdown()];
const treeExtensions: Record<MarkdownSyntax, Record<MarkdownFormat, MdastExtension[]>> = {
  commonmark: { md: markdownTreeExtensions, mdx: mdxTreeExtensions },
  starlight: {
    md: [...markdownTreeExtensions, ...starlight.fromMarkdownExtensions],
    mdx: [...markdownTreeExtensions, ...starlight.fromMarkdownExtensions, ...mdxFromMarkdown()],
  },
};

/**
 * The autolink find-and-replace pass, on the parents whose own text children could hold a literal
 * only. The pass walks the whole tree once per pattern (four), and on real content nearly every
 * file has an `@` somewhere. Exact because each text node is rewritten from its own value alone
 * (the replacers read `match.input` and `match.index`, never the ancestors), and the pass skips
 * links and link references: here they are not descended into, and the other children of a parent
 * stand in as links, so each text node is seen once, by its own parent.
 * @see mdast-util-gfm-autolink-literal `transformGfmAutolinkLiterals`
 */
function transformAutolinkLiterals(tree: Root): void {
  const parents: Parents[] = [];
  walkTree(tree, (node) => {
    if (node.type === 'link' || node.type === 'linkReference') return false;
    const children = (node as Partial<Parents>).children as readonly Nodes[] | undefined;
    if (children?.some((child) => child.type === 'text' && autolinkTransformCandidate.test(child.value))) parents.push(node as Parents);
  });
  for (const parent of parents) {
    const standIns = new Map<Nodes, Nodes>();
    const children = (parent.children as Nodes[]).map((child) => {
      if (child.type === 'text') return child;
      const standIn: Link = { type: 'link', url: '', children: [] };
      standIns.set(standIn, child);
      return standIn;
    });
    const shallow = { type: 'root', children } as Root;
    const transformed = gfmTrees.transform(shallow) ?? shallow;
    (parent as { children: Nodes[] }).children = (transformed.children as Nodes[]).map((child) => standIns.get(child) ?? child);
  }
}

/** A line that closes a frontmatter block as micromark reads it: the fence alone, blanks allowed after it. */
const closingFenceLine = /^---[\t ]*$/;
/** The same line within a text, its line ending included when it is `\r\n`. */
const closingFenceLines = /^---[\t ]*\r?$/gm;

/**
 * Where the frontmatter block that may open `text` ends: after its closing fence, before that
 * line's ending. micromark decides where a block ends from the lines up to its closing fence
 * alone, so `text` up to here parses to the same block as the whole of it. `undefined` when
 * `text` has no opening fence or no closing one.
 */
export function frontmatterBlockEnd(text: string): number | undefined {
  if (!text.startsWith('---')) return undefined;
  closingFenceLines.lastIndex = text.indexOf('\n') + 1;
  if (closingFenceLines.lastIndex === 0) return undefined;
  const closing = closingFenceLines.exec(text);
  if (!closing) return undefined;
  const end = closing.index + closing[0].length;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/**
 * The tree of a document that is one YAML frontmatter block and nothing else, written plainly:
 * `---` lines with nothing after them, `\n` or `\r\n` line endings, at most one line ending after
 * the closing fence. That is what a `--changed` run parses for every file it only reads the
 * frontmatter of, and building the tree directly spares it micromark's set-up per document.
 * Anything less plain (blanks after a fence, a lone `\r`, other content) returns `undefined`
 * and is parsed by micromark.
 * @see micromark-extension-frontmatter `tokenizeFrontmatter`
 */
export function plainFrontmatterTree(text: string): Root | undefined {
  const contentStart = text.startsWith('---\n') ? 4 : text.startsWith('---\r\n') ? 5 : 0;
  if (contentStart === 0 || /\r(?!\n)/.test(text)) return undefined;
  let line = 2;
  let lineStart = contentStart;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const content = text.slice(lineStart, text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
    if (closingFenceLine.test(content)) {
      if (content !== '---') return undefined;
      const rest = text.slice(lineStart + 3);
      if (rest !== '' && rest !== '\n' && rest !== '\r\n') return undefined;
      // The value runs to the line ending before the closing fence, none when the block is empty.
      const valueEnd = lineStart === contentStart ? contentStart : lineStart - (text[lineStart - 2] === '\r' ? 2 : 1);
      const end = { line, column: 4, offset: lineStart + 3 };
      const documentEnd = rest === '' ? end : { line: line + 1, column: 1, offset: text.length };
      return {
        type: 'root',
        children: [{ type: 'yaml', value: text.slice(contentStart, valueEnd), position: { start: { line: 1, column: 1, offset: 0 }, end } }],
        position: { start: { line: 1, column: 1, offset: 0 }, end: documentEnd },
      };
    }
    if (newline === -1) return undefined;
    lineStart = newline + 1;
    line += 1;
  }
}

/**
 * Parses Markdown (`md`) or MDX (`mdx`) into the tree the remark processors above would give.
 * Throws the same `VFileMessage` as `remark-mdx` on an MDX syntax error. With the `starlight`
 * syntax, the text and leaf directives Starlight leaves alone are put back as the text written,
 * as Starlight renders them.
 */
export function parseMarkdownTree(text: string, format: MarkdownFormat, syntax: MarkdownSyntax = 'commonmark'): Root {
  const frontmatterOnly = plainFrontmatterTree(text);
  if (frontmatterOnly) return frontmatterOnly;
  const tree = fromMarkdown(text, {
    extensions: syntaxFor(optionalConstructsIn(text), format, syntax),
    mdastExtensions: treeExtensions[syntax][format],
  });
  transformAutolinkLiterals(tree);
  // A directive starts at a `:`; a file without one has none to restore.
  if (syntax === 'starlight' && text.includes(':')) restoreTextDirectives(tree, text);
  return tree;
}
