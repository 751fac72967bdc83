/**
 * One walk of the tree shared by the preset's rules. Each upstream remark-lint rule walks the whole
 * tree with `unist-util-visit-parents`, which allocates a closure and an ancestor array per node;
 * with thirty rules that walk is most of the style pass. The rules of this package instead read a
 * list of the nodes of the types they care about, built once per lint run.
 */
import type { Nodes, Parents } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/** A node as a rule sees it, in document (preorder) order. */
export interface Visit {
  node: Nodes;
  parent: Visit | undefined;
  /**
   * Whether the node or one of its ancestors is phrasing content. Upstream rules that return
   * `SKIP` on phrasing never see such a node; rules that visit by type see it.
   */
  inPhrasing: boolean;
}

export interface TreeIndex {
  /** Every node, preorder, like `visitParents(tree, visitor)`. */
  all: Visit[];
  byType: Map<string, Visit[]>;
}

const noVisits: readonly Visit[] = [];

/**
 * The node types `mdast-util-phrasing` calls phrasing (upstream rules skip them with it). A set
 * lookup instead of its `unist-util-is` test, which is most of the cost of a walk;
 * `test/tree-index.test.ts` checks that both agree.
 */
export const phrasingTypes: ReadonlySet<string> = new Set([
  'break',
  'delete',
  'emphasis',
  'footnote',
  'footnoteReference',
  'image',
  'imageReference',
  'inlineCode',
  'inlineMath',
  'link',
  'linkReference',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'strong',
  'text',
  'textDirective',
]);

// Keyed by file: a lint run has its own VFile, so a tree changed between runs is walked again.
const cache = new WeakMap<VFile, { tree: Node; index: TreeIndex }>();

export function indexTree(tree: Node, file: VFile): TreeIndex {
  const cached = cache.get(file);
  if (cached && cached.tree === tree) return cached.index;
  const index: TreeIndex = { all: [], byType: new Map() };
  walk(tree as Nodes, undefined, false, index);
  cache.set(file, { tree, index });
  return index;
}

function walk(node: Nodes, parent: Visit | undefined, parentInPhrasing: boolean, index: TreeIndex): void {
  const visit: Visit = { node, parent, inPhrasing: parentInPhrasing || phrasingTypes.has(node.type) };
  index.all.push(visit);
  const sameType = index.byType.get(node.type);
  if (sameType) sameType.push(visit);
  else index.byType.set(node.type, [visit]);
  if ('children' in node && node.children) {
    for (const child of node.children) walk(child as Nodes, visit, visit.inPhrasing, index);
  }
}

/** The visits of one node type, preorder. */
export function visitsOf(tree: Node, file: VFile, type: string): readonly Visit[] {
  return indexTree(tree, file).byType.get(type) ?? noVisits;
}

/** The visits of one node type that a rule skipping phrasing content would reach. */
export function flowVisitsOf(tree: Node, file: VFile, type: string): Visit[] {
  return visitsOf(tree, file, type).filter((visit) => !visit.inPhrasing);
}

/** The node and its ancestors, root first: what `visitParents` passes as `[...parents, node]`. */
export function trail(visit: Visit): Nodes[] {
  const nodes: Nodes[] = [];
  for (let current: Visit | undefined = visit; current; current = current.parent) nodes.push(current.node);
  return nodes.reverse();
}

/** The ancestors only, root first: `visitParents`'s `parents`. */
export function parentsOf(visit: Visit): Parents[] {
  return (visit.parent ? trail(visit.parent) : []) as Parents[];
}

/** `pluralize(word, count)` for the regular nouns rule messages use (`space`, `marker`). */
export function plural(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}

/**
 * A value made on first use and then kept. Rules build the `cause` of their messages with it
 * (where a `'consistent'` style was first seen): most files never break their own style, and a
 * `VFileMessage` per file and rule that nobody reads costs more than the rule itself.
 */
export function once<T>(create: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: create() }).value;
}
