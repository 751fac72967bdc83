import { describe, expect, it } from 'vitest';
import { check } from '../../src/run/check.js';
import { frontmatterDescriptionUnrelatedRule } from '../../src/rules/frontmatter/frontmatter-description-unrelated.js';
import { frontmatterTagVariantRule } from '../../src/rules/frontmatter/frontmatter-tag-variant.js';
import { repoConfig } from '../helpers/config.js';

// Traits of blogs moved in from AstroPaper: tags written in two letter cases across posts, and a
// draft whose description is still placeholder text.
const post = (tags: string, extra = '') => `---
title: Moving a blog
description: How the posts of an older blog keep their addresses.
pubDatetime: 2025-03-01
tags: ${tags}
${extra}---

The posts of an older blog keep their addresses when they move.
`;

const sources = [
  { relativePath: 'content/blog/one.md', bytes: post('[Astro, Getting Started]') },
  { relativePath: 'content/blog/two.md', bytes: post('[astro, getting-started]') },
  {
    relativePath: 'content/blog/draft.md',
    bytes: `---
title: Notes for later
description: Quisque sodales vehicula tortor, pharetra tempus laoreet.
pubDatetime: 2025-03-02
draft: true
---

Some notes on caching.
`,
  },
];

async function run(rules: Record<string, unknown> = {}) {
  const config = repoConfig();
  const result = await check({
    config: { ...config, checks: { ...config.checks, rules: { ...config.checks.rules, ...rules } as typeof config.checks.rules } },
    sources,
    rules: [frontmatterTagVariantRule, frontmatterDescriptionUnrelatedRule],
    style: false,
  });
  return result.files.flatMap((file) => file.diagnostics.map((d) => `${file.file.relativePath}:${d.line}:${d.column} ${d.ruleId} ${d.message}`));
}

describe('frontmatter rules on a blog moved in from elsewhere', () => {
  it('report a tag spelt with other spacing or hyphens, not one in another letter case', async () => {
    expect(await run()).toEqual([
      'content/blog/two.md:5:15 frontmatter-tag-variant Unexpected tag `getting-started`, expected `Getting Started` as used in `content/blog/one.md`',
    ]);
  });

  it('report letter case too when caseSensitive is set', async () => {
    const found = await run({ 'frontmatter-tag-variant': ['warning', { caseSensitive: true }] });
    expect(found).toContain('content/blog/two.md:5:8 frontmatter-tag-variant Unexpected tag `astro`, expected `Astro` as used in `content/blog/one.md`');
    expect(found).toHaveLength(2);
  });

  it('leave the placeholder description of a draft alone, and judge it once the draft flag goes', async () => {
    expect((await run()).some((finding) => finding.includes('description-unrelated'))).toBe(false);
    const published = sources[2]!.bytes.replace('draft: true\n', '');
    const config = repoConfig();
    const result = await check({ config, sources: [{ relativePath: 'content/blog/draft.md', bytes: published }], rules: [frontmatterDescriptionUnrelatedRule], style: false });
    expect(result.files[0]!.diagnostics.map((d) => `${d.line} ${d.ruleId}`)).toEqual(['3 frontmatter-description-unrelated']);
  });
});
