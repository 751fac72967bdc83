import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadCache, saveCache, type CacheEntry } from '../../src/run/cache.js';
import { temporaryDir } from '../helpers/cli.js';

test('the cache file, written piece by piece, is the JSON of the whole cache and reads back the same', () => {
  const path = join(temporaryDir('cache-file'), 'check.json');
  const entries = new Map<string, CacheEntry>();
  // More than the megabyte written at a time, with names and text that JSON has to escape.
  for (let index = 0; index < 600; index++) {
    const relativePath = `content/blog/"quoted" \\ post-${index}-é.md`;
    const record = { relativePath, site: 'blog', id: `post-${index}`, format: 'md', hash: `${index}`, readable: true, facts: { text: 'ü\n\t'.repeat(1000) } };
    entries.set(relativePath, { hash: `${index}`, record, diagnostics: [] } as unknown as CacheEntry);
  }
  const words = new Map([
    ['kafka', { ok: true, forbidden: false, suggestions: [] }],
    ['partiton', { ok: false, forbidden: false, suggestions: ['partition'] }],
  ]);
  const tokens = new Map([
    [
      '[["markdown"],"",""]',
      new Map([
        ['URLSearchParams', []],
        ['"myVaraible"', [{ offset: 3, word: 'Varaible', forbidden: false }]],
      ]),
    ],
  ]);
  const run = { key: 'k', validUntil: null, probes: [], images: [], pages: ['content/blog/a.md'], diagnostics: {} };
  saveCache(path, 'fingerprint', entries, words, run, tokens);

  const text = readFileSync(path, 'utf8');
  expect(text.length).toBeGreaterThan(2 * (1 << 20));
  expect(JSON.parse(text)).toEqual(
    JSON.parse(
      JSON.stringify({
        version: 3,
        fingerprint: 'fingerprint',
        entries: Object.fromEntries(entries),
        words: Object.fromEntries(words),
        tokens: Object.fromEntries([...tokens].map(([key, byToken]) => [key, Object.fromEntries(byToken)])),
        run,
      }),
    ),
  );
  const loaded = loadCache(path, 'fingerprint');
  expect(loaded.warning).toBeUndefined();
  expect(loaded.entries).toEqual(entries);
  expect(loaded.words).toEqual(words);
  expect(loaded.tokens).toEqual(tokens);
  expect(loaded.run).toEqual(run);
});
