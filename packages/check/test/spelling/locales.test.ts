/**
 * Each docs locale spelled in its own language: the dictionary of its `lang`, the locale's own
 * words, a language without a dictionary named once instead of flagged word by word, and the same
 * findings as the editor's cspell once its configuration says the same.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { fixtureCopy, jsonReport, runCli } from '../helpers/cli.js';

const cspellBin = fileURLToPath(new URL('../../node_modules/cspell/bin.mjs', import.meta.url));
const dictionaryPackages = ['@cspell/dict-fr-fr', '@cspell/dict-de-de', '@cspell/dict-es-es'];

async function spellingFindings(dir: string, args: string[] = ['--no-cache']) {
  const run = await runCli(['check', '--format', 'json', ...args], dir);
  expect(run.code, run.stderr).toBeLessThan(2);
  const { diagnostics } = jsonReport(run);
  const findings = diagnostics
    .filter((diagnostic) => diagnostic.ruleId === 'spelling')
    .map((diagnostic) => `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${/`([^`]+)`/.exec(diagnostic.message)?.[1]}`)
    .sort();
  return { findings, stderr: run.stderr, diagnostics };
}

test('each locale is spelled with the dictionary of its lang, and its own words', async () => {
  const dir = fixtureCopy('spelling-locales');
  const { findings, stderr, diagnostics } = await spellingFindings(dir);
  expect(findings).toEqual([
    // The French locale's word list is for French pages only.
    'content/docs/guides/writing.md:6:70 Pressrouleur',
    // One real French misspelling, found with the French dictionary.
    'content/docs/fr/index.md:8:27 erreure',
    'content/docs/index.md:6:58 sentance',
  ].sort());
  // Its suggestions come from the French dictionary too.
  const french = diagnostics.find((diagnostic) => diagnostic.file === 'content/docs/fr/index.md' && diagnostic.ruleId === 'spelling')!;
  expect(french.message).toBe('Unexpected unknown word `erreure`, expected a known word such as `erreur`');
  // Japanese has no dictionary: one line for the locale, no finding for its words.
  expect(stderr).toContain('pressroom: spelling not checked for ja: no dictionary\n');
  expect(stderr.match(/spelling not checked/g)).toHaveLength(1);
});

test('a warm run names the language without a dictionary too', async () => {
  const dir = fixtureCopy('spelling-locales');
  const first = await runCli(['check', '--format', 'json'], dir);
  expect(first.stderr).toContain('spelling not checked for ja: no dictionary');
  expect((JSON.parse(first.stdout) as { notes?: string[] }).notes).toContain('spelling not checked for ja: no dictionary');
  const warm = await runCli(['check', '--format', 'json'], dir);
  expect(warm.stderr).toContain('spelling not checked for ja: no dictionary');
  expect((JSON.parse(warm.stdout) as { notes?: string[] }).notes).toContain('spelling not checked for ja: no dictionary');
  // The Japanese page was answered from the cache, not spelled again.
  expect(jsonReport(warm).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'spelling')).toHaveLength(3);
  // A run over the English pages alone says nothing of Japanese.
  const english = await runCli(['check', '--format', 'json', 'content/docs/index.md'], dir);
  expect(english.stderr).not.toContain('spelling not checked');
  expect((JSON.parse(english.stdout) as { notes?: string[] }).notes ?? []).not.toContain('spelling not checked for ja: no dictionary');
});

/** `file:line:column word` from cspell's default reporter. */
function runCspell(cwd: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cspellBin, 'lint', '--no-progress', '--no-summary', '--no-color', '--no-cache', 'content/**/*.{md,mdx}'],
      { cwd, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        if (error && error.code !== 1) return reject(new Error(`cspell failed (${String(error.code)}): ${stderr}`));
        resolve([...stdout.matchAll(/^(.+?):(\d+):(\d+) - Unknown word \((.+?)\)/gm)].map(([, file, line, column, word]) => `${file}:${line}:${column} ${word}`).sort());
      },
    );
  });
}

/** Installs the dictionary packages a configuration imports in `dir`, as a user's repository would have them. */
function installDictionaries(dir: string, names: readonly string[]) {
  for (const name of names) {
    const target = join(dir, 'node_modules', name);
    mkdirSync(join(target, '..'), { recursive: true });
    cpSync(realpathSync(fileURLToPath(new URL(`../../node_modules/${name}`, import.meta.url))), target, { recursive: true });
  }
}

test('with the editor configuration the docs give, cspell and pressroom agree on every locale', async () => {
  const dir = fixtureCopy('spelling-locales');
  cpSync(fileURLToPath(new URL('../fixtures/spelling-locales-editor/cspell.config.yaml', import.meta.url)), join(dir, 'cspell.config.yaml'));
  installDictionaries(dir, dictionaryPackages);
  const [cspell, pressroom] = await Promise.all([runCspell(dir), spellingFindings(dir)]);
  expect(cspell).toEqual([
    'content/docs/fr/index.md:8:27 erreure',
    'content/docs/guides/writing.md:6:70 Pressrouleur',
    'content/docs/index.md:6:58 sentance',
  ]);
  expect(pressroom.findings).toEqual(cspell);
  expect(pressroom.stderr).toContain('spelling not checked for ja: no dictionary');
});

/** `file:line:column word` and cspell's suggestions for it, best first (its `*` on preferred ones dropped). */
function runCspellSuggestions(cwd: string): Promise<Map<string, string[]>> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cspellBin, 'lint', '--no-progress', '--no-summary', '--no-color', '--no-cache', '--show-suggestions', 'content/**/*.{md,mdx}'],
      { cwd, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        if (error && error.code !== 1) return reject(new Error(`cspell failed (${String(error.code)}): ${stderr}`));
        const found = [...stdout.matchAll(/^(.+?):(\d+):(\d+) - Unknown word \((.+?)\) Suggestions: \[(.*)\]$/gm)];
        resolve(new Map(found.map(([, file, line, column, word, list]) => [`${file}:${line}:${column} ${word}`, list!.split(', ').map((one) => one.replace(/\*$/, ''))])));
      },
    );
  });
}

test('a page an `overrides` entry spells in French, outside any locale, gets French suggestions as in cspell', async () => {
  const dir = fixtureCopy('spelling-override-language');
  installDictionaries(dir, ['@cspell/dict-fr-fr']);
  const [cspell, pressroom] = await Promise.all([runCspellSuggestions(dir), spellingFindings(dir)]);
  expect([...cspell.keys()].sort()).toEqual([
    'content/docs/index.md:6:58 sentance',
    'content/docs/notes/brouillon.md:8:27 erreure',
    'content/docs/notes/brouillon.md:8:93 boujour',
  ].sort());
  expect(pressroom.findings).toEqual([...cspell.keys()].sort());
  // Judged with the French dictionary, and suggested from it: not `erasure`, the English neighbour.
  const french = pressroom.diagnostics.find((diagnostic) => diagnostic.actual === 'erreure')!;
  expect(french.message).toBe('Unexpected unknown word `erreure`, expected a known word such as `erreur`');
  // Each word's suggestions are cspell's best ones, in its order (cspell searches further away for more).
  for (const diagnostic of pressroom.diagnostics.filter((one) => one.ruleId === 'spelling')) {
    const theirs = cspell.get(`${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.actual}`)!;
    expect(diagnostic.suggestions?.length, diagnostic.actual).toBeGreaterThan(0);
    expect(diagnostic.suggestions, diagnostic.actual).toEqual(theirs.slice(0, diagnostic.suggestions!.length));
  }
});
