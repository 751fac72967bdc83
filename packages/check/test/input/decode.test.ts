import { expect, test } from 'vitest';
import { decodeSource } from '../../src/input/read.js';

const decode = (text: string) => {
  const { newline, mixedNewlines } = decodeSource(new TextEncoder().encode(text));
  return { newline, mixedNewlines };
};

test.each([
  ['LF only', 'a\nb\n', '\n', false],
  ['no line break', 'a', '\n', false],
  ['CRLF only', 'a\r\nb\r\n', '\r\n', false],
  ['more CRLF than LF', 'a\r\nb\r\nc\n', '\r\n', true],
  ['more LF than CRLF', 'a\r\nb\nc\n', '\n', true],
  ['a lone CR, which is no CRLF', 'a\rb\nc\n', '\n', false],
] as const)('a file with %s has the line ending it mostly uses', (_name, text, newline, mixedNewlines) => {
  expect(decode(text)).toEqual({ newline, mixedNewlines });
});
