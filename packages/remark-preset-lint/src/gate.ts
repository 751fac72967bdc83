/**
 * Runs an upstream plugin only on trees where it could report something. The condition must be
 * necessary for any message (for example "the tree has a table" for a rule that only looks at
 * tables), so skipping the plugin elsewhere cannot change its output; on other trees the upstream
 * plugin runs unchanged.
 */
import type { Root } from 'mdast';
import type { Plugin, Processor, TransformCallback, Transformer } from 'unified';
import type { VFile } from 'vfile';

export type Relevance = (tree: Root, file: VFile) => boolean;

/** The options pass through to the upstream plugin untouched. */
export type GatedPlugin = Plugin<[options?: unknown], Root>;

export function onlyWhen<Options extends unknown[]>(upstream: Plugin<Options, Root>, relevant: Relevance): GatedPlugin {
  function gated(this: Processor, ...options: unknown[]) {
    const transform = (upstream as unknown as (this: Processor, ...options: unknown[]) => Transformer<Root> | undefined).call(this, ...options);
    if (!transform) return undefined;
    // Three parameters, as unified-lint-rule's transformer: trough then passes `next`.
    return (tree: Root, file: VFile, next: TransformCallback<Root>) => {
      if (!relevant(tree, file)) {
        next();
        return;
      }
      return (transform as (tree: Root, file: VFile, next: TransformCallback<Root>) => unknown)(tree, file, next);
    };
  }
  // The rule id lives in the plugin's name (`remark-lint:<id>`); tools read it from there.
  Object.defineProperty(gated, 'name', { value: upstream.name });
  return gated as unknown as GatedPlugin;
}
