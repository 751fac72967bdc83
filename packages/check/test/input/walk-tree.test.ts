import { readFileSync } from 'node:fs';
import type { Nodes } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseMarkdownTree } from '../../src/input/markdown-parser.js';
import { walkTree } from '../../src/input/walk-tree.js';

const seed = readFileSync(new URL('../../../../fixtures/seed/what-why-when-where-kafka.md', import.meta.url), 'utf8');
const mdx = [
  '---', 'title: x', '---', '', '# Heading *with* `code`', '', '<Note kind="tip">', '  A **note** {1 + 1}', '</Note>', '',
  '> quote with [link](./a.md) and ![image](./b.png)', '', '- [ ] task', '  1. nested', '', '| a | b |', '| - | - |', '| c | d |', '',
].join('\n');

function visitOrder(tree: Nodes, skipped: ReadonlySet<string>): string[] {
  const order: string[] = [];
  visit(tree, (node, index, parent) => {
    order.push(`${node.type}@${node.position?.start.offset ?? '-'}<${parent?.type ?? 'none'}:${index ?? '-'}`);
    return skipped.has(node.type) ? SKIP : undefined;
  });
  return order;
}

function walkOrder(tree: Nodes, skipped: ReadonlySet<string>): string[] {
  const order: string[] = [];
  walkTree(tree, (node, parent) => {
    const index = parent ? parent.children.indexOf(node as never) : undefined;
    order.push(`${node.type}@${node.position?.start.offset ?? '-'}<${parent?.type ?? 'none'}:${index ?? '-'}`);
    return skipped.has(node.type) ? false : undefined;
  });
  return order;
}

describe('walkTree', () => {
  const trees: [string, Nodes][] = [
    ['the seed post', parseMarkdownTree(seed, 'md')],
    ['an MDX page with JSX, expressions, a table and a task list', parseMarkdownTree(mdx, 'mdx')],
  ];

  it.each(trees)('meets every node of %s in the order and with the parent unist-util-visit gives', (_name, tree) => {
    const order = walkOrder(tree, new Set());
    expect(order.length).toBeGreaterThan(20);
    expect(order).toEqual(visitOrder(tree, new Set()));
  });

  it.each(trees)('skips the children of a node when told to, in %s, as SKIP does', (_name, tree) => {
    const skipped = new Set(['paragraph', 'heading', 'mdxJsxFlowElement']);
    const order = walkOrder(tree, skipped);
    expect(order.some((entry) => entry.startsWith('text@') && entry.includes('<paragraph:'))).toBe(false);
    expect(order).toEqual(visitOrder(tree, skipped));
  });
});
