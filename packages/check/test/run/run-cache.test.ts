/**
 * A full run over files that did not change also takes the link and duplicate findings from the
 * cache. Those depend on more than the files' bytes: which other files exist, and for scheduled
 * posts the time. Each test changes one of them without touching a checked file and compares the
 * cached run with a `--no-cache` run of the same tree.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fixtureCopy, runCli } from '../helpers/cli.js';

const reusedPhase = 'link and collection findings from the cache';

async function cachedAndReference(dir: string) {
  const cached = await runCli(['check', '--format', 'json', '--profile'], dir);
  const reference = await runCli(['check', '--format', 'json', '--no-cache'], dir);
  expect(cached.stdout).toBe(reference.stdout);
  expect(cached.code).toBe(reference.code);
  return { cached, reference };
}

/** The rule ids reported on one file. */
const ruleIds = (stdout: string, file: string) =>
  (JSON.parse(stdout) as { diagnostics: { file: string; ruleId: string }[] }).diagnostics.filter((d) => d.file === file).map((d) => d.ruleId);

test('an unchanged tree takes its link findings from the cache; a deleted image is noticed all the same', async () => {
  const dir = fixtureCopy('cache-invalidation');
  writeFileSync(join(dir, 'content/blog/diagram.png'), 'not really a picture');
  writeFileSync(join(dir, 'content/blog/pictures.md'), '---\ntitle: Pictures\ndescription: A post with a picture.\npubDatetime: 2025-02-01\n---\n\n![The broker](./diagram.png)\n');
  const first = await cachedAndReference(dir);
  expect(first.cached.stderr).not.toContain(reusedPhase);

  const second = await cachedAndReference(dir);
  expect(second.cached.stderr).toContain(reusedPhase);
  expect(ruleIds(second.cached.stdout, 'content/blog/pictures.md')).not.toContain('link-missing-file');

  // No checked file changes, yet the picture is gone: the cached answer must not be used.
  rmSync(join(dir, 'content/blog/diagram.png'));
  const third = await cachedAndReference(dir);
  expect(third.cached.stderr).not.toContain(reusedPhase);
  expect(ruleIds(third.cached.stdout, 'content/blog/pictures.md')).toContain('link-missing-file');
});

test('a link to a scheduled post is reported until the post goes out, though no file changed', async () => {
  const dir = fixtureCopy('cache-invalidation');
  writeFileSync(join(dir, 'content/blog/teaser.md'), '---\ntitle: Teaser\ndescription: A post that links to the next one.\npubDatetime: 2025-02-01\n---\n\nRead [the coming post](./soon.md).\n');
  // The blog publishes a post 15 minutes (the default margin) before its date: this one goes out
  // shortly after the first run ends. A busy machine can make that run outlast the wait, so the
  // wait doubles until the run ends before the post goes out.
  let goesOut = 0;
  let before: Awaited<ReturnType<typeof runCli>> | undefined;
  for (let wait = 20_000; wait <= 160_000 && !before; wait *= 2) {
    goesOut = Date.now() + wait;
    const pubDatetime = new Date(goesOut + 15 * 60_000).toISOString();
    writeFileSync(join(dir, 'content/blog/soon.md'), `---\ntitle: Soon\ndescription: A post that goes out shortly.\npubDatetime: ${pubDatetime}\n---\n\nComing up.\n`);
    const run = await runCli(['check', '--format', 'json', '--profile'], dir);
    if (Date.now() < goesOut) before = run;
  }
  expect(before, 'a first run must end before the post goes out').toBeDefined();
  expect(ruleIds(before!.stdout, 'content/blog/teaser.md')).toContain('link-unpublished-target');

  await new Promise((resolve) => setTimeout(resolve, Math.max(0, goesOut - Date.now()) + 1_000));
  const after = await cachedAndReference(dir);
  expect(after.cached.stderr).not.toContain(reusedPhase);
  expect(ruleIds(after.cached.stdout, 'content/blog/teaser.md')).not.toContain('link-unpublished-target');
  // Room for the doubled waits of a busy machine.
}, 600_000);
