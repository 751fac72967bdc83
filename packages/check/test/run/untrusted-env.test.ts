import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { check, loadConfig } from '../../src/index.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const post = ['---', 'title: Scripted', 'description: A post with a script.', 'pubDatetime: 2024-12-04', '---', '', '<script>alert(1)</script>', ''].join('\n');

async function scriptSeverity(): Promise<string | undefined> {
  const config = loadConfig(repoRoot);
  const result = await check({ config, cwd: repoRoot, sources: [{ relativePath: 'content/blog/scripted.md', bytes: post }] });
  return result.files.flatMap((file) => file.diagnostics).find((diagnostic) => diagnostic.ruleId === 'security-script')?.severity;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the untrusted-content policy from the environment', () => {
  test('a raw script is a warning in a trusted run', async () => {
    vi.stubEnv('PRESSROOM_UNTRUSTED', '');
    expect(loadConfig(repoRoot).checks.untrusted).toBe(false);
    expect(await scriptSeverity()).toBe('warning');
  });

  test('PRESSROOM_UNTRUSTED=1, which CI sets for pull requests from forks, makes it an error', async () => {
    vi.stubEnv('PRESSROOM_UNTRUSTED', '1');
    expect(loadConfig(repoRoot).checks.untrusted).toBe(true);
    expect(await scriptSeverity()).toBe('error');
  });
});
