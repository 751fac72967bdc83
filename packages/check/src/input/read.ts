import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { checksDefaults } from '@pressroom/site-config';

/** Why a file could not be checked, with the place to point at. */
export interface ReadProblem {
  kind: 'unreadable' | 'binary' | 'encoding' | 'too-large' | 'too-complex';
  message: string;
  line: number;
  column: number;
}

export interface DecodedSource {
  text: string;
  hasBom: boolean;
  newline: '\n' | '\r\n';
  /** Both `\n` and `\r\n` occur. */
  mixedNewlines: boolean;
  hash: string;
  byteLength: number;
  problem: ReadProblem | undefined;
}

/** Files larger than this are reported and skipped: nothing a person writes by hand is this big. */
export const defaultMaxFileBytes = checksDefaults.maxFileSize;

/**
 * Shapes the parsers and rules handle in more than linear time. Past these, a file is reported
 * once and not parsed: a pull request must not be able to hold CI for minutes.
 */
export interface InputLimits {
  /** Deepest list or blockquote nesting on one line. */
  maxNesting: number;
  /** Longest line, in characters. */
  maxLineLength: number;
}

export const defaultInputLimits: InputLimits = { maxNesting: checksDefaults.maxNesting, maxLineLength: checksDefaults.maxLineLength };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** 1-based line and column of a byte offset, counting what decodes before it. */
function pointOfByte(bytes: Uint8Array, byteOffset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, byteOffset));
  // The same line breaks as the parser's positions: CRLF, LF and a lone CR.
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Where decoding failed: the first byte that does not start a well-formed sequence. Only used
 * after the strict decoder has refused the file, to point at the place.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    const trailing = lead < 0x80 ? 0 : lead >> 5 === 0b110 ? 1 : lead >> 4 === 0b1110 ? 2 : lead >> 3 === 0b11110 ? 3 : -1;
    if (trailing < 0) return index;
    for (let offset = 1; offset <= trailing; offset++) {
      const next = bytes[index + offset];
      if (next === undefined || (next & 0xc0) !== 0x80) return index;
    }
    index += trailing + 1;
  }
  // Well-formed but refused (an overlong form or a surrogate): point at the start.
  return 0;
}

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

/** A code fence at the top level: its indentation, its run of backticks or tildes, the rest. */
const fencePattern = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/** The first place where the text goes past a limit, as a problem to report, or undefined. */
export function checkInputLimits(text: string, limits: InputLimits = defaultInputLimits): ReadProblem | undefined {
  // Most files are far from both limits: no line can be that long, and no line starts with enough
  // container characters (each adds two levels at most: a tab is four columns), so the line-by-line
  // scan is skipped.
  if (text.length <= limits.maxLineLength && !deepPrefix(limits.maxNesting).test(text)) return undefined;
  return scanInputLimits(text, limits);
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

/** `checkInputLimits` line by line: exported for the test that the shortcut above misses nothing. */
export function scanInputLimits(text: string, limits: InputLimits): ReadProblem | undefined {
  let line = 1;
  let start = 0;
  let fence: string | undefined;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end += 1;
    const length = end - start;
    if (length > limits.maxLineLength) {
      return {
        kind: 'too-complex',
        message: `Unexpected line of ${length} characters, expected at most ${limits.maxLineLength} (checks.maxLineLength): break the line up; this file was not parsed, so its other checks did not run`,
        line,
        column: 1,
      };
    }
    const fenceRun = fencePattern.exec(text.slice(start, end));
    if (fence) {
      const [, , run = '', rest = ''] = fenceRun ?? [];
      if (run[0] === fence[0] && run.length >= fence.length && rest.trim() === '') fence = undefined;
    } else if (fenceRun) {
      fence = fenceRun[2];
    }
    // Code in a fence is not nested, however it looks (the rule reference shows deep examples).
    const nesting = fence || fenceRun ? 0 : lineNesting(text, start, end);
    if (nesting > limits.maxNesting) {
      return {
        kind: 'too-complex',
        message: `Unexpected list or blockquote nested ${nesting} levels deep, expected at most ${limits.maxNesting} (checks.maxNesting): flatten the nesting; this file was not parsed, so its other checks did not run`,
        line,
        column: 1,
      };
    }
    if (end >= text.length) break;
    start = text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
    line += 1;
  }
  return undefined;
}

