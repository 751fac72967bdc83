interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function makePreFocusable(node: HastNode): void {
  if (node.type === 'element' && node.tagName === 'pre') {
    node.properties = { ...node.properties, tabIndex: 0 };
    return;
  }
  node.children?.forEach(makePreFocusable);
}

/**
 * An Expressive Code plugin: a code block wider than the page scrolls sideways, and a keyboard user
 * can only scroll it once it can take focus (WCAG 2.1.1, axe `scrollable-region-focusable`).
 */
export function focusableCodeBlocks() {
  return {
    name: 'pressroom-focusable-code-blocks',
    hooks: {
      postprocessRenderedBlock({ renderData }: { renderData: { blockAst: HastNode } }) {
        makePreFocusable(renderData.blockAst);
      },
    },
  };
}
