import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CSpellUserSettings, DictionaryDefinition, SpellingDictionaryCollection } from 'cspell-lib';
import { afterAll, describe, expect, test } from 'vitest';
import { compileDictionaries, withCompiledDictionaries } from '../../src/spelling/compiled-dictionaries.js';
import { loadDictionaries, markdownSettings } from '../../src/spelling/dictionary.js';
import { packageDir, repoRoot } from '../helpers/config.js';

const scratch = mkdtempSync(join(tmpdir(), 'pressroom-compiled-dictionaries-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const english: CSpellUserSettings = { language: 'en' };

async function lookupWith(userSettings: CSpellUserSettings, compiledDir: string): Promise<SpellingDictionaryCollection> {
  return (await loadDictionaries(userSettings, compiledDir)).lookup;
}

/**
 * English settings whose file dictionaries are copies in `dir`. cspell keeps a loaded dictionary
 * per path for the life of the process, whichever file it was read from; each load reads its own
 * copies, as a separate run would read its own.
 */
async function englishFrom(dir: string): Promise<CSpellUserSettings> {
  mkdirSync(dir, { recursive: true });
  const defaults = await markdownSettings(english);
  const enabled = new Set(defaults.dictionaries ?? []);
  const dictionaryDefinitions = (defaults.dictionaryDefinitions ?? [])
    .filter((definition) => enabled.has(definition.name) && typeof (definition as { path?: unknown }).path === 'string')
    .map((definition) => {
      const source = (definition as { path: string }).path;
      const copy = join(dir, `${definition.name}-${basename(source)}`);
      copyFileSync(source, copy);
      return { ...definition, path: copy } as DictionaryDefinition;
    });
  return { ...english, dictionaryDefinitions };
}

function sourceOf(collection: SpellingDictionaryCollection, name: string): string {
  const dictionary = collection.dictionaries.find((candidate) => candidate.name === name);
  if (!dictionary) throw new Error(`no dictionary named ${name}`);
  return dictionary.source;
}

/** Every verdict `has` and `isForbidden` give, in one string, so a difference names its word. */
function verdicts(collection: SpellingDictionaryCollection, words: readonly string[]): string[] {
  return words.map(
    (word) =>
      `${word}: ${collection.has(word, { ignoreCase: true }) ? 'known' : 'unknown'}` +
      `${collection.has(word, { ignoreCase: false }) ? ', same case' : ''}${collection.isForbidden(word) ? ', forbidden' : ''}`,
  );
}

/**
 * Words the dictionaries know and do not: the repository's Markdown, the plain word lists cspell
 * enables, and forms of them that differ in case, ending or first letter.
 */
function vocabulary(settings: CSpellUserSettings): string[] {
  const markdown = readdirSync(join(repoRoot, 'content'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  markdown.push(readFileSync(join(repoRoot, 'fixtures/seed/what-why-when-where-kafka.md'), 'utf8'));
  const listed = (settings.dictionaryDefinitions ?? [])
    .map((definition) => (definition as { path?: string }).path)
    .filter((path): path is string => typeof path === 'string' && path.endsWith('.txt'))
    .map((path) => readFileSync(path, 'utf8'));
  const base = new Set([...markdown, ...listed].flatMap((text) => text.match(/[\p{L}'’-]{2,}/gu) ?? []));
  const forms = new Set<string>();
  for (const word of base) {
    forms.add(word);
    forms.add(word.toLowerCase());
    forms.add(word.toUpperCase());
    forms.add(word[0]!.toUpperCase() + word.slice(1));
    forms.add(`${word}s`);
    forms.add(word.slice(1));
  }
  return [...forms].sort();
}

describe('compiled dictionaries', () => {
  test('give every word the verdict the source dictionaries give', async () => {
    const compiledDir = join(scratch, 'english');
    const settings = await markdownSettings(english);
    const compiled = await compileDictionaries(settings, compiledDir);
    expect(compiled).toContain('en_us');
    expect(compiled).toContain('softwareTerms');

    const fromSource = await lookupWith(await englishFrom(join(scratch, 'source-copies')), join(scratch, 'nothing-compiled'));
    const fromCompiled = await lookupWith(await englishFrom(join(scratch, 'compiled-copies')), compiledDir);
    // Without this the comparison could be between two copies of the same dictionaries.
    expect(sourceOf(fromSource, 'en_us')).toMatch(/\.trie\.gz$/);
    expect(sourceOf(fromCompiled, 'en_us')).toMatch(/\.btrie$/);
    expect(sourceOf(fromCompiled, 'softwareTerms')).toMatch(/\.btrie$/);

    const words = vocabulary(settings);
    expect(words.length).toBeGreaterThan(20_000);
    const expected = verdicts(fromSource, words);
    expect(expected.filter((verdict) => verdict.endsWith(': unknown')).length).toBeGreaterThan(1_000);
    expect(expected.filter((verdict) => !verdict.endsWith(': unknown')).length).toBeGreaterThan(10_000);
    expect(verdicts(fromCompiled, words)).toEqual(expected);
  });

  test('a dictionary edited after it was compiled is read from its source, not from the stale copy', async () => {
    const compiledDir = join(scratch, 'project-compiled');
    // The list as it was compiled, then as edited; each run reads its own copy (see `englishFrom`).
    const settingsFor = (wordList: string): CSpellUserSettings => ({
      language: 'en',
      dictionaryDefinitions: [{ name: 'project-words', path: wordList }],
      dictionaries: ['project-words'],
    });
    const asCompiled = join(scratch, 'project-words.txt');
    writeFileSync(asCompiled, 'zorblax\n');
    await compileDictionaries(await markdownSettings(settingsFor(asCompiled)), compiledDir);
    const sameBytes = join(scratch, 'project-words-same.txt');
    copyFileSync(asCompiled, sameBytes);
    const before = await lookupWith(settingsFor(sameBytes), compiledDir);
    expect(sourceOf(before, 'project-words')).toMatch(/\.btrie$/);
    expect(before.has('zorblax', { ignoreCase: true })).toBe(true);

    const edited = join(scratch, 'project-words-edited.txt');
    writeFileSync(edited, 'quuxify\n');
    const after = await lookupWith(settingsFor(edited), compiledDir);
    expect(sourceOf(after, 'project-words')).toMatch(/project-words-edited\.txt$/);
    expect(after.has('quuxify', { ignoreCase: true })).toBe(true);
    expect(after.has('zorblax', { ignoreCase: true })).toBe(false);
    // The other dictionaries did not change, so their compiled copies are still used.
    expect(sourceOf(after, 'en_us')).toMatch(/\.btrie$/);
  });

  test('the build ships compiled English dictionaries for the installed cspell', async () => {
    const shipped = fileURLToPath(new URL('dist/dictionaries/', `file://${packageDir}/`));
    const settings = withCompiledDictionaries(await markdownSettings(english), shipped);
    const enUs = settings.dictionaryDefinitions?.find((definition) => definition.name === 'en_us') as { btrie?: string } | undefined;
    expect(enUs?.btrie).toMatch(/\.btrie$/);
  });
});
