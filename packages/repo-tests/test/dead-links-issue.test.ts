import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from './repo.js';

type Diagnostic = { file: string; line: number; ruleId: string; message: string };
const { deadLinks, planIssue } = (await import(join(repoRoot, '.github', 'scripts', 'dead-links-issue.mjs'))) as {
  deadLinks(report: { diagnostics: Diagnostic[] }): Diagnostic[];
  planIssue(
    dead: Diagnostic[],
    existing: number | undefined,
    urls: { blobUrl: string; runUrl: string },
  ): { action: string; issueNumber?: number; body?: string; title?: string; labels?: string[] };
};

const report = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'links-report.json'), 'utf8')) as { diagnostics: Diagnostic[] };
const urls = { blobUrl: 'https://github.com/pressroom-dev/pressroom/blob/abc123', runUrl: 'https://github.com/pressroom-dev/pressroom/actions/runs/7' };

describe('the weekly dead-links issue', () => {
  test('lists only external-link findings', () => {
    expect(deadLinks(report).map((d) => `${d.file}:${d.line}`)).toEqual([
      'content/blog/what-why-when-where-kafka.md:12',
      'content/docs/start/getting started.md:40',
    ]);
  });

  test('opens one labelled issue when there is none', () => {
    const plan = planIssue(deadLinks(report), undefined, urls);
    expect(plan).toMatchObject({ action: 'create', title: 'Dead external links', labels: ['dead-links'] });
    expect(plan.body).toContain('found 2 dead links');
    expect(plan.body).toContain('| [content/blog/what-why-when-where-kafka.md:12](https://github.com/pressroom-dev/pressroom/blob/abc123/content/blog/what-why-when-where-kafka.md#L12) | Unexpected status 404 from https://example.com/gone \\| moved |');
    expect(plan.body).toContain('(https://github.com/pressroom-dev/pressroom/blob/abc123/content/docs/start/getting%20started.md#L40)');
    expect(plan.body).not.toContain('Kafak');
  });

  test('updates the open issue instead of opening another', () => {
    expect(planIssue(deadLinks(report), 42, urls)).toMatchObject({ action: 'update', issueNumber: 42 });
  });

  test('closes the open issue once no dead links are left, and does nothing when there is none', () => {
    expect(planIssue([], 42, urls)).toEqual({ action: 'close', issueNumber: 42 });
    expect(planIssue([], undefined, urls)).toEqual({ action: 'none' });
  });
});
