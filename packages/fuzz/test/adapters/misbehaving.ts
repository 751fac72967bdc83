import type { CreateAdapter } from '../../src/adapter.ts';

/**
 * Fails in a different way for each kind of input, so the harness test can check that each
 * failure is caught, classified and pinned on the right case:
 * NUL byte → throws; `<iframe` → never returns; `<object` → exhausts the heap;
 * `<embed` → reports a line past the end; anything else → fine.
 */
const create: CreateAdapter = () => async (files) => {
  const [file] = files;
  const text = Buffer.from(file!.contents).toString('latin1');
  if (text.includes('\0')) throw new TypeError('Cannot read properties of undefined (reading "line")');
  if (text.includes('<iframe')) for (;;);
  if (text.includes('<object')) {
    const hoard: number[][] = [];
    for (let round = 0; ; round += 1) hoard.push(new Array<number>(1_000_000).fill(round + 0.5));
  }
  if (text.includes('<embed')) return [{ file: file!.path, line: text.split('\n').length + 10, column: 1, message: 'Past the end' }];
  return [{ file: file!.path, line: 1, column: 1, message: 'Fine' }];
};
export default create;
