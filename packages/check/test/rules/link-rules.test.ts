import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { loadConfig } from '../../src/run/config.js';
import { check } from '../../src/run/check.js';
import { linkRules } from '../../src/rules/index.js';

const rootDir = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));

test('the link rules over both fixture sites: each broken link at its own position, with a suggestion', async () => {
  const config = loadConfig(rootDir);
  const result = await check({ config, cwd: rootDir, rules: linkRules, style: false });
  const findings = result.files
    .flatMap((entry) => entry.diagnostics)
    .map((d) => `${d.file}:${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId} ${d.message}${d.suggestions ? ` [${d.suggestions.join(', ')}]` : ''}`);
  expect(findings).toEqual([
    'content/docs/guides/links.md:17:3-17:43 link-missing-file Unexpected link to missing `./writting.md`, expected an existing page or file [./writing.md]',
    'content/docs/guides/links.md:18:3-18:40 link-missing-anchor Unexpected link to missing anchor `#link` in `content/docs/guides/writing.md`, expected a heading or element id on that page [#links]',
    'content/docs/guides/links.md:19:3-19:38 link-unpublished-target Unexpected link to the draft `content/blog/draft-post.md`, expected a published page',
    'content/docs/guides/links.md:20:3-20:69 link-unserved-form Unexpected link with a missing trailing slash, expected `https://blog.example.test/posts/streams-intro/` [https://blog.example.test/posts/streams-intro/]',
    'content/docs/guides/links.md:21:3-21:43 link-missing-file Unexpected link to missing `/handbook/guide/writing/`, expected an existing page or file [/handbook/guides/writing/]',
    'content/docs/guides/links.md:22:3-22:20 link-vague-text Unexpected vague link text `click here`, expected text that says where the link goes',
    // The position of a raw HTML link is its attribute, not the paragraph or the tag.
    'content/docs/guides/links.md:23:6-23:61 link-missing-anchor Unexpected link to missing anchor `#start-with-frontmatter` in `content/docs/guides/writing.md`, expected a heading or element id on that page [#start-with-the-frontmatter]',
    // A link written as a reference is reported at its definition, where the URL is.
    'content/docs/guides/links.md:25:1-25:58 link-unserved-form Unexpected link with the `.html` form, expected `https://blog.example.test/posts/streams-intro/` [https://blog.example.test/posts/streams-intro/]',
    // Hero actions in a docs page's frontmatter are links too, positioned on their value (and text).
    'content/docs/index.md:10:13-10:22 link-vague-text Unexpected vague link text `Read more`, expected text that says where the link goes',
    'content/docs/index.md:11:13-11:39 link-missing-file Unexpected link to missing `/handbook/guides/writting/`, expected an existing page or file [/handbook/guides/writing/]',
  ]);
});

test('a file depends on the files its links land on, and on the files its broken file links name', async () => {
  const { linkMissingFileRule } = await import('../../src/rules/link/link-missing-file.js');
  const config = loadConfig(rootDir);
  const result = await check({ config, cwd: rootDir, rules: [linkMissingFileRule], style: false, only: new Set(['content/docs/guides/writting.md']) });
  // `writting.md` does not exist: the file whose link names it is selected through `references`, as a
  // change adding it would fix that link. It is reported for that link alone, not for its broken
  // link to `/handbook/guide/writing/` on line 21, which no change to `writting.md` touches.
  expect(result.files.map((entry) => entry.file.relativePath)).toEqual(['content/docs/guides/links.md']);
  expect(result.files.flatMap((entry) => entry.diagnostics).map((d) => `${d.file}:${d.line}`)).toEqual(['content/docs/guides/links.md:17']);
});
