import { readFileSync } from 'node:fs';
import { blogPostSchema } from '@pressroom/content-schema';
import { loadSiteConfig } from '@pressroom/site-config';
import { describe, expect, test } from 'vitest';
import { renderFrontmatterReference } from '../scripts/frontmatter-reference.ts';

const { rootDir, config } = loadSiteConfig();
const committedPage = readFileSync(`${rootDir}/${config.sites.docs.contentDir}/reference/frontmatter.md`, 'utf8');

describe('the frontmatter reference page', () => {
  test('is the committed file, exactly: edit the schema and run `pnpm --filter @pressroom/docs generate`', () => {
    expect(committedPage).toBe(renderFrontmatterReference());
  });

  test('documents every field of the blog post schema with its example', () => {
    const fields = Object.keys(blogPostSchema().shape);
    expect(fields.length).toBeGreaterThan(5);
    for (const field of fields) {
      expect(committedPage).toContain(`### ${field}\n`);
    }
    expect(committedPage).toContain('```yaml\npubDatetime: 2024-12-04\n```');
  });

  test('tells required fields, types and defaults apart', () => {
    expect(committedPage).toContain('| [`title`](#title) | text | yes |  |');
    expect(committedPage).toContain('| [`modDatetime`](#moddatetime) | date, may be empty | no |  |');
    expect(committedPage).toContain(`| [\`author\`](#author) | text | no | \`${config.author}\` |`);
    expect(committedPage).toContain('| [`tags`](#tags) | list of text | no | `[others]` |');
    expect(committedPage).toContain('| [`canonicalURL`](#canonicalurl) | absolute URL | no |  |');
  });
});
