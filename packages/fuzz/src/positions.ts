import type { FuzzDiagnostic } from './adapter.ts';

/** Line lengths of one way to read the bytes, in UTF-16 code units and in bytes. */
interface Reading {
  units: number[];
  bytes: number[];
}

const NEWLINE = /\r\n|\r|\n/;

function readAs(text: string): Reading {
  const lines = text.split(NEWLINE);
  const encoder = new TextEncoder();
  return { units: lines.map((line) => line.length), bytes: lines.map((line) => encoder.encode(line).length) };
}

/**
 * The ways a checker may fairly read the file: UTF-8 (a bad byte becoming U+FFFD) and, when the
 * file opens with a UTF-16 byte order mark, UTF-16. A position is valid if it is inside the file
 * under any of them, counting columns in code units or in bytes.
 */
export function readings(contents: Uint8Array): Reading[] {
  const result = [readAs(new TextDecoder('utf-8', { ignoreBOM: true }).decode(contents))];
  if (contents[0] === 0xff && contents[1] === 0xfe) result.push(readAs(new TextDecoder('utf-16le').decode(contents)));
  if (contents[0] === 0xfe && contents[1] === 0xff) result.push(readAs(new TextDecoder('utf-16be').decode(contents)));
  return result;
}

function inside(reading: Reading, line: number, column: number): boolean {
  if (!Number.isSafeInteger(line) || !Number.isSafeInteger(column) || line < 1 || column < 1) return false;
  if (line > reading.units.length) return false;
  const longest = Math.max(reading.units[line - 1]!, reading.bytes[line - 1]!);
  return column <= longest + 1;
}

/** Why a diagnostic is not located inside the file, or `undefined` when it is. */
export function positionProblem(diagnostic: FuzzDiagnostic, expectedFile: string, contents: Uint8Array, cached = readings(contents)): string | undefined {
  if (diagnostic.file !== expectedFile) return `file ${JSON.stringify(diagnostic.file)} is not the checked file ${JSON.stringify(expectedFile)}`;
  if (typeof diagnostic.message !== 'string' || diagnostic.message.trim() === '') return 'empty message';
  if (/\n\s+at \S.*:\d+:\d+\)?/.test(diagnostic.message)) return 'message carries a stack trace';
  const { line, column, endLine, endColumn } = diagnostic;
  if (!cached.some((reading) => inside(reading, line, column))) return `start ${line}:${column} is outside the file`;
  if (endLine !== undefined || endColumn !== undefined) {
    const end = { line: endLine ?? line, column: endColumn ?? column };
    if (!cached.some((reading) => inside(reading, end.line, end.column))) return `end ${end.line}:${end.column} is outside the file`;
    if (end.line < line || (end.line === line && end.column < column)) return `end ${end.line}:${end.column} is before start ${line}:${column}`;
  }
  return undefined;
}
