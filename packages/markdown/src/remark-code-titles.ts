import type { Code, Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** `title="x.ts"`, `title='x.ts'` or `title=x.ts` in a code fence's meta string. */
const titleAttribute = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))/;

/** The file name given by `title=` in a code fence's meta string, if any. */
export function codeTitle(meta: string | null | undefined): string | undefined {
  const match = meta ? titleAttribute.exec(meta) : null;
  const title = match ? (match[1] ?? match[2] ?? match[3]) : undefined;
  return title?.trim() || undefined;
}

/**
 * Turns a fenced code block with `title="x.ts"` into a figure with the title as its caption.
 * It works on Markdown, before highlighting, so the `pre` keeps the shape Shiki expects.
 */
export const remarkCodeTitles: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'code', (node: Code, index, parent) => {
    const title = codeTitle(node.meta);
    if (title === undefined || index === undefined || !parent) return;
    // Nodes of an unknown type become elements through their `hName`, children converted as usual.
    const figure = {
      type: 'codeFigure',
      data: { hName: 'figure', hProperties: { className: ['code-figure'] } },
      children: [
        { type: 'codeTitle', data: { hName: 'figcaption', hProperties: { className: ['code-title'] } }, children: [{ type: 'text', value: title }] },
        node,
      ],
    };
    parent.children[index] = figure as unknown as Code;
    return [SKIP, index + 1];
  });
};
