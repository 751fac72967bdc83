import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

/** Why a file could not be checked, with the place to point at. */
export interface ReadProblem {
  kind: 'unreadable' | 'binary' | 'encoding' | 'too-large';
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
export const defaultMaxFileBytes = 2 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** 1-based line and column of a byte offset, counting what decodes before it. */
function pointOfByte(bytes: Uint8Array, byteOffset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, byteOffset));
  const lines = before.split('\n');
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

export function decodeSource(bytes: Uint8Array, maxBytes = defaultMaxFileBytes): DecodedSource {
  const hash = createHash('sha256').update(bytes).digest('hex');
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
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  return {
    ...base,
    text,
    hasBom,
    newline: crlf > lf ? '\r\n' : '\n',
    mixedNewlines: crlf > 0 && lf > 0,
    problem: undefined,
  };
}

export async function readSource(path: string, maxBytes = defaultMaxFileBytes): Promise<DecodedSource> {
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      return unreadable(`Unexpected ${info.isDirectory() ? 'folder' : 'special file'}, expected a Markdown file`);
    }
    if (info.size > maxBytes) {
      return { ...decodeSource(new Uint8Array(0)), byteLength: info.size, problem: tooLarge(info.size, maxBytes) };
    }
    return decodeSource(await readFile(path), maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return unreadable(`Cannot read the file (${code}), expected a readable Markdown file`);
  }
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
