import { describe, expect, it } from 'vitest';
import { formatReport, GIANT_CASES, generateCase, loadSeeds, runFuzz, type FailureKind } from '../src/index.ts';

const seeds = loadSeeds();
const adapter = (name: string) => new URL(`./adapters/${name}.ts`, import.meta.url).href;

/** The failure the misbehaving adapter must produce for a case, from the same rules it follows. */
function expectedFailure(contents: Uint8Array): FailureKind | undefined {
  const text = Buffer.from(contents).toString('latin1');
  if (text.includes('\0')) return 'crash';
  if (text.includes('<iframe')) return 'hang';
  if (text.includes('<object')) return 'memory';
  if (text.includes('<embed')) return 'invalid-diagnostic';
  return undefined;
}

describe('the fuzz harness', () => {
  it('generates the same bytes for the same seed and index, and different ones for another seed', () => {
    for (const index of [0, 4, 17, 250]) {
      expect(Buffer.from(generateCase(42, index, seeds).contents).equals(Buffer.from(generateCase(42, index, seeds).contents))).toBe(true);
    }
    const differing = [10, 11, 12, 13, 14].filter((index) => !Buffer.from(generateCase(1, index, seeds).contents).equals(Buffer.from(generateCase(2, index, seeds).contents)));
    expect(differing.length).toBeGreaterThan(0);
  });

  it('covers the giant shapes in every run: a 2 MB and a 10 MB line, 5,000 headings, deep nesting, deep inline markup', () => {
    const text = (index: number) => Buffer.from(generateCase(7, index, seeds).contents).toString('utf8');
    const longestLine = (index: number) => Math.max(...text(index).split(/\r\n|\r|\n/).map((line) => line.length));
    expect(longestLine(0)).toBeGreaterThanOrEqual(1.8 * 1024 * 1024);
    expect(longestLine(1)).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    expect(text(2).split('## Heading number')).toHaveLength(5001);
    expect(text(3)).toContain(`${'  '.repeat(999)}- level 999`);
    expect(text(4)).toContain(`${'*'.repeat(3000)}x`);
  });

  it('covers the shapes that once got past the checks: fence lookalikes before deep nesting, link floods, bracket runs, encoded URLs, alias bombs', () => {
    // Line endings normalised: a giant case may be drawn with CRLF or mixed newlines.
    const text = (index: number) => Buffer.from(generateCase(7, index, seeds).contents).toString('utf8').replace(/\r\n?/g, '\n');
    expect(text(5)).toContain(`\`\`\` \`x\n\n- level 0`);
    expect(text(5)).toContain(`${'\t'.repeat(999)}  - level 1999`);
    // Under the checks' 2 MB file limit, so the file is parsed, not refused unread.
    expect(generateCase(7, 5, seeds).contents.length).toBeLessThan(2 * 1024 * 1024);
    expect(text(6).match(/\]\(\.\/missing-\d+\.md\)/g)).toHaveLength(5000);
    expect(text(7).split(`${'['.repeat(99_000)}\n`)).toHaveLength(21);
    // The cheap classes are drawn at random: a default run of 1,000 cases meets each many times.
    const drawn = Array.from({ length: 1000 }, (_, index) => generateCase(7, index, seeds).mutations).flat();
    expect(drawn.filter((name) => name === 'encoded-urls').length).toBeGreaterThan(20);
    expect(drawn.filter((name) => name === 'alias-bomb').length).toBeGreaterThan(20);
  });

  it('reports no failure when the checks behave', async () => {
    const report = await runFuzz({ seed: 99, runs: 60, adapterUrl: adapter('well-behaved'), caseTimeoutMs: 20_000 });
    expect(report.failures).toEqual([]);
    expect(report.completed).toBe(60);
    expect(report.slowest?.ms).toBeGreaterThan(0);
    // The summary names the case that held the most heap, and how much.
    expect(report.worstHeap?.mb).toBeGreaterThan(0);
    expect(formatReport(report)).toMatch(/invalid diagnostics 0, peak heap \d+ MB \(case #\d+\)\n/);
    expect(formatReport(report)).toMatch(new RegExp(`fuzz: peak heap \\d+ MB in case #${report.worstHeap!.index} \\(`));
  });

  it('catches each crash, hang, memory blow-up and misplaced diagnostic and pins it on its case', async () => {
    // Find a seed whose first cases hold every kind of misbehaviour, so the test cannot pass vacuously.
    const runs = 80;
    let seed = 1;
    const kinds = (candidate: number) => new Set(Array.from({ length: runs }, (_, index) => expectedFailure(generateCase(candidate, index, seeds).contents)));
    while (!['crash', 'hang', 'memory', 'invalid-diagnostic'].every((kind) => kinds(seed).has(kind as FailureKind))) seed += 1;

    // The giant cases are left out: each would take the misbehaving adapter seconds to scan.
    const report = await runFuzz({ seed, runs, indices: Array.from({ length: runs }, (_, index) => index).filter((index) => index >= GIANT_CASES), adapterUrl: adapter('misbehaving'), caseTimeoutMs: 3_000, memoryMb: 32 });
    const expected = Array.from({ length: runs }, (_, index) => index)
      .filter((index) => index >= GIANT_CASES)
      .map((index) => ({ index, kind: expectedFailure(generateCase(seed, index, seeds).contents) }))
      .filter((entry) => entry.kind !== undefined);
    expect(report.failures.map(({ index, kind }) => ({ index, kind }))).toEqual(expected);
    expect(report.completed + report.failures.filter((failure) => failure.kind === 'hang' || failure.kind === 'memory').length).toBe(runs - GIANT_CASES);
  });
});
