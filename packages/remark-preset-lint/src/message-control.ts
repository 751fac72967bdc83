/**
 * What `remark-lint` itself adds to a processor: `<!-- lint disable … -->` comments, applied
 * after every rule has run. Upstream walks the tree twice on every file to find those comments
 * and the gaps between nodes; both only matter when there is a lint message to filter or a
 * comment that could be a marker (a bad marker fails the file even without messages). Without
 * either, this skips the walks; otherwise it runs `remark-message-control` exactly as
 * `remark-lint` configures it.
 */
import type { Root } from 'mdast';
import remarkMessageControl from 'remark-message-control';
import type { Processor, Transformer } from 'unified';
import type { VFile } from 'vfile';
import { visitsOf } from './tree-index.js';

// Where markers can live: HTML comments, MDX 1 comments, MDX expression comments.
const markerTypes = ['comment', 'html', 'mdxFlowExpression', 'mdxTextExpression'];
const source = 'remark-lint';

function lintMessageControl(): Transformer<Root> {
  const control = remarkMessageControl({ name: 'lint', source }) as unknown as Transformer<Root>;
  // Two parameters: a synchronous transformer, like upstream's.
  return (tree, file) => {
    const hasLintMessage = file.messages.some((message) => message.source === source);
    if (!hasLintMessage && !markerTypes.some((type) => visitsOf(tree, file, type).length > 0)) return;
    (control as (tree: Root, file: VFile) => void)(tree, file);
  };
}

/** Add as the first lint plugin: message control then runs last, after every rule, as upstream. */
export default function remarkLintMessageControl(this: Processor): undefined {
  this.use(lintMessageControl);
}
