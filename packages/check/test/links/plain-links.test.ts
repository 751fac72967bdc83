import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { check } from '../../src/run/check.js';
import { loadConfig } from '../../src/run/config.js';

// A copy outside this repository, so that no pressroom.config.json is found above it.
const scratch = mkdtempSync(join(tmpdir(), 'pressroom-plain-links-'));
const repo = join(scratch, 'notes');
cpSync(fileURLToPath(new URL('../fixtures/plain-repository', import.meta.url)), repo, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('a repository without pressroom.config.json: links to a folder, with its trailing slash, land as on GitHub', async () => {
  const result = await check({ config: loadConfig(repo), cwd: repo, paths: ['README.md', 'docs/setup.md'] });
  const links = result.files.flatMap((entry) =>
    entry.diagnostics
      .filter((diagnostic) => diagnostic.ruleId.startsWith('link-'))
      .map((diagnostic) => `${entry.file.relativePath}:${diagnostic.line}:${diagnostic.column} ${diagnostic.ruleId}`),
  );
  // Only the misspelt file name; `docs/`, `/docs/` and the heading linked from the root resolve.
  expect(links).toEqual(['README.md:5:47 link-missing-file']);
});
