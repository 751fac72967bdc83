/**
 * The shapes a file may not go past to be parsed: measured on the text, in one linear pass,
 * before the parser sees it. The Markdown parser takes more than linear time on deep container
 * nesting, very long lines and paragraphs dense with brackets, emphasis and code markers (each
 * closing marker looks back over the open ones); past these limits a file is reported once and not
 * parsed, so that no text holds a run for minutes in a thread nothing can stop.
 */
import { checksDefaults } from '@pressroom/site-config';
import { frontmatterBlockEnd, parseMarkdownTree, type MarkdownFormat } from './markdown-parser.js';

/** Why a file could not be checked, with the place to point at. */
export interface ReadProblem {
  kind: 'unreadable' | 'special-file' | 'binary' | 'encoding' | 'too-large' | 'too-complex';
  message: string;
  line: number;
  column: number;
}

export interface InputLimits {
  /** Deepest list or blockquote nesting on one line. */
  maxNesting: number;
  /** Longest line, in characters. */
  maxLineLength: number;
  /**
   * Most brackets, emphasis and code markers (`[ ] * _ ~ \` <`) in one paragraph; the file's
   * paragraphs together may hold four paragraphs' worth at the limit, weighed by their size.
   */
  maxInlineMarkers: number;
}

export const defaultInputLimits: InputLimits = {
  maxNesting: checksDefaults.maxNesting,
  maxLineLength: checksDefaults.maxLineLength,
  maxInlineMarkers: checksDefaults.maxInlineMarkers,
};

const notParsed = 'this file was not parsed, so its other checks did not run';

/**
 * Nesting a line opens: each `>` and list marker in its prefix, and each two columns of
 * indentation (how nested list items are written). One pass over the prefix, so linear overall.
 */
function lineNesting(text: string, start: number, end: number): number {
  let markers = 0;
  let columns = 0;
  let index = start;
  while (index < end) {
    const char = text.charCodeAt(index);
    if (char === 0x20) {
      columns += 1;
      index += 1;
    } else if (char === 0x09) {
      columns += 4 - (columns % 4);
      index += 1;
    } else if (char === 0x3e /* > */) {
      markers += 1;
      index = afterMarker(text, index + 1);
    } else if ((char === 0x2d || char === 0x2a || char === 0x2b) && isMarkerEnd(text.charCodeAt(index + 1), index + 1, end)) {
      markers += 1;
      index = afterMarker(text, index + 1);
    } else if (char >= 0x30 && char <= 0x39) {
      let digitsEnd = index;
      while (digitsEnd < end && digitsEnd - index < 9 && text.charCodeAt(digitsEnd) >= 0x30 && text.charCodeAt(digitsEnd) <= 0x39) digitsEnd += 1;
      const delimiter = text.charCodeAt(digitsEnd);
      if ((delimiter !== 0x2e && delimiter !== 0x29) || !isMarkerEnd(text.charCodeAt(digitsEnd + 1), digitsEnd + 1, end)) break;
      markers += 1;
      index = afterMarker(text, digitsEnd + 1);
    } else {
      break;
    }
  }
  return markers + Math.floor(columns / 2);
}

/** The space after a marker belongs to the marker, not to the indentation. */
function afterMarker(text: string, index: number): number {
  return text.charCodeAt(index) === 0x20 ? index + 1 : index;
}

function isMarkerEnd(char: number, index: number, end: number): boolean {
  return index >= end || char === 0x20 || char === 0x09;
}

/**
 * Whether a line starts a block of its own, whatever the line before it: an ATX heading, or a
 * bullet list item with content (which may interrupt a paragraph, unlike an ordered one other
 * than `1.`), after any blockquote markers and indentation. Its inline content is then parsed
 * apart from the lines before it.
 */
function startsBlock(text: string, start: number, end: number): boolean {
  let index = start;
  while (index < end) {
    const char = text.charCodeAt(index);
    if (char === 0x20 || char === 0x09 || char === 0x3e /* > */) index += 1;
    else break;
  }
  const char = text.charCodeAt(index);
  if (char === 0x23 /* # */) {
    let hashes = index;
    while (hashes < end && text.charCodeAt(hashes) === 0x23) hashes += 1;
    return hashes - index <= 6 && (hashes === end || text.charCodeAt(hashes) === 0x20 || text.charCodeAt(hashes) === 0x09);
  }
  if (char !== 0x2d && char !== 0x2a && char !== 0x2b) return false;
  const after = text.charCodeAt(index + 1);
  if (after !== 0x20 && after !== 0x09) return false;
  for (let rest = index + 2; rest < end; rest++) {
    const next = text.charCodeAt(rest);
    if (next !== 0x20 && next !== 0x09) return true;
  }
  return false;
}

