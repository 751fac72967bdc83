import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { check, loadConfig } from '../../src/index.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const post = ['---', 'title: Scripted', 'description: A post with a script.', 'pubDatetime: 2024-12-04', '---', '', '<script>alert(1)</script>', ''].join('\n');

async function scriptSeverity(text = post): Promise<string | undefined> {
  return (await findings(text)).find((diagnostic) => diagnostic.ruleId === 'security-script')?.severity;
}

async function findings(text: string) {
  const config = loadConfig(repoRoot);
  const result = await check({ config, cwd: repoRoot, sources: [{ relativePath: 'content/blog/scripted.md', bytes: text }] });
  return result.files.flatMap((file) => file.diagnostics);
}

/** The same post, with comments that would hide the script's finding. */
const hiding = [
  post.replace('<script>', '<!-- pressroom-disable-next-line security-script -- it is fine -->\n<script>'),
  post.replace('<script>', '<!-- pressroom-disable -- it is fine -->\n\n<script>'),
  post.replace('<script>', '<!-- lint ignore security-script -- fine -->\n<script>'),
];

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

  test('under the policy no disable comment in the content hides a security finding, and the comment is reported unused', async () => {
    vi.stubEnv('PRESSROOM_UNTRUSTED', '1');
    for (const text of hiding) {
      const found = await findings(text);
      expect(found.find((diagnostic) => diagnostic.ruleId === 'security-script')?.severity, text).toBe('error');
      expect(found.some((diagnostic) => diagnostic.ruleId === 'directive-unused'), text).toBe(true);
    }
  });

  test('in a trusted run the same comments hide it, as any finding', async () => {
    vi.stubEnv('PRESSROOM_UNTRUSTED', '');
    for (const text of hiding) expect(await scriptSeverity(text), text).toBeUndefined();
  });
});
