import { frontmatterBlockEnd, plainFrontmatterTree } from './markdown-parser.js';
import type { FileFacts, Point, Position } from '../rule.js';

/**
 * The frontmatter facts of a block written in the plainest YAML, read without the YAML parser:
 * what a `--changed` run needs of every other file, where the parser's time per block added up to
 * most of the run (figures in `docs/benchmarks/check-design.md`). Anything this reader does not know for certain it reads exactly as the parser
 * does gives `undefined`, and the caller parses the block as before.
 *
 * What it reads: top-level `key: value` lines with a letter-first key; a value that is a plain
 * scalar (no indicator first, no `: `, ` #`, tabs or trailing spaces), a quoted scalar without
 * escapes or its own quote inside, a flow sequence of those, or nothing (null); and a block
 * sequence of such scalars under a `key:` line. Plain scalars resolve as the YAML 1.2 core schema
 * does: null and booleans by their words, decimal integers as numbers; any other number-like
 * scalar (floats, octal, hex, infinities) is left to the parser.
 */
export function plainFrontmatterFacts(text: string): FileFacts['frontmatter'] | undefined {
  const end = frontmatterBlockEnd(text);
  const prefix = end === undefined ? '' : text.slice(0, end);
  // Fences written plainly, and `\n` endings only, so each line starts where the last one ended.
  const block = prefix.includes('\r') ? undefined : plainFrontmatterTree(prefix)?.children[0];
  if (block?.type !== 'yaml' || block.value === '') return undefined;
  const lines: { start: number; content: string }[] = [];
  // The block's value starts after the opening `---\n`.
  let lineStart = 4;
  for (const content of block.value.split('\n')) {
    lines.push({ start: lineStart, content });
    lineStart += content.length + 1;
  }

  const point = (lineIndex: number, column: number): Point => ({ line: lineIndex + 2, column: column + 1, offset: lines[lineIndex]!.start + column });
  const span = (lineIndex: number, from: number, to: number): Position => ({ start: point(lineIndex, from), end: point(lineIndex, to) });

  const data: Record<string, unknown> = {};
  let titlePosition: Position | undefined;
  let tagPositions: Position[] | undefined;
  for (let index = 0; index < lines.length; index++) {
    const { content } = lines[index]!;
    const colon = content.indexOf(':');
    const key = colon === -1 ? '' : content.slice(0, colon);
    if (!plainKey.test(key) || specialWord.test(key) || Object.hasOwn(data, key)) return undefined;
    const rest = content.slice(colon + 1);
    if (rest === '') {
      // `key:` alone: a block sequence of scalars follows, or the value is null.
      const indent = /^ */.exec(lines[index + 1]?.content ?? '')![0].length;
      const items: unknown[] = [];
      const positions: Position[] = [];
      while (index + 1 < lines.length && lines[index + 1]!.content.startsWith(`${' '.repeat(indent)}- `)) {
        index += 1;
        const itemStart = indent + 2;
        const item = scalar(lines[index]!.content.slice(itemStart), false);
        if (!item) return undefined;
        items.push(item.value);
        positions.push(span(index, itemStart, lines[index]!.content.length));
      }
      // A next line that is not the next key (an indented line, a `-` item, a comment) is not read here.
      if (index + 1 < lines.length && !/^[A-Za-z]/.test(lines[index + 1]!.content)) return undefined;
      data[key] = items.length > 0 ? items : null;
      if (key === 'tags' && items.length > 0) tagPositions = positions;
      continue;
    }
    if (!rest.startsWith(' ') || rest.startsWith('  ')) return undefined;
    const valueStart = colon + 2;
    const written = rest.slice(1);
    if (written.startsWith('[')) {
      const list = flowSequence(written, index, valueStart, span);
      if (!list) return undefined;
      data[key] = list.items;
      if (key === 'tags') tagPositions = list.positions;
      continue;
    }
    const value = scalar(written, false);
    if (!value) return undefined;
    data[key] = value.value;
    if (key === 'title') titlePosition = span(index, valueStart, content.length);
  }

  const fields: NonNullable<FileFacts['frontmatter']>['fields'] = {};
  if (typeof data.title === 'string' && titlePosition) fields.title = titlePosition;
  if (Array.isArray(data.tags)) fields.tags = tagPositions ?? [];
  return { data, fields };
}

/** A key the core schema reads as a string: letters first, then letters, digits, `_` or `-`. */
const plainKey = /^[A-Za-z][\w-]*$/;
/** Words the core schema reads as null or a boolean, keys included. */
const specialWord = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const nullWord = /^(?:~|null|Null|NULL)$/;
const trueWord = /^(?:true|True|TRUE)$/;
const decimalInteger = /^\+?[0-9]+$/;
/** Scalars the core schema reads as a number other than a decimal integer: floats, infinities, octal, hex. */
const otherNumber = /^(?:[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|0o[0-7]+|0x[0-9a-fA-F]+)$/;
/** Characters YAML prints as they are: no tab, no control, no line or paragraph separator, no BOM. */
const printable = /^[\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*$/;
/** A character that makes a plain scalar something else when it comes first. */
const indicatorFirst = /^[-?:,[\]{}#&*!|>'"%@`]/;

function scalar(written: string, inFlow: boolean): { value: unknown } | undefined {
  if (written === '' || !printable.test(written)) return undefined;
  const quote = written[0];
  if (quote === '"' || quote === "'") {
    const inner = written.slice(1, -1);
    if (written.length < 2 || written.at(-1) !== quote || inner.includes(quote) || (quote === '"' && inner.includes('\\'))) return undefined;
    return { value: inner };
  }
  if (indicatorFirst.test(written) || written.startsWith(' ') || written.endsWith(' ') || written.endsWith(':')) return undefined;
  if (written.includes(': ') || written.includes(' #')) return undefined;
  if (inFlow && /[,:[\]{}]/.test(written)) return undefined;
  if (nullWord.test(written)) return { value: null };
  if (specialWord.test(written)) return { value: trueWord.test(written) };
  if (decimalInteger.test(written)) {
    const number = Number(written);
    return Number.isSafeInteger(number) ? { value: number } : undefined;
  }
  if (otherNumber.test(written)) return undefined;
  return { value: written };
}

/** `[a, b]` on one line: scalars separated by `, `, nothing after the `]`. */
function flowSequence(
  written: string,
  lineIndex: number,
  valueStart: number,
  span: (lineIndex: number, from: number, to: number) => Position,
): { items: unknown[]; positions: Position[] } | undefined {
  if (!written.endsWith(']')) return undefined;
  const inner = written.slice(1, -1);
  if (inner === '') return { items: [], positions: [] };
  const items: unknown[] = [];
  const positions: Position[] = [];
  let at = 1;
  for (const part of inner.split(', ')) {
    const item = scalar(part, true);
    if (!item) return undefined;
    items.push(item.value);
    positions.push(span(lineIndex, valueStart + at, valueStart + at + part.length));
    at += part.length + 2;
  }
  return { items, positions };
}
