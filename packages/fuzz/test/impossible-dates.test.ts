import { check, loadConfig } from '@pressroom/check';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/index.ts';

const post = (date: string) =>
  ['---', 'title: Dates', 'description: A post with a date.', `pubDatetime: ${date}`, '---', '', 'Text.', ''].join('\n');

describe('impossible dates in frontmatter', () => {
  // A date that does not exist must not silently become another day (2024-02-30 → 2024-03-01).
  it.each(['2024-02-30', '2023-02-29', '2024-04-31', '2024-13-01', '2024-12-04T25:00:00Z'])('reports pubDatetime: %s on its line', async (date) => {
    const config = loadConfig(repoRoot());
    const result = await check({ config, cwd: repoRoot(), sources: [{ relativePath: 'content/blog/dates.md', bytes: post(date) }] });
    const errors = result.files.flatMap((file) => file.diagnostics).filter((diagnostic) => diagnostic.ruleId.startsWith('frontmatter-') && diagnostic.severity === 'error');
    expect(errors.map((diagnostic) => diagnostic.line)).toContain(4);
  });
});
