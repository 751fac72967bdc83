import { readFileSync } from 'node:fs';
import type { Nodes, Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { isAside, pressroomMarkdown, restoreTextDirectives, starlightSyntax, syntaxExtensions } from '../src/index.js';

const fixture = (name: string): string => readFileSync(new URL(`fixtures/starlight-syntax/${name}`, import.meta.url), 'utf8');

/** Parsed as the checks parse: from the extensions the shared list registers. */
function parseWithSharedSyntax(text: string): Root {
  const { micromarkExtensions, fromMarkdownExtensions } = syntaxExtensions(starlightSyntax);
  return fromMarkdown(text, { extensions: micromarkExtensions, mdastExtensions: fromMarkdownExtensions });
}

function nodesOf(tree: Nodes, type: string): Nodes[] {
  const found: Nodes[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === type) found.push(node);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return found;
}

describe('starlightSyntax', () => {
  test('is what the docs processor parses with, first among the remark plugins', () => {
    const { remarkPlugins } = pressroomMarkdown({ siteUrls: [], starlight: true });
    expect(remarkPlugins[0]?.[0]).toBe(remarkDirective);
    expect(pressroomMarkdown({ siteUrls: [] }).remarkPlugins.map(([plugin]) => plugin)).not.toContain(remarkDirective);
  });

  test('gives the tree remark-parse with the same plugins gives', () => {
    const text = fixture('labelled-aside.md');
    const reference = unified().use(remarkParse).use(remarkDirective).parse(text);
    expect(parseWithSharedSyntax(text)).toStrictEqual(reference);
  });

  test('reads a labelled aside as an aside whose label is its title, not a reference', () => {
    const tree = parseWithSharedSyntax(fixture('labelled-aside.md'));
    const [aside] = tree.children as ContainerDirective[];
    expect(aside && isAside(aside)).toBe(true);
    expect(aside?.name).toBe('tip');
    const label = aside?.children[0] as Paragraph;
    expect(label.data).toEqual({ directiveLabel: true });
    expect(label.children).toMatchObject([{ type: 'text', value: 'Worth knowing' }]);
    expect(nodesOf(tree, 'linkReference')).toEqual([]);
  });

  test('nests asides with longer fences', () => {
    const tree = parseWithSharedSyntax(fixture('nested-asides.md'));
    const asides = nodesOf(tree, 'containerDirective') as ContainerDirective[];
    expect(asides.map((aside) => aside.name)).toEqual(['note', 'danger']);
    expect(asides.every(isAside)).toBe(true);
  });

  test('does not take another container directive for an aside', () => {
    const [node] = parseWithSharedSyntax(fixture('other-container.md')).children;
    expect(node?.type).toBe('containerDirective');
    expect(isAside(node as ContainerDirective)).toBe(false);
  });
});

describe('restoreTextDirectives', () => {
  test('puts back what was written for text and leaf directives, at their positions', () => {
    const text = fixture('text-directives.md');
    const tree = parseWithSharedSyntax(text);
    expect(nodesOf(tree, 'textDirective').length).toBeGreaterThan(0);
    expect(nodesOf(tree, 'leafDirective')).toHaveLength(1);
    restoreTextDirectives(tree, text);
    expect(nodesOf(tree, 'textDirective')).toEqual([]);
    expect(nodesOf(tree, 'leafDirective')).toEqual([]);
    const paragraph = tree.children[0] as Paragraph;
    const written = paragraph.children.map((child) => ('value' in child ? child.value : '')).join('');
    expect(written).toBe(text.split('\n')[0]);
    for (const child of nodesOf(tree, 'text')) {
      const { start, end } = child.position!;
      expect(text.slice(start.offset, end.offset)).toBe((child as { value: string }).value);
    }
    expect(tree.children[1]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: '::lonely' }] });
  });
});
