import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { repoRoot, scratchRepository } from './repo.js';

const newBin = join(repoRoot, 'packages', 'scaffold', 'bin', 'pressroom-new.js');
const checkBin = join(repoRoot, 'packages', 'check', 'bin', 'pressroom.js');
let scratch: string;

const run = (bin: string, args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: scratch, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });

beforeAll(() => {
  scratch = scratchRepository('pressroom-scaffold-check-');
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('what `pnpm new` writes passes `pressroom check` as it stands', () => {
  const post = run(newBin, ['post', 'Streams, tables and you', '--description', 'How streams and tables relate to each other.', '--tags', 'Kafka,Guide']);
  expect(post.status, post.stderr).toBe(0);
  const doc = run(newBin, ['doc', 'guides/deploy-sites', '--description', 'Publish both sites.']);
  expect(doc.status, doc.stderr).toBe(0);

  const check = run(checkBin, ['check', 'content/blog/streams-tables-and-you.md', 'content/docs/guides/deploy-sites.md']);
  expect(check.status, check.stdout + check.stderr).toBe(0);
  expect(check.stdout + check.stderr).toMatch(/\b0 errors\b/);
});
