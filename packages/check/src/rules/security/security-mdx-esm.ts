/**
 * Finds `import` and `export` statements in `.mdx` files.
 *
 * ## Why
 *
 * In MDX, `import` and `export` are JavaScript that runs at build time, with the build's access to
 * the machine and its secrets. A content pull request must not run code in CI.
 *
 * A docs page written with components imports them, and those are code the repository reviews:
 * in a trusted run an `import` of Starlight's components (`@astrojs/starlight/components`) or of
 * a file in a site's own component folder (`apps/docs/src/components/`, `apps/blog/src/components/`,
 * by a relative path or a configured alias) is not reported. Any other import, and every `export`,
 * is. Under the untrusted-content policy (`checks.untrusted: true`, or `PRESSROOM_UNTRUSTED=1`
 * for pull requests from forks) every `import` and `export` is reported, as an error.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "docs/ok.mdx"}
 *
 *   ---
 *   title: A page
 *   ---
 *
 *   import { Tabs, TabItem } from '@astrojs/starlight/components';
 *
 *   Plain text, and an import in prose: import it later.
 *
 * @example
 *   {"name": "docs/not-ok.mdx", "label": "input"}
 *
 *   ---
 *   title: A page
 *   ---
 *
 *   import Chart from '../components/Chart.astro';
 *
 *   export const answer = 42;
 *
 * @example
 *   {"name": "docs/not-ok.mdx", "label": "output"}
 *
 *   5:1-5:47: Unexpected `import` statement in MDX content, expected no code in content
 *   7:1-7:26: Unexpected `export` statement in MDX content, expected no code in content
 */
import type { Root } from 'mdast';
import { defineRule } from '../../rule.js';
import { walkTree } from '../../input/walk-tree.js';
import { isTrustedEsm } from './trusted-mdx.js';

export const securityMdxEsmRule = defineRule({
  meta: {
    id: 'security-mdx-esm',
    family: 'security',
    defaultSeverity: 'warning',
    description: '`import` and `export` statements in `.mdx` files, which run code at build time.',
  },
  check(file, report, context) {
    if (file.format !== 'mdx') return;
    walkTree(file.tree as Root, (node) => {
      if (node.type !== 'mdxjsEsm' || !node.position) return;
      if (!context.untrusted && isTrustedEsm(node, file.path, context)) return;
      const value = (node as { value: string }).value.trimStart();
      const keyword = value.startsWith('export') ? 'export' : 'import';
      report({ message: `Unexpected \`${keyword}\` statement in MDX content, expected no code in content`, place: node.position });
    });
  },
});
