import { execFileSync } from 'node:child_process';
import { mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Random, runSeed } from '../src/index.ts';
import { jsonDiagnostics, makeSandbox, runPressroom } from './support/fixture-root.ts';

/**
 * Seeded folders of content mixed with entries a scan must not read or walk twice: FIFOs (reading
 * one waits for ever), sockets, dangling symlinks, symlink loops and folders linked to an
 * ancestor or to a sibling. Each layout is checked by the CLI as CI runs it.
 */
const seed = runSeed();
const layouts = Number(process.env.FUZZ_SPECIAL_LAYOUTS ?? 4);
const servers: Server[] = [];
const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const server of servers) server.close();
  for (const cleanup of cleanups) cleanup();
});

// No description: each post gets a finding, so a post checked twice would show.
const post = (title: string) => `---\ntitle: ${title}\npubDatetime: 2024-12-04\n---\n\nSome text about ${title}.\n`;

async function layout(index: number) {
  const random = new Random(seed, index);
  const files: Record<string, string> = {};
  const folders = ['content/blog', 'content/blog/series', 'content/blog/series/part'];
  for (let n = 0; n < 4; n += 1) files[`${random.pick(folders)}/post-${n}.md`] = post(`Post ${index} ${n}`);
  const box = makeSandbox(files);
  cleanups.push(box.cleanup);
  for (const folder of folders) mkdirSync(join(box.repo, folder), { recursive: true });
  const specials: string[] = [];
  const count = random.int(2, 6);
  for (let n = 0; n < count; n += 1) {
    const folder = random.pick(folders);
    const kind = random.pick(['fifo', 'socket', 'dangling', 'loop', 'ancestor', 'sibling'] as const);
    const at = (name: string) => join(box.repo, folder, name);
    if (kind === 'fifo') {
      execFileSync('mkfifo', [at(`pipe-${n}.md`)]);
      specials.push(`${folder}/pipe-${n}.md`);
    } else if (kind === 'socket') {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(at(`socket-${n}.md`), resolve));
      specials.push(`${folder}/socket-${n}.md`);
    } else if (kind === 'dangling') {
      symlinkSync(`gone-${n}.md`, at(`dangling-${n}.md`));
      specials.push(`${folder}/dangling-${n}.md`);
    } else if (kind === 'loop') {
      symlinkSync(`loop-${n}b.md`, at(`loop-${n}a.md`));
      symlinkSync(`loop-${n}a.md`, at(`loop-${n}b.md`));
      specials.push(`${folder}/loop-${n}a.md`, `${folder}/loop-${n}b.md`);
    } else if (kind === 'ancestor') {
      symlinkSync(random.pick(['..', '../..', '.']), at(`up-${n}`));
    } else {
      symlinkSync(join(box.repo, random.pick(folders)), at(`beside-${n}`));
    }
  }
  return { box, specials: specials.sort() };
}

describe('special files and loops in a scanned folder', () => {
  for (let index = 0; index < layouts; index += 1) {
    it(`layout ${index} of seed ${seed}: each special entry is reported once, each real file checked once, no hang`, async () => {
      const { box, specials } = await layout(index);
      const run = await runPressroom(['check', '--format', 'json', 'content/blog'], box.repo);
      // A hang is killed after two minutes, which ends with no report.
      expect(run.stderr).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/);
      expect([0, 1]).toContain(run.code);
      const diagnostics = jsonDiagnostics(run);
      expect(diagnostics.filter((d) => d.ruleId === 'input-special-file').map((d) => d.file).sort()).toEqual(specials);
      expect(diagnostics.filter((d) => d.ruleId === 'frontmatter-duplicate-title')).toEqual([]);
      const real = new Map<string, string>();
      for (const file of new Set(diagnostics.filter((d) => d.ruleId !== 'input-special-file').map((d) => d.file))) {
        const path = relative(realpathSync(box.repo), realpathSync(join(box.repo, file)));
        expect(real.get(path), `${file} and ${real.get(path)} are one file`).toBeUndefined();
        real.set(path, file);
      }
    }, 150_000);
  }
});
