import { phrasing } from 'mdast-util-phrasing';
import { expect, test } from 'vitest';
import { phrasingTypes } from '../src/tree-index.js';

// Every mdast node type, from mdast, GFM, frontmatter, math, MDX and directives.
const nodeTypes = [
  'root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'html', 'code', 'definition',
  'text', 'emphasis', 'strong', 'inlineCode', 'break', 'link', 'image', 'linkReference', 'imageReference',
  'delete', 'footnote', 'footnoteDefinition', 'footnoteReference', 'table', 'tableRow', 'tableCell', 'yaml', 'toml',
  'math', 'inlineMath', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm',
  'containerDirective', 'leafDirective', 'textDirective', 'comment',
];

test('the phrasing types of the shared walk are the ones mdast-util-phrasing tests for', () => {
  for (const type of nodeTypes) expect(phrasingTypes.has(type), type).toBe(phrasing({ type }));
  for (const type of phrasingTypes) expect(phrasing({ type }), type).toBe(true);
});
