import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { afterAll, expect, test } from 'vitest';
import { check, type Diagnostic } from '../../src/run/check.js';
import { defineRule } from '../../src/rule.js';
import { loadSpellChecker, type SpellChecker } from '../../src/spelling/dictionary.js';
import { proseRanges, spellingRule } from '../../src/rules/spelling/spelling.js';
import { wordsIn } from '../../src/spelling/words.js';
import { packageDir, repoConfig, repoRoot } from '../helpers/config.js';

const corpusDir = mkdtempSync(join(tmpdir(), 'pressroom-spelling-dedup-'));
afterAll(() => rmSync(corpusDir, { recursive: true, force: true }));

/**
 * The spelling rule without any memo: every prose word of every file is judged afresh by a
 * checker that keeps nothing between calls, and each one it does not know is reported.
 */
function perOccurrenceRule(checker: SpellChecker) {
  return defineRule({
    meta: {
      id: 'spelling-per-occurrence',
      family: 'spelling',
      defaultSeverity: 'error',
      description: 'Reference for the dedup test: each occurrence judged on its own.',
    },
    async check(file, report) {
      const fileWords = new Set([...file.words].map((word) => word.toLowerCase()));
      for (const range of proseRanges(file)) {
        for (const occurrence of wordsIn(file.text, range, checker.minWordLength)) {
          if (fileWords.has(occurrence.word.toLowerCase())) continue;
          if (checker.check(occurrence.word, { suggest: false }).ok) continue;
          report({
            message: `\`${occurrence.word}\``,
            place: { start: file.offsetToPoint(occurrence.start), end: file.offsetToPoint(occurrence.end) },
          });
        }
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

test('one verdict per distinct word finds the same misspellings at the same places as judging every occurrence', async () => {
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
  const unmemoised = await loadSpellChecker(repoRoot, { memoise: false });
  const result = await check({ config: repoConfig(), sources, rules: [spellingRule, perOccurrenceRule(unmemoised)], style: false });
  const diagnostics = result.files.flatMap((entry) => entry.diagnostics);

  const memoised = findings(diagnostics, 'spelling');
  const perOccurrence = findings(diagnostics, 'spelling-per-occurrence');
  expect(memoised).toEqual(perOccurrence);

  // The comparison covers real findings: every misspelling the corpus planted, the seed post and
  // each form of the hand-written files.
  const planted = manifest.defects.filter((defect) => defect.kind === 'misspelling').map((defect) => `${defect.file}:${defect.line}:${defect.column} ${defect.text}`);
  expect(planted.length).toBeGreaterThan(50);
  expect(memoised).toEqual(expect.arrayContaining(planted));
  expect(memoised.filter((finding) => finding.startsWith('content/blog/what-why-when-where-kafka.md')).length).toBeGreaterThan(0);
  const handWritten = (file: string) => memoised.filter((finding) => finding.startsWith(`content/docs/${file}:`)).map((finding) => finding.split(' ')[1]);
  expect(handWritten('forms.md')).toEqual(
    expect.arrayContaining(['recieve', 'Recieve', 'RECIEVE', 'wrtier’s', "wrtier's", 'high-throughout', 'javaScirpt', 'streems', 'Streems', 'streem’s']),
  );
  expect(handWritten('forms.md')).not.toEqual(expect.arrayContaining(['Zorblax']));
  expect(handWritten('elsewhere.md')).toEqual(expect.arrayContaining(['Zorblax', 'Quuxly', 'anology', 'recieve', 'Recieve', 'wrtier’s', "wrtier's"]));
});
