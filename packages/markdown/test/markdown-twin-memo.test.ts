import { describe, expect, test } from 'vitest';
import { markdownTwinMemo, type TwinEntry } from '../src/markdown-twin-memo.js';

/** A maker that counts its calls and can be told to fail once. */
function counting() {
  const calls: string[] = [];
  const failing = new Set<string>();
  const make = async (entry: TwinEntry) => {
    calls.push(entry.id);
    if (failing.delete(entry.id)) throw new Error(`Unexpected unreadable ${entry.id}`);
    return `# ${entry.id} (${entry.digest ?? 'no digest'})\n`;
  };
  return { calls, failing, make };
}

describe('markdownTwinMemo', () => {
  test('makes each entry’s twin once, however many pages ask for it', async () => {
    const { calls, make } = counting();
    const twin = markdownTwinMemo(make);
    const asked = await Promise.all([twin({ id: 'a', digest: '1' }), twin({ id: 'b', digest: '1' }), twin({ id: 'a', digest: '1' })]);
    expect(asked).toEqual(['# a (1)\n', '# b (1)\n', '# a (1)\n']);
    expect(await twin({ id: 'a', digest: '1' })).toBe('# a (1)\n');
    expect(calls).toEqual(['a', 'b']);
  });

  test('makes a new twin when the entry’s digest changes, and keeps entries without one apart', async () => {
    const { calls, make } = counting();
    const twin = markdownTwinMemo(make);
    expect(await twin({ id: 'a', digest: '1' })).toBe('# a (1)\n');
    expect(await twin({ id: 'a', digest: '2' })).toBe('# a (2)\n');
    expect(await twin({ id: 'a' })).toBe('# a (no digest)\n');
    expect(await twin({ id: 'a' })).toBe('# a (no digest)\n');
    // Astro's digests may be numbers: one is not the same key as another.
    expect(await twin({ id: 'a', digest: 3 })).toBe('# a (3)\n');
    expect(await twin({ id: 'a', digest: 3 })).toBe('# a (3)\n');
    expect(calls).toEqual(['a', 'a', 'a', 'a']);
  });

  test('does not keep a failure: the next caller tries again', async () => {
    const { calls, failing, make } = counting();
    const twin = markdownTwinMemo(make);
    failing.add('a');
    await expect(twin({ id: 'a', digest: '1' })).rejects.toThrow('Unexpected unreadable a');
    expect(await twin({ id: 'a', digest: '1' })).toBe('# a (1)\n');
    expect(calls).toEqual(['a', 'a']);
  });

  test('two memos share nothing', async () => {
    const { calls, make } = counting();
    await markdownTwinMemo(make)({ id: 'a', digest: '1' });
    await markdownTwinMemo(make)({ id: 'a', digest: '1' });
    expect(calls).toEqual(['a', 'a']);
  });
});
