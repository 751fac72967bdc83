import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readSettings, spellCheckDocument } from 'cspell-lib';
import { globSync } from 'tinyglobby';
import { afterAll, expect, test } from 'vitest';
import { check, type Diagnostic } from '../../src/run/check.js';
import { defineRule } from '../../src/rule.js';
import { spellingRule } from '../../src/rules/spelling/spelling.js';
import { packageDir, repoConfig, repoRoot } from '../helpers/config.js';

const corpusDir = mkdtempSync(join(tmpdir(), 'pressroom-spelling-dedup-'));
afterAll(() => rmSync(corpusDir, { recursive: true, force: true }));

/**
 * cspell itself, one file at a time: cspell-lib's document check, which builds its settings and
 * its validator afresh for each file and keeps nothing from one file to the next. A file's
 * frontmatter `words:` list, which cspell does not read, is given to it as a `cspell:words` line.
 */
function cspellPerFileRule() {
  const settings = readSettings(join(repoRoot, 'cspell.config.yaml'));
  return defineRule({
    meta: {
      id: 'spelling-cspell-per-file',
      family: 'spelling',
      defaultSeverity: 'error',
      description: 'Reference for the dedup test: cspell on each file on its own.',
    },
    async check(file, report) {
      const words = [...file.words];
      const text = words.length > 0 ? `${file.text}\n<!-- cspell:words ${words.join(' ')} -->\n` : file.text;
      const result = await spellCheckDocument({ uri: pathToFileURL(file.path).href, text }, { noConfigSearch: true }, await settings);
      expect(result.errors ?? []).toEqual([]);
      for (const issue of result.issues) {
        report({
          message: `\`${issue.text}\``,
          place: { start: file.offsetToPoint(issue.offset), end: file.offsetToPoint(issue.offset + (issue.length ?? issue.text.length)) },
        });
      }
    },
  });
}

/** `file:line:column word`, the word taken from the message's first code span. */
function findings(diagnostics: Diagnostic[], ruleId: string): string[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.ruleId === ruleId)
    .map((diagnostic) => `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.message.match(/`([^`]+)`/)?.[1]}`)
    .sort();
}

test('one verdict per distinct token a run finds the same words at the same places as cspell checking each file afresh', async () => {
  execFileSync(process.execPath, [join(repoRoot, 'bench/src/corpus.ts'), '--posts', '60', '--seed', 'spelling-dedup', '--out', corpusDir], { stdio: 'ignore' });
  // The corpus generator's record of what it planted (see bench/src/corpus.ts).
  const manifest = JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8')) as {
    defects: { kind: string; file: string; line: number; column: number; text: string }[];
  };
  const sources = [
    ...globSync('content/**/*.md', { cwd: corpusDir }).map((relativePath) => ({ relativePath, bytes: readFileSync(join(corpusDir, relativePath)) })),
    { relativePath: 'content/blog/what-why-when-where-kafka.md', bytes: readFileSync(join(repoRoot, 'fixtures/seed/what-why-when-where-kafka.md')) },
    // The same typos in several forms (case, curly and straight apostrophes, possessives) and a
    // file that allows words another file reports: what a memo could wrongly share.
    ...['forms.md', 'elsewhere.md'].map((name) => ({
      relativePath: `content/docs/${name}`,
      bytes: readFileSync(join(packageDir, 'test/fixtures/spelling-dedup', name)),
    })),
  ];
  const result = await check({ config: repoConfig(), sources, rules: [spellingRule, cspellPerFileRule()], style: false });
  const diagnostics = result.files.flatMap((entry) => entry.diagnostics);

  const memoised = findings(diagnostics, 'spelling');
  const perFile = findings(diagnostics, 'spelling-cspell-per-file');
  expect(memoised).toEqual(perFile);

  // The comparison covers real findings: every misspelling the corpus planted, the seed post and
  // each form of the hand-written files.
  const planted = manifest.defects.filter((defect) => defect.kind === 'misspelling').map((defect) => `${defect.file}:${defect.line}:${defect.column} ${defect.text}`);
  expect(planted.length).toBeGreaterThan(50);
  expect(memoised).toEqual(expect.arrayContaining(planted));
  expect(memoised.filter((finding) => finding.startsWith('content/blog/what-why-when-where-kafka.md')).length).toBeGreaterThan(0);
  const handWritten = (file: string) => memoised.filter((finding) => finding.startsWith(`content/docs/${file}:`)).map((finding) => finding.split(' ')[1]);
  expect(handWritten('forms.md')).toEqual(
    expect.arrayContaining(['recieve', 'Recieve', 'RECIEVE', 'wrtier’s', "wrtier's", 'high-throughout', 'Scirpt', 'streems', 'Streems', 'streem’s']),
  );
  expect(handWritten('forms.md')).not.toEqual(expect.arrayContaining(['Zorblax']));
  expect(handWritten('elsewhere.md')).toEqual(expect.arrayContaining(['Zorblax', 'Quuxly', 'anology', 'recieve', 'Recieve', 'wrtier’s', "wrtier's"]));
});
