import { readFileSync } from 'node:fs';
import { loadSiteConfig, siteConfigJsonSchema } from '@pressroom/site-config';
import { describe, expect, test } from 'vitest';
import { renderConfigReference } from '../scripts/config-reference.ts';

const { rootDir, config } = loadSiteConfig();
const committedPage = readFileSync(`${rootDir}/${config.sites.docs.contentDir}/reference/configuration.md`, 'utf8');

interface Node {
  properties?: Record<string, Node>;
  description?: string;
}

/** Every dotted key of the schema, with its description. */
function schemaKeys(node: Node, prefix = ''): [string, string][] {
  return Object.entries(node.properties ?? {}).flatMap(([name, child]) => [
    [`${prefix}${name}`, child.description ?? ''] as [string, string],
    ...schemaKeys(child, `${prefix}${name}.`),
  ]);
}

describe('the configuration reference page', () => {
  test('is the committed file, exactly: edit the schema in @pressroom/site-config and run `pnpm --filter @pressroom/docs generate`', () => {
    expect(committedPage).toBe(renderConfigReference());
  });

  test('documents every key of the schema with its description, a site key under each site', () => {
    const keys = schemaKeys(siteConfigJsonSchema() as Node);
    expect(keys.map(([key]) => key)).toEqual(
      expect.arrayContaining(['sites.blog.postsPerPage', 'sites.blog.scheduledPostMarginMinutes', 'sites.docs.base', 'sites.blog.url', 'checks.rules', 'checks.ignore']),
    );
    for (const [key, description] of keys) {
      const shared = key.replace(/^sites\.(?:blog|docs)\./, 'sites.*.');
      const heading = committedPage.includes(`\`${key}\`\n`) || committedPage.includes(`### \`${shared}\`\n`) || committedPage.includes(`## \`${key}\`\n`);
      expect(heading, `a heading for ${key}`).toBe(true);
      expect(committedPage, key).toContain(description);
    }
  });

  test('gives types, defaults and a JSON example that is valid where it sits', () => {
    expect(committedPage).toContain('| [`sites.blog.postsPerPage`](#sitesblogpostsperpage) | whole number | no | `10` |');
    expect(committedPage).toContain('| [`sites.*.url`](#sitesurl) | URL | yes |  |');
    expect(committedPage).toContain('Optional, whole number, 0 or more, default `15`.');
    const examples = [...committedPage.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => JSON.parse(match[1]!) as unknown);
    expect(examples.length).toBeGreaterThan(15);
    expect(examples).toContainEqual({ sites: { blog: { postsPerPage: 5 } } });
  });
});
