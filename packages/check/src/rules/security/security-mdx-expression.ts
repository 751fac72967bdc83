/**
 * Finds JavaScript expressions in `.mdx` files: `{…}` in text or on its own line, and `{…}`
 * attribute values and spread attributes of JSX elements.
 *
 * ## Why
 *
 * MDX evaluates every expression when the site is built, on the machine that builds it: `{fetch(…)}`
 * reaches the network from CI, `{process.env.SECRET}` publishes a secret. Content needs no code.
 * An expression that holds only a block comment (a `cspell:ignore` list, say) runs nothing and
 * is allowed.
 *
 * Components take props: in a trusted run an attribute whose `{…}` is a value written out (a
 * string, number, boolean, template without `${}`, or an array or object of those, as in
 * `<Tabs syncKey={'pkg'}>` or `<Steps items={['a', 'b']}>`) is not reported. Names, calls,
 * member access (`{process.env.X}`), spreads and expressions in text are. Under the
 * untrusted-content policy (`checks.untrusted: true`, or `PRESSROOM_UNTRUSTED=1` for pull
 * requests from forks) every expression is reported, as an error.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "docs/ok.mdx"}
 *
 *   Plain text, and `{code}` in code.
 *
 *   <Aside type="tip" title={'Hello'}>A prop written out.</Aside>
 *
 * @example
 *   {"name": "docs/not-ok.mdx", "label": "input"}
 *
 *   Text {process.env.HOME} here.
 *
 *   <Chart data={fetch('https://example.com/')} />
 *
 * @example
 *   {"name": "docs/not-ok.mdx", "label": "output"}
 *
 *   1:6-1:24: Unexpected MDX expression, expected no code in content
 *   3:8-3:44: Unexpected MDX expression, expected no code in content
 */
import type { Root } from 'mdast';
import { defineRule, type Point } from '../../rule.js';
import { walkTree } from '../../input/walk-tree.js';
import { isPropValue } from './trusted-mdx.js';

/** Comments only: nothing to evaluate. JS block comments do not nest, so a lazy match is exact. */
function onlyComments(code: string): boolean {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}

interface Attribute {
  type: string;
  value?: string | null | { type: string; value: string; data?: unknown };
  position?: { start: Point; end: Point };
}

export const securityMdxExpressionRule = defineRule({
  meta: {
    id: 'security-mdx-expression',
    family: 'security',
    defaultSeverity: 'warning',
    description: 'JavaScript expressions in `.mdx` files, which run at build time.',
  },
  check(file, report, context) {
    if (file.format !== 'mdx') return;
    const message = 'Unexpected MDX expression, expected no code in content';
    walkTree(file.tree as Root, (node) => {
      if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && node.position) {
        if (!onlyComments((node as { value: string }).value)) report({ message, place: node.position });
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      for (const attribute of (node as unknown as { attributes: Attribute[] }).attributes) {
        const code =
          attribute.type === 'mdxJsxExpressionAttribute'
            ? (attribute.value as string)
            : typeof attribute.value === 'object' && attribute.value?.type === 'mdxJsxAttributeValueExpression'
              ? attribute.value.value
              : undefined;
        if (code === undefined || onlyComments(code)) continue;
        if (!context.untrusted && attribute.type === 'mdxJsxAttribute' && isPropValue(attribute.value as { data?: unknown })) continue;
        report({ message, place: attribute.position ?? node.position ?? { line: 1, column: 1 } });
      }
    });
  },
});
