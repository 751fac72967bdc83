/**
 * From a corpus full of names to a green check: the unknown-words list, accepting words into the
 * project word list, and a baseline that fails only on new findings.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { applyBaseline, fingerprintOf, pruneBaseline, readBaseline, recordBaseline, type Baseline } from '../../src/cli/baseline.js';
import { unknownWords } from '../../src/report/unknown-words.js';
import type { Diagnostic } from '../../src/run/diagnostic.js';
import { withWords } from '../../src/spelling/word-list.js';
import { fixtureCopy, runCli, temporaryDir } from '../helpers/cli.js';

function finding(file: string, ruleId: string, message: string, line = 1, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { file, line, column: 1, endLine: line, endColumn: 2, ruleId, severity: 'error', message, source: 'pressroom', url: '', ...extra };
}
const unknown = (file: string, word: string, line = 1) =>
  finding(file, 'spelling', `Unexpected unknown word \`${word}\`, expected a known word`, line, { actual: word });

describe('the project word list', () => {
  test('new words go where a sorted list puts them; comments, blank lines and order stay', () => {
    const { text, added } = withWords('# Our names\nKafka\n\n# Products\nPressroom\nZentrix\n', ['Tromvik', 'apache', 'Zentrix', 'Halvorsrud', 'tromvik']);
    expect(added).toEqual(['apache', 'Halvorsrud', 'Tromvik']);
    expect(text).toBe('# Our names\napache\nHalvorsrud\nKafka\n\n# Products\nPressroom\nTromvik\nZentrix\n');
  });

  test('an unsorted list keeps its order and gets the new words at its end, sorted', () => {
    expect(withWords('Kafka\nAstro\n', ['Zentrix', 'Brekkestø']).text).toBe('Kafka\nAstro\nBrekkestø\nZentrix\n');
  });

  test('a list sorted by code units (as `sort` sorts) stays sorted that way; CRLF stays CRLF', () => {
    expect(withWords('Kafka\r\nZentrix\r\napache\r\n', ['Mbeki', 'oyelaran']).text).toBe('Kafka\r\nMbeki\r\nZentrix\r\napache\r\noyelaran\r\n');
  });

  test('words the list holds in any case, and words with spaces, are not added', () => {
    expect(withWords('Kafka\n', ['kafka', 'KAFKA', 'two words', ' ']).added).toEqual([]);
  });
});

describe('the baseline', () => {
  const checked = new Set(['a.md', 'b.md']);
  const today = [unknown('a.md', 'Naing', 3), unknown('a.md', 'Naing', 9), finding('b.md', 'link-missing-file', 'Unexpected link to missing `./x.md`, expected an existing page or file')];

  test('a finding is known by its file, rule and what it is about, not by its line or suggestion', () => {
    const moved = { ...today[0]!, line: 40, message: 'Unexpected unknown word `Naing`, expected a known word such as `Naming`' };
    expect(fingerprintOf(moved)).toBe(fingerprintOf(today[0]!));
    expect(fingerprintOf(moved)).toBe('Unexpected unknown word `Naing`');
  });

  test('recorded errors are held back; more of the same than recorded are all reported, new ones too', () => {
    const baseline = recordBaseline({}, today, checked);
    expect(baseline).toEqual({
      'a.md': { spelling: { 'Unexpected unknown word `Naing`': { count: 2 } } },
      'b.md': { 'link-missing-file': { 'Unexpected link to missing `./x.md`': { count: 1 } } },
    });
    expect(applyBaseline(baseline, today, checked)).toEqual({ diagnostics: [], suppressed: 3, unmatched: 0 });
    const third = unknown('a.md', 'Naing', 12);
    const other = unknown('b.md', 'Naing', 2);
    const outcome = applyBaseline(baseline, [...today, third, other], checked);
    // Three `Naing` where two were recorded: no telling which is new, so all three are shown.
    expect(outcome.diagnostics).toEqual([today[0], today[1], third, other]);
    expect(outcome.suppressed).toBe(1);
  });

  test('warnings are not recorded', () => {
    const warning = finding('a.md', 'no-trailing-spaces', 'Remove trailing whitespace', 4, { severity: 'warning' });
    expect(recordBaseline({}, [warning], checked)).toEqual({});
    expect(applyBaseline({}, [warning], checked).diagnostics).toEqual([warning]);
  });

  test('what no longer occurs is counted in the checked files only, and pruning removes it and adds nothing', () => {
    const baseline: Baseline = {
      ...recordBaseline({}, today, checked),
      'c.md': { spelling: { 'Unexpected unknown word `Tromvik`': { count: 1 } } },
    };
    const fixed = [today[0]!];
    expect(applyBaseline(baseline, fixed, checked)).toMatchObject({ suppressed: 1, unmatched: 2 });
    const fresh = unknown('b.md', 'Zentrix');
    expect(pruneBaseline(baseline, [...fixed, fresh], checked)).toEqual({
      'a.md': { spelling: { 'Unexpected unknown word `Naing`': { count: 1 } } },
      'c.md': { spelling: { 'Unexpected unknown word `Tromvik`': { count: 1 } } },
    });
  });

  test('writing it again for some files keeps the entries of the others', () => {
    const baseline = recordBaseline({}, today, checked);
    expect(recordBaseline(baseline, [], new Set(['a.md']))).toEqual({ 'b.md': baseline['b.md'] });
  });

  test('a file of another shape is a clear error, and a missing one is an error only when asked for', () => {
    const dir = temporaryDir('baseline');
    expect(readBaseline(join(dir, 'none.json'))).toBeUndefined();
    expect(() => readBaseline(join(dir, 'none.json'), { required: true })).toThrow(/Unexpected missing baseline .*none\.json, expected the file pressroom check --baseline-write writes/);
    writeFileSync(join(dir, 'bad.json'), '{"a.md": {"spelling": {"x": {"count": "two"}}}}');
    expect(() => readBaseline(join(dir, 'bad.json'))).toThrow(/Unexpected shape of the baseline .*bad\.json, expected \{ "<file>"/);
    writeFileSync(join(dir, 'broken.json'), '{');
    expect(() => readBaseline(join(dir, 'broken.json'))).toThrow(/Unexpected invalid JSON in the baseline/);
  });
});

test('unknown words are counted across case and by file, most frequent first; flagged words are not unknown', () => {
  const flagged = finding('b.md', 'spelling', 'Unexpected flagged word `high-throughout`, expected `high-throughput`', 1, { actual: 'high-throughout' });
  const words = unknownWords([unknown('a.md', 'Tromvik'), unknown('b.md', 'tromvik'), unknown('b.md', 'Tromvik'), unknown('a.md', 'Zentrix'), flagged]);
  expect(words).toEqual([
    { word: 'Tromvik', count: 3, files: { 'a.md': 1, 'b.md': 2 } },
    { word: 'Zentrix', count: 1, files: { 'a.md': 1 } },
  ]);
});

describe('pressroom check on a corpus full of names', () => {
  test('--unknown-words lists every unknown word with its count and files, and the way on', async () => {
    const dir = fixtureCopy('adoption');
    const run = await runCli(['check', '--unknown-words', '--no-cache'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^10 unknown words \(50 findings in 4 files\), most frequent first:/);
    expect(run.stdout).toMatch(/^ {4}8 {2}Tromvik {6}content\/blog\/a-winter-in-skjelnes\.md \(2\), /m);
    expect(run.stdout).toMatch(/^ {4}1 {2}recieve {6}content\/blog\/the-quayside-sensors\.md$/m);
    expect(run.stdout).toMatch(/^ {4}9 {2}content\/blog\/a-winter-in-skjelnes\.md$/m);
    expect(run.stdout).toContain('rest into the project word list: pressroom check --accept-words');
    // It is an output format of its own; the JSON findings carry each unknown word for scripts.
    expect((await runCli(['check', '--format', 'unknown-words'], dir)).stdout).toBe(run.stdout);
    const json = JSON.parse((await runCli(['check', '--format', 'json'], dir)).stdout) as { diagnostics: { file: string; actual?: string }[] };
    expect(json.diagnostics.filter((diagnostic) => diagnostic.file === 'content/docs/index.md' && diagnostic.actual !== undefined)).toHaveLength(6);
  });

  test('fixing the typo, accepting the names and recording the rest ends green, and only new findings fail', async () => {
    const dir = fixtureCopy('adoption');
    expect((await runCli(['check', '--fix=spelling', '--no-cache'], dir)).stdout).toMatch(/50 errors, 0 warnings .*\(1 fixed\)/);

    const accepted = await runCli(['check', '--accept-words'], dir);
    expect(accepted.stderr).toContain(
      'pressroom: added 9 words to project-words.txt: Brekkestø, Halvorsrud, Kessler, Mbeki, Oyelaran, Skjelnes, Tromvik, Vantongeren, Zentrix',
    );
    expect(accepted.code).toBe(1);
    expect(accepted.stdout).toMatch(/4 files checked: 1 error, 0 warnings/);
    expect(readFileSync(join(dir, 'project-words.txt'), 'utf8')).toBe(
      '# Names and terms of the field team, sorted.\nBrekkestø\nHalvorsrud\nKafka\nKessler\nMbeki\nOyelaran\nPressroom\nSkjelnes\nTromvik\nVantongeren\nZentrix\n',
    );

    const written = await runCli(['check', '--baseline-write'], dir);
    expect(written.stderr).toContain('pressroom: recorded 1 error of 1 file in pressroom-baseline.json');
    expect(written.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'pressroom-baseline.json'), 'utf8'))).toEqual({
      'content/docs/index.md': { 'link-missing-file': { 'Unexpected link to missing `../blog/the-quayside-sensor.md`': { count: 1 } } },
    });
    const green = await runCli(['check'], dir);
    expect(green.code).toBe(0);
    expect(green.stdout).toMatch(/0 errors, 0 warnings .*\(1 known error from pressroom-baseline\.json not shown\)/);

    // A new typo above the recorded finding: only it fails, though the recorded one moved down.
    const page = join(dir, 'content/docs/index.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('## Write a note', 'A new paragrph.\n\n## Write a note'));
    const fresh = await runCli(['check'], dir);
    expect(fresh.code).toBe(1);
    expect(fresh.stdout).toMatch(/Unexpected unknown word `paragrph`/);
    expect(fresh.stdout).not.toMatch(/the-quayside-sensor\.md/);
    expect((await runCli(['check', '--no-baseline'], dir)).stdout).toMatch(/the-quayside-sensor\.md/);

    // Fixing the recorded finding leaves an entry that no longer occurs; pruning removes it.
    writeFileSync(page, readFileSync(page, 'utf8').replace('A new paragrph.\n\n', '').replace('the-quayside-sensor.md', 'the-quayside-sensors.md'));
    const stale = await runCli(['check'], dir);
    expect(stale.code).toBe(0);
    expect(stale.stderr).toContain('pressroom: 1 finding recorded in pressroom-baseline.json no longer occurs; remove it with pressroom check --baseline-prune');
    const pruned = await runCli(['check', '--baseline-prune'], dir);
    expect(pruned.stderr).toContain('pressroom: removed 1 finding that no longer occurs from pressroom-baseline.json');
    expect(JSON.parse(readFileSync(join(dir, 'pressroom-baseline.json'), 'utf8'))).toEqual({});
    expect((await runCli(['check'], dir)).stderr).not.toContain('no longer');
  });

  test('the entries of a file that is gone no longer occur, even in a run over other files', async () => {
    const dir = fixtureCopy('adoption');
    expect((await runCli(['check', '--baseline-write', '--no-cache'], dir)).code).toBe(0);
    const recorded = JSON.parse(readFileSync(join(dir, 'pressroom-baseline.json'), 'utf8')) as Baseline;
    expect(Object.keys(recorded['content/docs/index.md']!).sort()).toEqual(['link-missing-file', 'spelling']);
    // Renamed: its findings are now the new file's, new ones; the old entries are stale.
    renameSync(join(dir, 'content/docs/index.md'), join(dir, 'content/docs/handbook.md'));
    const run = await runCli(['check', 'content/blog'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/pressroom: 7 findings recorded in pressroom-baseline\.json no longer occur; remove them with pressroom check --baseline-prune/);
    expect((await runCli(['check', '--baseline-prune', 'content/blog'], dir)).code).toBe(0);
    const pruned = JSON.parse(readFileSync(join(dir, 'pressroom-baseline.json'), 'utf8')) as Baseline;
    expect(Object.keys(pruned).sort()).toEqual(['content/blog/a-winter-in-skjelnes.md', 'content/blog/the-quayside-sensors.md', 'content/blog/visiting-the-harbour-office.md']);
  });

  test('options that cannot go together are usage errors, and a missing word list is a configuration error', async () => {
    const dir = fixtureCopy('adoption');
    for (const [args, message] of [
      [['--baseline-write', '--baseline-prune'], 'Unexpected --baseline-write with --baseline-prune, expected one of them'],
      [['--no-baseline', '--baseline'], 'Unexpected --no-baseline with another baseline option, expected one of them'],
      [['--unknown-words', '--format', 'sarif'], 'Unexpected --format sarif with --unknown-words, expected no --format (it is --format unknown-words)'],
      [['--baseline-write', '--changed', '--changed-lines'], 'Unexpected --baseline-write with --changed-lines, expected a run that reports every finding'],
      [['--baseline'], 'Unexpected missing baseline'],
    ] as const) {
      const run = await runCli(['check', ...args], dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
    }
    writeFileSync(join(dir, 'cspell.config.yaml'), "version: '0.2'\nlanguage: en\n");
    const run = await runCli(['check', '--accept-words', '--no-cache'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unexpected cspell configuration without a word list in cspell.config.yaml, expected a dictionary definition with `addWords: true`');
  });
});
