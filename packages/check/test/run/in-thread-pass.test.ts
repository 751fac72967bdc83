import { expect, test } from 'vitest';
import { CheckConfigError } from '../../src/run/config.js';
import { check } from '../../src/run/check.js';
import { defineRule, type Rule } from '../../src/rule.js';
import { repoConfig } from '../helpers/config.js';

/** A turn of the event loop: what a question to the dictionary thread costs at the least. */
const roundTrip = () => new Promise<void>((resolve) => setImmediate(resolve));

const posts = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    relativePath: `content/docs/page-${String(index).padStart(3, '0')}.md`,
    bytes: `---\ntitle: Page ${index}\n---\n\nText of page ${index}.\n`,
  }));

/** A rule that waits for an answer from elsewhere, as spelling does, and counts the files waiting with it. */
function waitingRule(onFile?: (relativePath: string) => void) {
  let waiting = 0;
  const seen = { mostWaiting: 0, order: [] as string[] };
  const rule: Rule = defineRule({
    meta: { id: 'frontmatter-waits', family: 'frontmatter', defaultSeverity: 'warning', description: 'Waits, then reports.' },
    async check(file, report) {
      seen.order.push(file.relativePath);
      onFile?.(file.relativePath);
      waiting += 1;
      seen.mostWaiting = Math.max(seen.mostWaiting, waiting);
      await roundTrip();
      waiting -= 1;
      report({ message: `Checked ${file.relativePath}`, place: { line: 1, column: 1 } });
    },
  });
  return { rule, seen };
}

test('in one thread, files are parsed and checked while earlier ones wait for an answer, and each keeps its own findings', async () => {
  const { rule, seen } = waitingRule();
  const sources = posts(100);
  const result = await check({ config: repoConfig(), sources, rules: [rule], style: false });
  // Checked one at a time, each file would wait alone.
  expect(seen.mostWaiting).toBeGreaterThan(1);
  // A bounded number of trees is held at once.
  expect(seen.mostWaiting).toBeLessThanOrEqual(64);
  // Files are started in path order.
  expect(seen.order).toEqual(sources.map((source) => source.relativePath));
  expect(result.files.map((file) => file.file.relativePath)).toEqual(sources.map((source) => source.relativePath));
  for (const file of result.files) {
    expect(file.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([`Checked ${file.file.relativePath}`]);
  }
});

test('in one thread, a broken setup stops the run with its error once the files already started have settled', async () => {
  const failing = 'content/docs/page-003.md';
  const { rule, seen } = waitingRule((relativePath) => {
    if (relativePath === failing) throw new CheckConfigError('The spelling dictionaries did not load (test)');
  });
  // Vitest fails the test on an unhandled rejection: the other files' waits must all be awaited.
  await expect(check({ config: repoConfig(), sources: posts(100), rules: [rule], style: false })).rejects.toThrow(
    'The spelling dictionaries did not load (test)',
  );
  // The files started before the failure were seen; no file was started after it was known.
  expect(seen.order).toContain(failing);
  expect(seen.order.length).toBeLessThan(100);
});

/**
 * Keeps this thread busy for `milliseconds`, as a rule's own work would; returns the CPU time it
 * used, the clock `--profile` counts the per-file phases on.
 */
function busyFor(milliseconds: number): number {
  const start = performance.now();
  const cpu = process.threadCpuUsage();
  while (performance.now() - start < milliseconds);
  const used = process.threadCpuUsage(cpu);
  return (used.user + used.system) / 1000;
}

test("--profile counts a waiting rule's own work only, not that of the files that resume before it", async () => {
  // Every file asks the word service about the same word, and all wait for the dictionaries to
  // load; once the answer comes, each file works on its own for a while. Timed from the end of its
  // wait to when the pass resumed after it, each of the 8 files counted the work of all 8: 8 times
  // the rule's own.
  let ownWork = 0;
  const rule: Rule = defineRule({
    meta: { id: 'spelling-waits', family: 'spelling', defaultSeverity: 'warning', description: 'Waits for a shared answer, then works.' },
    async check(_file, _report, context) {
      await context.words.judge(['pages'], 0);
      ownWork += busyFor(25);
    },
  });
  const result = await check({ config: repoConfig(), sources: posts(8), rules: [rule], style: false });
  const counted = result.timings.get('spelling')!;
  expect(counted).toBeGreaterThanOrEqual(ownWork * 0.95);
  // Counting every file's work gives 8×; the margin below that absorbs a loaded machine's preemption.
  expect(counted).toBeLessThan(ownWork * 4);
});
