import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { git, repoRoot, scratchRepository } from './repo.js';

const turboBin = join(repoRoot, 'node_modules', '.bin', 'turbo');
let scratch: string;

/**
 * The task hashes `turbo run build` would use in the scratch copy. Equal hash, cache hit: the task
 * would not run again.
 */
function buildHashes(env: Record<string, string> = {}): Record<string, string> {
  const output = execFileSync(turboBin, ['run', 'build', '--dry=json'], {
    cwd: scratch,
    encoding: 'utf8',
    env: { ...process.env, PRESSROOM_UNTRUSTED: '', TURBO_TELEMETRY_DISABLED: '1', TURBO_TOKEN: '', TURBO_TEAM: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const dry = JSON.parse(output) as { tasks: Array<{ taskId: string; hash: string }> };
  return Object.fromEntries(dry.tasks.map((task) => [task.taskId, task.hash]));
}

const appendParagraph = (text: string) => `${text}\nOne more paragraph.\n`;

/** Which build tasks a change would rerun: edits a file, takes the hashes, then restores it. */
function rebuiltAfterEditing(file: string, edit: (text: string) => string = appendParagraph): string[] {
  const before = buildHashes();
  const path = join(scratch, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  try {
    const after = buildHashes();
    return Object.keys(before)
      .filter((task) => before[task] !== after[task])
      .sort();
  } finally {
    git(scratch, 'checkout', '--', file);
  }
}

beforeAll(() => {
  scratch = scratchRepository('pressroom-turbo-');
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const packageBuilds = (tasks: Record<string, string>) =>
  Object.keys(tasks).filter((task) => /^@pressroom\/(?:content-schema|site-config|check|markdown|remark-preset-lint|scaffold)#build$/.test(task));

describe('turbo run build --dry=json', () => {
  test('the package builds are in the graph', () => {
    expect(packageBuilds(buildHashes())).toEqual(expect.arrayContaining(['@pressroom/content-schema#build', '@pressroom/site-config#build']));
  });

  test('a blog post change rebuilds the blog and nothing else', () => {
    expect(rebuiltAfterEditing('content/blog/what-why-when-where-kafka.md')).toEqual(['@pressroom/blog#build']);
  });

  test('a docs page change rebuilds the docs and not the blog', () => {
    expect(rebuiltAfterEditing('content/docs/guides/writing-a-post.md')).toEqual(['@pressroom/docs#build']);
  });

  test('a change to pressroom.config.json rebuilds both sites but no package', () => {
    const rebuilt = rebuiltAfterEditing('pressroom.config.json', (text) => text.replace('"author": "', '"author": "The team of '));
    expect(rebuilt).toEqual(['@pressroom/blog#build', '@pressroom/docs#build']);
  });

  test('PRESSROOM_UNTRUSTED reaches the site builds, which then sanitize, and is part of their hash', () => {
    // turbo passes a task only the variables it declares: an undeclared one never reaches Astro.
    const trusted = buildHashes();
    const untrusted = buildHashes({ PRESSROOM_UNTRUSTED: '1' });
    expect(['@pressroom/blog#build', '@pressroom/docs#build'].filter((task) => trusted[task] === untrusted[task])).toEqual([]);
  });

  test('a change to a package source rebuilds it and the sites that use it (the hashes are not stuck)', () => {
    const rebuilt = rebuiltAfterEditing('packages/content-schema/src/index.ts');
    expect(rebuilt).toEqual(expect.arrayContaining(['@pressroom/content-schema#build', '@pressroom/blog#build', '@pressroom/docs#build']));
  });
});
