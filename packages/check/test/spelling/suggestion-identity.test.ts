import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonDiagnostic } from '../../src/report/json.js';
import { looksLikeName } from '../../src/spelling/dictionary.js';
import { fixtureCopy, runCli } from '../helpers/cli.js';

/**
 * Both bench corpus profiles, small (`bench/src/corpus.ts --seed identity`): `generated`, whose
 * unknown words are typos, and `real`, whose unknown words are mostly names and identifiers, more
 * than the per-file suggestion limit. `test/fixtures/bench-profile-<profile>.spelling.txt` holds every spelling finding the
 * check reported on them when suggestions were searched bound by bound (one search per bound of 1,
 * 1.5 and 2 changes): the findings (ids, positions, messages) and suggestions must stay exactly
 * those, but for the words `bench-profile-<profile>.spelling-changes.txt` lists: words that look
 * like names with nothing within one change, which no longer get the wider search and so show no
 * suggestion. For those the message loses its `such as` and nothing else changes.
 */
const profiles = ['generated', 'real'] as const;

type Finding = Pick<JsonDiagnostic, 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'ruleId' | 'message' | 'suggestions'>;

/** Findings as the expected files list them: by file, position, message, suggestions. */
function listed(findings: readonly Finding[]): string {
  const lines: string[] = [];
  let file = '';
  for (const finding of findings) {
    if (finding.file !== file) {
      file = finding.file;
      lines.push(file);
    }
    const suggestions = finding.suggestions?.length ? `  [${finding.suggestions.join(', ')}]` : '';
    lines.push(`  ${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}  ${finding.message}${suggestions}`);
  }
  return `${lines.join('\n')}\n`;
}

const fixtureFile = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);

/** The words listed as changed, each with why it looks like a name and what it suggested before. */
function changedWords(profile: string): Map<string, { why: string; before: string }> {
  const file = fixtureFile(`bench-profile-${profile}.spelling-changes.txt`);
  if (!existsSync(file)) return new Map();
  const rows = readFileSync(file, 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  return new Map(rows.map((row) => row.split('\t') as [string, string, string]).map(([word, why, before]) => [word, { why, before }]));
}

/** The recorded listing with the changed words shown as they are now: no suggestion, no `such as`. */
function withChanges(recorded: string, changed: ReadonlyMap<string, unknown>): string {
  return recorded.replace(/^( {2}\S+ {2}Unexpected unknown word `([^`]+)`, expected a known word) such as `[^`]*` {2}\[.*\]$/gm, (line, kept: string, word: string) =>
    changed.has(word) ? kept : line,
  );
}

const at = (finding: Finding) => `${finding.file}:${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`;

describe.each(profiles)('spelling suggestions on the %s bench profile', (profile) => {
  it('keeps every finding, message and suggestion, in every output format', async () => {
    const dir = fixtureCopy(`bench-profile-${profile}`);
    const json = await runCli(['check', '--no-cache', '--format', 'json'], dir);
    expect(json.code, json.stderr).toBe(1);
    const spelling = (JSON.parse(json.stdout) as { diagnostics: Finding[] }).diagnostics.filter((finding) => finding.ruleId === 'spelling');
    const recorded = readFileSync(fixtureFile(`bench-profile-${profile}.spelling.txt`), 'utf8');
    const changed = changedWords(profile);
    // Every finding at its place with its id and message; suggestions identical but for the list.
    expect(listed(spelling)).toBe(withChanges(recorded, changed));
    // The list is exact: each word had suggestions before, and is one the narrower search names.
    for (const [word, { why, before }] of changed) {
      expect(recorded, word).toContain(`word \`${word}\`, expected a known word such as `);
      expect(before, word).toMatch(/^\[.+\]$/);
      expect(looksLikeName(word), `${word}: ${why}`).toBe(true);
    }
    if (profile === 'real') expect(changed.size).toBeGreaterThan(0);
    const suggested = spelling.filter((finding) => finding.suggestions?.length);
    expect(suggested.length).toBeGreaterThan(0);
    if (profile === 'real') expect(spelling.length - suggested.length).toBeGreaterThan(0);

    // The other formats print the same suggestions, each where it shows them.
    const github = await runCli(['check', '--no-cache', '--format', 'github'], dir);
    const githubSuggestions = new Map(
      [...github.stdout.matchAll(/^::\w+ file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=spelling::(.*?)(?: \(suggestions: (.*?)\))?(?:%0A.*)?$/gm)].map(
        ([, file, line, column, endLine, endColumn, message, list]) => [`${file}:${line}:${column}-${endLine}:${endColumn}`, `${message} ${list ?? ''}`],
      ),
    );
    const sarif = await runCli(['check', '--no-cache', '--format', 'sarif'], dir);
    type SarifResult = {
      ruleId: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
      properties?: { suggestions?: string[] };
    };
    const sarifSuggestions = new Map(
      (JSON.parse(sarif.stdout) as { runs: { results: SarifResult[] }[] }).runs[0]!.results
        .filter((result) => result.ruleId === 'spelling')
        .map((result) => {
          const { artifactLocation, region } = result.locations[0]!.physicalLocation;
          const key = `${artifactLocation.uri}:${region.startLine}:${region.startColumn}-${region.endLine}:${region.endColumn}`;
          return [key, `${result.message.text.split('\n')[0]} ${(result.properties?.suggestions ?? []).join(', ')}`];
        }),
    );
    const stylish = await runCli(['check', '--no-cache', '--format', 'stylish'], dir);
    const stylishSuggestions = new Map<string, string>();
    let file = '';
    const lines = stylish.stdout.split('\n');
    lines.forEach((line, index) => {
      const finding = /^\s+(\d+):(\d+)-(\d+):(\d+)\s+(?:error|warning)\s+(.*?)\s+spelling$/.exec(line);
      if (!finding) {
        if (/^\S/.test(line)) file = line;
        return;
      }
      const list = /^\s+suggestions: (.*)$/.exec(lines[index + 1] ?? '')?.[1];
      stylishSuggestions.set(`${file}:${finding[1]}:${finding[2]}-${finding[3]}:${finding[4]}`, `${finding[5]} ${list ?? ''}`);
    });
    for (const [name, printed] of [['github', githubSuggestions], ['sarif', sarifSuggestions], ['stylish', stylishSuggestions]] as const) {
      expect(printed.size, name).toBe(new Set(spelling.map(at)).size);
      for (const finding of spelling) {
        const list = (finding.suggestions ?? []).join(', ');
        // SARIF has no field of its own for the message's suggestions: it adds them to the text too.
        const message = name === 'sarif' && list ? `${finding.message} (suggestions: ${list})` : finding.message;
        expect(printed.get(at(finding)), `${name} ${at(finding)}`).toBe(`${message} ${list}`);
      }
    }
  }, 300_000);
});
