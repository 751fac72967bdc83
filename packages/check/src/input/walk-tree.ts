import type { Nodes, Parents } from 'mdast';

/**
 * Calls `enter` for `tree` and every node below it in document order (the order of
 * `unist-util-visit`); `enter` returning `false` skips the node's children.
 *
 * Why not `unist-util-visit`: it builds a closure and an ancestor list per node, and the per-file
 * rules walk every tree several times, and on the benchmark corpus that allocation and the garbage
 * collection after it were a visible share of a run's CPU time (`docs/benchmarks/check-design.md`). None of the
 * walks here need ancestors, tests or `EXIT`.
 */
export function walkTree(tree: Nodes, enter: (node: Nodes, parent: Parents | undefined) => boolean | void): void {
  const visitNode = (node: Nodes, parent: Parents | undefined): void => {
    if (enter(node, parent) === false) return;
    const children = (node as Partial<Parents>).children;
    if (!children) return;
    for (let index = 0; index < children.length; index++) visitNode(children[index] as Nodes, node as Parents);
  };
  visitNode(tree, undefined);
}
