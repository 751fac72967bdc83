/**
 * Spelling parity with cspell, both ways: with the same configuration, `cspell lint` (the real
 * one, as a contributor or the editor extension runs it) and `pressroom check` report the same
 * words at the same lines and columns. The only differences are those the spelling reference
 * lists (content/docs/reference/spelling.md), and each is asserted here as such.
 */
import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { fixtureCopy, jsonReport, runCli, temporaryDir } from '../helpers/cli.js';
import { repoRoot } from '../helpers/config.js';

const cspellBin = fileURLToPath(new URL('../../node_modules/cspell/bin.mjs', import.meta.url));
const markdownFiles = 'content/**/*.{md,mdx}';

/** `file:line:column kind word`, the same for both tools. */
type Finding = string;

/** cspell's default reporter: `content/blog/a.md:12:5 - Unknown word (wrod) fix: (word)`. */
function runCspell(cwd: string): Promise<Finding[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cspellBin, 'lint', '--no-progress', '--no-summary', '--no-color', '--no-cache', markdownFiles],
      { cwd, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        // 1: issues found. Anything else is cspell failing, which must not pass as "no findings".
        if (error && error.code !== 1) return reject(new Error(`cspell failed (${String(error.code)}): ${stderr}`));
        const findings = [...stdout.matchAll(/^(.+?):(\d+):(\d+) - (Unknown|Forbidden) word \((.+?)\)/gm)].map(
          ([, file, line, column, kind, word]) => `${file}:${line}:${column} ${kind === 'Forbidden' ? 'flagged' : 'unknown'} ${word}`,
        );
        const lines = stdout.split('\n').filter((line) => line.trim() !== '');
        if (findings.length !== lines.length) return reject(new Error(`Unexpected cspell output, expected one issue a line:\n${stdout}`));
        resolve(findings.sort());
      },
    );
  });
}

async function runPressroom(cwd: string): Promise<Finding[]> {
  const run = await runCli(['check', '--format', 'json', '--no-cache'], cwd);
  expect(run.code, run.stderr).toBeLessThan(2);
  const { diagnostics } = jsonReport(run);
  return diagnostics
    .filter((diagnostic) => diagnostic.ruleId === 'spelling')
    .map((diagnostic) => {
      const kind = diagnostic.message.startsWith('Unexpected flagged word') ? 'flagged' : 'unknown';
      return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${kind} ${/`([^`]+)`/.exec(diagnostic.message)?.[1]}`;
    })
    .sort();
}

/** What each tool reports that the other does not. */
function compare(cspell: Finding[], pressroom: Finding[]) {
  return {
    onlyCspell: cspell.filter((finding) => !pressroom.includes(finding)),
    onlyPressroom: pressroom.filter((finding) => !cspell.includes(finding)),
  };
}

test('cspell and pressroom report the same words on a corpus of the traits that split words differently', async () => {
  const dir = fixtureCopy('spelling-parity');
  const [cspell, pressroom] = await Promise.all([runCspell(dir), runPressroom(dir)]);
  // The corpus holds misspellings of every kind it exercises: a parity of two empty lists would prove nothing.
  expect(cspell.length).toBeGreaterThan(50);
  for (const trait of [
    // camelCase split as cspell splits it, and acronym plurals it accepts (CVEs, CPUs, URLSearchParams pass).
    'content/blog/camel-case.md:11:17 unknown Varaible',
    'content/blog/acronyms.md:11:72 unknown BLORFs',
    // A compound's parts, the flagged word of `flagWords`, contractions and possessives.
    'content/blog/compounds.md:11:53 unknown heavey',
    'content/blog/compounds.md:12:15 flagged high-throughout',
    "content/blog/contractions.md:11:58 unknown Zorblax's",
    // Frontmatter values, prose inside HTML, words that cspell reports a limited number of times.
    'content/blog/frontmatter.md:4:17 unknown Zorblatt',
    'content/blog/html.md:9:7 unknown insde',
    'content/blog/duplicates.md:9:36 unknown recieve',
    // Directives: after `cspell:enable`, on the line after `disable-next-line`, a word flagged in the file.
    'content/blog/directives.md:17:10 unknown resmes',
    'content/blog/directives.md:21:18 unknown skiped',
    'content/blog/directives.md:33:6 flagged actually',
    // A file's own locale, and carriage returns.
    "content/blog/settings-in-file.md:12:19 unknown organisatoin's",
    'content/docs/crlf.md:12:20 unknown tyop',
  ]) {
    expect(cspell).toContain(trait);
  }
  // cspell reports a word at most `maxDuplicateProblems` (5) times a file, and so does pressroom.
  expect(pressroom.filter((finding) => finding.startsWith('content/blog/duplicates.md:') && finding.endsWith(' recieve'))).toHaveLength(5);
  // Nothing in a file `ignorePaths` names, in a `cspell:disable` block, in code or in markup.
  for (const absent of [/ignored\/skipped\.md/, / (?:Nothng|chekced|Anothr|nothng|checkd)$/, / (?:mispeled|konsumer|tikk|frobnicaet|verbse|codde|innr|unclosedd)$/, / (?:wrappr|tooltp|commment|titel|valeu)$/]) {
    expect(cspell.filter((finding) => absent.test(finding))).toEqual([]);
    expect(pressroom.filter((finding) => absent.test(finding))).toEqual([]);
  }

  // The differences content/docs/reference/spelling.md lists, and nothing else.
  expect(compare(cspell, pressroom)).toEqual({
    // A frontmatter `words:` list adds words to its file for pressroom alone (cspell reads no
    // frontmatter field); a `# cspell:words` comment works for both.
    onlyCspell: ['content/blog/frontmatter.md:10:9 unknown Zorblax', 'content/blog/frontmatter.md:14:1 unknown Zorblax'],
    onlyPressroom: [
      // cspell also reads a configuration nearer to a file (content/blog/nested/cspell.json);
      // pressroom reads the root one only.
      'content/blog/nested/post.md:8:1 unknown Nestedword',
      // After `\tbook` (read as `book`) cspell remembers `tbook` as known for the rest of the file.
      'content/blog/urls.md:21:82 unknown tbook',
    ],
  });
});

test('a cspell setting that rewrites text before cutting it stops the check with a located message', async () => {
  const dir = fixtureCopy('spelling-parity');
  appendFileSync(join(dir, 'cspell.config.yaml'), 'useIntlWordSegmentation: true\n');
  const run = await runCli(['check', '--no-cache', 'content/blog/camel-case.md'], dir);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/Unexpected cspell setting `useIntlWordSegmentation` in .*cspell\.config\.yaml, expected a configuration without it/);
  expect(run.stderr).not.toMatch(/\n\s+at /);
});

test("cspell and pressroom report the same words on the repository's own content", async () => {
  const [cspell, pressroom] = await Promise.all([runCspell(repoRoot), runPressroom(repoRoot)]);
  expect(compare(cspell, pressroom)).toEqual({ onlyCspell: [], onlyPressroom: [] });
});

test('cspell and pressroom report the same words on a generated corpus with planted misspellings', async () => {
  const dir = temporaryDir('spelling-parity-corpus');
  execFileSync(process.execPath, [join(repoRoot, 'bench/src/corpus.ts'), '--posts', '60', '--seed', 'spelling-parity', '--out', dir], { stdio: 'ignore' });
  const [cspell, pressroom] = await Promise.all([runCspell(dir), runPressroom(dir)]);
  expect(cspell.length).toBeGreaterThan(100);
  expect(compare(cspell, pressroom)).toEqual({ onlyCspell: [], onlyPressroom: [] });
});
