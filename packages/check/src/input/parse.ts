import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { isMap, isScalar, isSeq, parseDocument, visit, YAMLParseError, type Document, type Node as YamlNode } from 'yaml';
import type { ContentFile, FrontmatterInfo, HeadingInfo, Point, Position } from '../rule.js';
import { markdownFormatOf, parseMarkdownTree } from './markdown-parser.js';
import type { DecodedSource } from './read.js';
import { walkTree } from './walk-tree.js';


export interface FileIdentity {
  path: string;
  relativePath: string;
  site: ContentFile['site'];
  id: string | undefined;
}

function emptyRoot(): Root {
  return { type: 'root', children: [] };
}

/** Builds the one object every rule reads: parsed once, frontmatter and headings included. */
export function createContentFile(identity: FileIdentity, source: DecodedSource): ContentFile {
  const format = markdownFormatOf(identity.path);
  const vfile = new VFile({ path: identity.relativePath, value: source.text, cwd: '/' });
  const place = location(vfile);
  const offsetToPoint = (offset: number): Point => {
    const clamped = Math.max(0, Math.min(offset, source.text.length));
    const point = place.toPoint(clamped);
    return point ? { line: point.line, column: point.column, offset: clamped } : { line: 1, column: 1, offset: 0 };
  };
  const base = {
    ...identity,
    format,
    text: source.text,
    hasBom: source.hasBom,
    newline: source.newline,
    hash: source.hash,
    vfile,
    offsetToPoint,
  } as const;
  const input: ContentFile['input'] = {
    byteLength: source.byteLength,
    mixedNewlines: source.mixedNewlines,
    readProblem: source.problem,
    syntaxError: undefined,
  };
  if (source.problem) {
    return { ...base, tree: emptyRoot(), frontmatter: undefined, headings: [], words: new Set(), readable: false, input };
  }

  let tree: Root;
  // The docs are a Starlight site: read as Starlight reads them (asides), the blog as CommonMark.
  const syntax = identity.site === 'docs' ? 'starlight' : 'commonmark';
  try {
    tree = parseMarkdownTree(source.text, format, syntax);
  } catch (error) {
    // An MDX syntax error: keep checking the file as plain Markdown and say where MDX failed.
    const cause = error as { message?: string; reason?: string; line?: number; column?: number };
    const reason = cause.reason ?? cause.message ?? String(error);
    input.syntaxError = {
      // The parser's "Expected a closing tag …" is the expected half of the message.
      message: /^Expected /.test(reason) ? `Unexpected MDX syntax, e${reason.slice(1)}` : `Unexpected MDX syntax: ${reason}`,
      place: { line: cause.line ?? 1, column: cause.column ?? 1 },
    };
    tree = parseMarkdownTree(source.text, 'md', syntax);
  }

  const frontmatter = readFrontmatter(tree, source.text, offsetToPoint);
  const headings = collectHeadings(tree);
  const words = collectWords(frontmatter);
  return { ...base, tree, frontmatter, headings, words, readable: true, input };
}

function collectHeadings(tree: Root): HeadingInfo[] {
  const slugger = new GithubSlugger();
  const headings: HeadingInfo[] = [];
  walkTree(tree, (node) => {
    if (node.type !== 'heading' || !node.position) return;
    const text = toString(node);
    headings.push({
      depth: node.depth,
      text,
      slug: slugger.slug(text),
      position: { start: { ...node.position.start }, end: { ...node.position.end } },
    });
  });
  return headings;
}

/** The words a frontmatter `words:` list adds to the file (its `cspell:` comments are read as cspell reads them). */
function collectWords(frontmatter: FrontmatterInfo | undefined): Set<string> {
  const words = new Set<string>();
  const listed = (frontmatter?.data as { words?: unknown } | undefined)?.words;
  if (Array.isArray(listed)) {
    for (const word of listed) if (typeof word === 'string' && word.trim() !== '') words.add(word.trim());
  }
  return words;
}

/**
 * Aliases a frontmatter block may expand: far more than anyone writes, far fewer than a block of
 * nested aliases needs to grow into gigabytes.
 */
const maxFrontmatterAliases = 100;

/** The source range of the first alias (`*name`) of `document`, where an alias bomb goes off. */
function firstAliasRange(document: Document): [number, number] {
  let range: [number, number] = [0, 0];
  visit(document, {
    Alias(_key, node) {
      if (node.range) range = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return range;
}

function readFrontmatter(tree: Root, text: string, offsetToPoint: (offset: number) => Point): FrontmatterInfo | undefined {
  const node = tree.children[0];
  if (!node || node.type !== 'yaml' || node.position?.start.offset === undefined || node.position.end.offset === undefined) {
    return undefined;
  }
  const blockStart = node.position.start.offset;
  const blockEnd = node.position.end.offset;
  const firstBreak = text.indexOf('\n', blockStart);
  const offset = firstBreak === -1 ? blockEnd : firstBreak + 1;
  // The closing fence is the block's last line; the YAML ends at the line break before it.
  let end = text.lastIndexOf('\n', blockEnd - 1);
  if (end < offset) end = offset;
  if (end > offset && text[end - 1] === '\r') end -= 1;
  const source = text.slice(offset, end);
  const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  let data: unknown;
  if (document.errors.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: maxFrontmatterAliases });
    } catch (error) {
      // An alias bomb ("billion laughs") or a value no JavaScript object holds: a YAML error at the
      // first alias, not a block whose fields are missing.
      data = undefined;
      document.errors.push(new YAMLParseError(firstAliasRange(document), 'RESOURCE_EXHAUSTION', (error as Error).message));
    }
  }
  const blockPosition: Position = { start: offsetToPoint(blockStart), end: offsetToPoint(blockEnd) };

  const rangeToPosition = (range: readonly number[] | undefined | null): Position | undefined => {
    if (!range || range[0] === undefined || range[1] === undefined) return undefined;
    const start = offset + range[0];
    const stop = Math.max(start, offset + range[1]);
    return { start: offsetToPoint(start), end: offsetToPoint(stop) };
  };

  const positionOf = (path: readonly PropertyKey[], part: 'key' | 'value' = 'key'): Position => {
    let current: unknown = document.contents;
    let best: Position | undefined;
    for (const segment of path) {
      if (isMap(current)) {
        const pair = current.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        const keyPosition = rangeToPosition((pair.key as YamlNode | null)?.range);
        const valuePosition = rangeToPosition((pair.value as YamlNode | null)?.range);
        best = part === 'value' ? (valuePosition ?? keyPosition ?? best) : (keyPosition ?? best);
        current = pair.value;
      } else if (isSeq(current) && typeof segment === 'number') {
        const item = current.items[segment] as YamlNode | undefined;
        if (!item) break;
        best = rangeToPosition(item.range) ?? best;
        current = item;
      } else {
        break;
      }
    }
    return best ?? blockPosition;
  };

  return { document: document as Document.Parsed, data, offset, source, positionOf };
}
