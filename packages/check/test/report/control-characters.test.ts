import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fixtureCopy, runCli } from '../helpers/cli.js';

test('no output format prints a control character of the content raw, so a link cannot forge a line of its own', async () => {
  const dir = fixtureCopy('mixed');
  // The reference decodes to a newline in the link's destination, which the finding quotes.
  writeFileSync(join(dir, 'content/blog/forged.md'), '---\ntitle: Forged\ndescription: A link that forges a workflow command.\npubDatetime: 2024-12-04\n---\n\nSee [the notes](a&#10;::error::X).\n');
  for (const format of ['stylish', 'github']) {
    const run = await runCli(['check', '--no-cache', '--format', format, 'content/blog/forged.md'], dir);
    expect(run.code, format).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('::error::X')), format).toEqual([]);
    expect(run.stdout, format).toContain(format === 'stylish' ? 'a\\n::error::X' : 'a%0A::error::X');
  }
});