/** `[ ] * _ ~ \` <`: the characters that open or close an inline construct the parser pairs up, as 1 by char code. */
const inlineMarkerCodes = new Uint8Array(128);
for (const marker of '[]*_~`<') inlineMarkerCodes[marker.charCodeAt(0)] = 1;

function inlineMarkers(text: string, start: number, end: number): number {
  let count = 0;
  // A table, not seven comparisons: every file's whole text is counted once.
  for (let index = start; index < end; index++) {
    const char = text.charCodeAt(index);
    if (char < 128) count += inlineMarkerCodes[char]!;
  }
  return count;
}

/**
 * A line that opens a code fence at the top level, as micromark reads one: at most three spaces,
 * three or more backticks or tildes, and after backticks an info string without a backtick
 * (`` ``` `x `` opens nothing: it is a paragraph with code in it).
 * @see micromark-core-commonmark `codeFenced`
 */
const fenceOpening = /^( {0,3})(?:(`{3,})([^`]*)|(~{3,})(.*))$/;
/** The line that closes it: the same character, at least as many, then only spaces and tabs. */
const fenceClosing = /^ {0,3}(`{3,}|~{3,})[\t ]*$/;

interface Fence {
  /** Offset of the start of the opening line. */
  start: number;
  /** Offset of the end of the opening line. */
  openingEnd: number;
  line: number;
  marker: string;
}

/** A line past a limit, and the fences that were open or closed before it. */
interface Trip {
  problem: ReadProblem;
  fencesBefore: Fence[];
}

/**
 * One pass over the lines. Lines inside a fence in `verified` are code: they count for their
 * length only, and the fence's lines end a paragraph. Every other line is measured, code that is
 * only believed to be code included: a line that looks like a fence but is not one (an info string
 * with a backtick, a fence inside an HTML block or a list item) would otherwise hide what follows.
 */
function scanOnce(text: string, limits: InputLimits, verified: ReadonlySet<number>): Trip | undefined {
  const budget = 4 * limits.maxInlineMarkers * limits.maxInlineMarkers;
  let line = 1;
  let start = 0;
  let fence: Fence | undefined;
  const fences: Fence[] = [];
  // The frontmatter block is YAML: a line in it that looks like a fence opens nothing.
  const frontmatterEnd = frontmatterBlockEnd(text) ?? 0;
  let paragraph = 0;
  let spent = 0;
  let denseParagraphs = 0;
  const endParagraph = () => {
    spent += paragraph * paragraph;
    if (paragraph * 4 >= limits.maxInlineMarkers) denseParagraphs += 1;
    paragraph = 0;
  };
  const trip = (message: string): Trip => ({ problem: { kind: 'too-complex', message: `${message}; ${notParsed}`, line, column: 1 }, fencesBefore: fences });
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end += 1;
    const length = end - start;
    if (length > limits.maxLineLength) {
      return trip(`Unexpected line of ${length} characters, expected at most ${limits.maxLineLength} (checks.maxLineLength): break the line up`);
    }
    const content = text.slice(start, end);
    let inVerifiedCode = false;
    if (fence) {
      const closing = fenceClosing.exec(content);
      if (closing && closing[1]![0] === fence.marker[0] && closing[1]!.length >= fence.marker.length) {
        if (verified.has(fence.start)) {
          inVerifiedCode = true;
          paragraph = 0;
        }
        fence = undefined;
      } else if (verified.has(fence.start)) {
        inVerifiedCode = true;
      }
    } else if (start >= frontmatterEnd) {
      const opening = fenceOpening.exec(content);
      if (opening) {
        fence = { start, openingEnd: end, line, marker: opening[2] ?? opening[4]! };
        fences.push(fence);
        if (verified.has(start)) {
          inVerifiedCode = true;
          endParagraph();
        }
      }
    }
    if (!inVerifiedCode) {
      const nesting = lineNesting(text, start, end);
      if (nesting > limits.maxNesting) {
        return trip(`Unexpected list or blockquote nested ${nesting} levels deep, expected at most ${limits.maxNesting} (checks.maxNesting): flatten the nesting`);
      }
      if (/^[\t ]*$/.test(content)) endParagraph();
      else {
        if (startsBlock(text, start, end)) endParagraph();
        paragraph += inlineMarkers(text, start, end);
        if (paragraph > limits.maxInlineMarkers) {
          return trip(`Unexpected paragraph of ${paragraph} brackets, emphasis and code markers, expected at most ${limits.maxInlineMarkers} (checks.maxInlineMarkers): split the paragraph up`);
        }
        if (spent + paragraph * paragraph > budget) {
          return trip(
            `Unexpected paragraph of ${paragraph} brackets, emphasis and code markers after ${denseParagraphs} other dense paragraphs, expected fewer of them in one file (checks.maxInlineMarkers): split the file or the paragraphs up`,
          );
        }
      }
    }
    if (end >= text.length) break;
    start = text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
    line += 1;
  }
  return undefined;
}

/**
 * Whether `fence` opens fenced code at the top level, asked of the parser itself. The text from
 * `segmentStart` (the start of the file, or the end of a fence already found real, after which
 * nothing is open) to the end of the fence's opening line is within every limit, so this parse is
 * as bounded as any other.
 */
function parserOpensFence(text: string, fence: Fence, segmentStart: number, format: MarkdownFormat): boolean {
  // A blank line first, so that a segment starting with `---` is not read as frontmatter.
  const lead = segmentStart === 0 ? '' : '\n';
  const segment = lead + text.slice(segmentStart, fence.openingEnd);
  let openingLine = 1;
  for (const _ of segment.slice(0, lead.length + fence.start - segmentStart).matchAll(/\r\n|\r|\n/g)) openingLine += 1;
  const opens = (tree: ReturnType<typeof parseMarkdownTree>) => {
    const last = tree.children.at(-1);
    return last?.type === 'code' && last.position?.start.line === openingLine;
  };
  try {
    // An MDX file that MDX cannot parse is checked as Markdown: both must agree that it is code.
    if (!opens(parseMarkdownTree(segment, 'md'))) return false;
    return format === 'md' || opens(parseMarkdownTree(segment, 'mdx'));
  } catch {
    return false;
  }
}

/** The end of the line that closes `fence`, or the end of the text. */
function fenceEnd(text: string, fence: Fence): number {
  let start = fence.openingEnd;
  while (start < text.length) {
    start += text.charCodeAt(start) === 0x0d && text.charCodeAt(start + 1) === 0x0a ? 2 : 1;
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end += 1;
    const closing = fenceClosing.exec(text.slice(start, end));
    if (closing && closing[1]![0] === fence.marker[0] && closing[1]!.length >= fence.marker.length) return end;
    start = end;
  }
  return text.length;
}

/** How many times a file's fences are put to the parser before its shape is taken as it looks. */
const maxFenceChecks = 64;

/**
 * `checkInputLimits` line by line: exported for the test that the shortcut below misses nothing.
 * A line past a limit inside what looks like fenced code is code only if the parser opens that
 * fence: the fences before the line are put to it, in order, and the text measured again without
 * the real ones.
 */
export function scanInputLimits(text: string, limits: InputLimits, format: MarkdownFormat = 'md'): ReadProblem | undefined {
  const verified = new Set<number>();
  const refuted = new Set<number>();
  let checks = 0;
  let segmentStart = 0;
  for (;;) {
    const trip = scanOnce(text, limits, verified);
    if (!trip) return undefined;
    let found = false;
    for (const fence of trip.fencesBefore) {
      if (verified.has(fence.start) || refuted.has(fence.start) || fence.start < segmentStart) continue;
      if (checks++ >= maxFenceChecks) return trip.problem;
      if (parserOpensFence(text, fence, segmentStart, format)) {
        verified.add(fence.start);
        segmentStart = fenceEnd(text, fence);
        found = true;
      } else {
        refuted.add(fence.start);
      }
    }
    if (!found) return trip.problem;
  }
}

/** The first place where the text goes past a limit, as a problem to report, or undefined. */
export function checkInputLimits(text: string, limits: InputLimits = defaultInputLimits, format: MarkdownFormat = 'md'): ReadProblem | undefined {
  // Most files are far from every limit: no line can be that long, no line starts with enough
  // container characters (each adds two levels at most: a tab is four columns), and the whole
  // file holds fewer markers than one paragraph may; the line-by-line scan is then skipped.
  if (text.length <= limits.maxLineLength && !deepPrefix(limits.maxNesting).test(text) && inlineMarkers(text, 0, text.length) <= limits.maxInlineMarkers) return undefined;
  return scanInputLimits(text, limits, format);
}

const deepPrefixes = new Map<number, RegExp>();
/** A line start with enough characters of list and blockquote prefixes to nest past `maxNesting`. */
function deepPrefix(maxNesting: number): RegExp {
  let pattern = deepPrefixes.get(maxNesting);
  if (!pattern) {
    pattern = Number.isFinite(maxNesting) ? new RegExp(`^[\\t >*+\\-0-9.)]{${Math.max(0, Math.floor(maxNesting / 2) + 1)}}`, 'm') : /(?!)/;
    deepPrefixes.set(maxNesting, pattern);
  }
  return pattern;
}

/** Limits that let any text through, for a tool that must read what it already checked. */
export const noInputLimits: InputLimits = { maxNesting: Number.POSITIVE_INFINITY, maxLineLength: Number.POSITIVE_INFINITY, maxInlineMarkers: Number.POSITIVE_INFINITY };
