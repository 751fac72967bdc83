import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { checksDefaults } from '@pressroom/site-config';
import { checkInputLimits, defaultInputLimits, type InputLimits, type ReadProblem } from './limits.js';
import { markdownFormatOf, type MarkdownFormat } from './markdown-parser.js';

export { defaultInputLimits, type InputLimits, type ReadProblem };

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

export function decodeSource(
  bytes: Uint8Array,
  maxBytes = defaultMaxFileBytes,
  limits: InputLimits = defaultInputLimits,
  /** The bytes' SHA-256, when the caller has it already. */
  knownHash?: string,
  /** How the text is parsed, which the limits ask the parser about (see `checkInputLimits`). */
  format: MarkdownFormat = 'md',
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
  // Without a carriage return every line ends in `\n`: most files are not walked line by line.
  for (let at = text.includes('\r') ? text.indexOf('\n') : -1; at !== -1; at = text.indexOf('\n', at + 1)) {
    if (at > 0 && text.charCodeAt(at - 1) === 0x0d) crlf += 1;
    else lf += 1;
  }
  return {
    ...base,
    text,
    hasBom,
    newline: crlf > lf ? '\r\n' : '\n',
    mixedNewlines: crlf > 0 && lf > 0,
    problem: checkInputLimits(text, limits, format),
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
    if (link.isSymbolicLink()) {
      const broken = brokenSymlink(path);
      if (broken) return { source: broken };
    }
    if (rootDir !== undefined) {
      // A file that is no symlink is where its folder really is; only symlinks need resolving.
      const real = link.isSymbolicLink() ? realpathSync(path) : join(realFolder(dirname(path), folders), basename(path));
      const fromRoot = relative(realFolder(rootDir, folders), real);
      if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) {
        return { source: unreadable('Unexpected symlink to a place outside the repository, expected a file inside it; it was not read') };
      }
    }
    const info = link.isSymbolicLink() ? statSync(path) : link;
    if (info.isDirectory()) return { source: unreadable('Unexpected folder, expected a Markdown file') };
    // Opening a FIFO would wait for a writer for ever; a device or a socket has no text to check.
    if (!info.isFile()) return { source: specialFile(`Unexpected ${specialKind(info)}`) };
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
  return read.source ?? decodeSource(read.bytes, maxBytes, limits, undefined, markdownFormatOf(path));
}

/** What a file that is neither a regular file nor a folder is, in a finding's words. */
function specialKind(info: Stats): string {
  if (info.isFIFO()) return 'FIFO (named pipe)';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice()) return 'character device';
  if (info.isBlockDevice()) return 'block device';
  return 'special file';
}

/** A symlink that leads to nothing (its target is missing) or round in a loop, said as a source. */
function brokenSymlink(path: string): DecodedSource | undefined {
  try {
    realpathSync(path);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return specialFile('Unexpected symlink loop (the link leads back to itself)');
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return undefined;
    let target = '';
    try {
      target = ` to \`${readlinkSync(path)}\``;
    } catch {
      // Gone meanwhile: said without its target.
    }
    return specialFile(`Unexpected dangling symlink${target}, whose target does not exist`);
  }
}

/** Said of a special file, a loop or a dangling link: never read, a warning, and how to be rid of it. */
function specialFile(what: string): DecodedSource {
  const source = unreadable(`${what}, expected a regular Markdown file; it was not read: remove it, or add it to \`checks.ignore\``);
  return { ...source, problem: { ...source.problem!, kind: 'special-file' } };
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