export function decodeSource(
  bytes: Uint8Array,
  maxBytes = defaultMaxFileBytes,
  limits: InputLimits = defaultInputLimits,
  /** The bytes' SHA-256, when the caller has it already. */
  knownHash?: string,
): DecodedSource {
  const hash = knownHash ?? createHash('sha256').update(bytes).digest('hex');
  const base = { hash, byteLength: bytes.length, hasBom: false, newline: '\n' as const, mixedNewlines: false };
  if (bytes.length > maxBytes) {
    return {
      ...base,
      text: '',
      problem: {
        kind: 'too-large',
        message: `Unexpected file of ${bytes.length} bytes, expected at most ${maxBytes} bytes (checks.maxFileSize)`,
        line: 1,
        column: 1,
      },
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = pointOfByte(bytes, nul);
    return {
      ...base,
      text: '',
      problem: { kind: 'binary', message: 'Unexpected NUL byte, expected a text file (is this a binary file?)', ...at },
    };
  }
  let decoded: string;
  try {
    decoded = utf8.decode(bytes);
  } catch {
    const at = pointOfByte(bytes, firstInvalidUtf8(bytes));
    return {
      ...base,
      text: '',
      problem: { kind: 'encoding', message: 'Unexpected byte sequence that is not UTF-8, expected a UTF-8 file', ...at },
    };
  }
  const hasBom = decoded.charCodeAt(0) === 0xfeff;
  const text = hasBom ? decoded.slice(1) : decoded;
  let crlf = 0;
  let lf = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (at > 0 && text.charCodeAt(at - 1) === 0x0d) crlf += 1;
    else lf += 1;
  }
  return {
    ...base,
    text,
    hasBom,
    newline: crlf > lf ? '\r\n' : '\n',
    mixedNewlines: crlf > 0 && lf > 0,
    problem: checkInputLimits(text, limits),
  };
}

/** The raw bytes of a file, or why they cannot be checked (as a source that says so). */
export type ReadBytes = { bytes: Uint8Array; source?: undefined } | { bytes?: undefined; source: DecodedSource };

/** Real locations of folders, shared by the reads of one run: most files share a few folders. */
export type FolderRealpaths = Map<string, string>;

function realFolder(folder: string, known: FolderRealpaths): string {
  let real = known.get(folder);
  if (real === undefined) {
    real = realpathSync(folder);
    known.set(folder, real);
  }
  return real;
}

/**
 * Reads a file of the repository. With `rootDir`, a path whose real location (symlinks resolved)
 * is outside that folder is refused unread, so nothing of it reaches a finding or a log.
 * Synchronous on purpose: for thousands of small files it is several times faster than the
 * promise API, and a check run has nothing else to do meanwhile.
 */
export function readBytesSync(path: string, maxBytes = defaultMaxFileBytes, rootDir?: string, folders: FolderRealpaths = new Map()): ReadBytes {
  try {
    const link = lstatSync(path);
    if (rootDir !== undefined) {
      // A file that is no symlink is where its folder really is; only symlinks need resolving.
      const real = link.isSymbolicLink() ? realpathSync(path) : join(realFolder(dirname(path), folders), basename(path));
      const fromRoot = relative(realFolder(rootDir, folders), real);
      if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) {
        return { source: unreadable('Unexpected symlink to a place outside the repository, expected a file inside it; it was not read') };
      }
    }
    const info = link.isSymbolicLink() ? statSync(path) : link;
    if (!info.isFile()) {
      return { source: unreadable(`Unexpected ${info.isDirectory() ? 'folder' : 'special file'}, expected a Markdown file`) };
    }
    if (info.size > maxBytes) {
      return { source: { ...decodeSource(new Uint8Array(0)), byteLength: info.size, problem: tooLarge(info.size, maxBytes) } };
    }
    return { bytes: readFileSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { source: unreadable(`Cannot read the file (${code}), expected a readable Markdown file`) };
  }
}

/** Reads and decodes a file of the repository (see `readBytesSync`). */
export async function readSource(
  path: string,
  maxBytes = defaultMaxFileBytes,
  limits: InputLimits = defaultInputLimits,
  rootDir?: string,
): Promise<DecodedSource> {
  const read = readBytesSync(path, maxBytes, rootDir);
  return read.source ?? decodeSource(read.bytes, maxBytes, limits);
}

function tooLarge(size: number, maxBytes: number): ReadProblem {
  return {
    kind: 'too-large',
    message: `Unexpected file of ${size} bytes, expected at most ${maxBytes} bytes (checks.maxFileSize)`,
    line: 1,
    column: 1,
  };
}

function unreadable(message: string): DecodedSource {
  return {
    text: '',
    hasBom: false,
    newline: '\n',
    mixedNewlines: false,
    hash: '',
    byteLength: 0,
    problem: { kind: 'unreadable', message, line: 1, column: 1 },
  };
}
