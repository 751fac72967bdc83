import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  archiveIds,
  archiveMonthId,
  archiveYearId,
  contentExtensions,
  contentGlob,
  contentId,
  isMarkdownPath,
  pageIds,
  toPosixPath,
} from '../src/index.js';

describe('content files', () => {
  test('one list of extensions gives the glob, the content test and the ids', () => {
    expect(contentExtensions).toEqual(['md', 'mdx', 'markdown']);
    expect(contentGlob()).toBe('**/*.{md,mdx,markdown}');
    expect(['a.md', 'a.MDX', 'guides/a.markdown'].map(isMarkdownPath)).toEqual([true, true, true]);
    // Neither site reads Markdoc, so a `.mdoc` file is no page.
    expect(['a.mdoc', 'a.txt', 'a.md.bak'].map(isMarkdownPath)).toEqual([false, false, false]);
    expect(contentId('Guides/Old Post.markdown')).toBe('guides/old-post');
  });

  test('toPosixPath converts the separator of the system it runs on', () => {
    expect(toPosixPath(join('content', 'blog', 'a.md'))).toBe('content/blog/a.md');
    if (process.platform !== 'win32') expect(toPosixPath('content/odd\\name.md')).toBe('content/odd\\name.md');
  });
});

describe('ids the pages have', () => {
  test('every page of a site', () => {
    expect(pageIds).toEqual({ blog: ['main-content'], docs: ['_top'] });
  });

  test('the archive groups posts by UTC year and month', () => {
    expect(archiveYearId(2024)).toBe('year-2024');
    expect(archiveMonthId(2024, 3)).toBe('month-2024-03');
    // 23:30 on 31 December in New York is already January in UTC.
    expect([...archiveIds([new Date('2024-12-31T23:30:00-05:00'), new Date('2023-06-01T00:00:00Z')])]).toEqual([
      'year-2025',
      'month-2025-01',
      'year-2023',
      'month-2023-06',
    ]);
  });
});
