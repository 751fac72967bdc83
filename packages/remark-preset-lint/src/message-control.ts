/**
 * What `remark-lint` itself adds to a processor: `<!-- lint disable … -->` comments, applied
 * after every rule has run. Upstream (`remark-message-control`) walks the whole tree twice on every
 * file: once for comments that could be markers, once for the "gaps" (source not covered by any
 * node, where no message is kept). A tree with a node that could hold a marker (an HTML node, an
 * MDX expression or comment) goes to upstream unchanged. Without one, no rule can be switched off,
 * so all that upstream would do is drop the messages that fall in a gap: this does the same from
 * the shared walk, and nothing at all when there is no lint message.
 */
import type { Root } from 'mdast';
import remarkMessageControl from 'remark-message-control';
import type { Processor, Transformer } from 'unified';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { indexTree, visitsOf } from './tree-index.js';

// Where markers can live: HTML comments, MDX 1 comments, MDX expression comments.
const markerTypes = ['comment', 'html', 'mdxFlowExpression', 'mdxTextExpression'];
const source = 'remark-lint';

export interface Options {
  /**
   * Apply the `<!-- lint … -->` comments (default `true`). `false` leaves them to a tool that
   * applies them itself (`pressroom check` applies them to all of its rules); messages in gaps are
   * still dropped.
   */
  comments?: boolean;
}

function lintMessageControl(options: Options = {}): Transformer<Root> {
  const control = remarkMessageControl({ name: 'lint', source }) as unknown as (tree: Root, file: VFile) => void;
  const comments = options.comments !== false;
  // Two parameters: a synchronous transformer, like upstream's.
  return (tree, file) => {
    if (comments && markerTypes.some((type) => visitsOf(tree, file, type).length > 0)) {
      control(tree, file);
      return;
    }
    if (!file.messages.some((message) => message.source === source)) return;
    const gaps = gapsOf(tree, file);
    const toOffset = location(file).toOffset;
    file.messages = file.messages.filter((message) => {
      if (message.source !== source) return true;
      // Upstream places a message without a place at the start of the file.
      if (!message.line) message.line = 1;
      if (!message.column) message.column = 1;
      const offset = toOffset(message);
      return offset === undefined || !gaps.some(([start, end]) => start <= offset && end > offset);
    });
  };
}

/**
 * Ranges of the source no node covers, as upstream finds them: a node without a position opens a
 * gap that the next positioned node closes, and the text after the last node start or leaf end
 * is one when the root ends later.
 */
function gapsOf(tree: Root, file: VFile): Array<[number, number]> {
  const gaps: Array<[number, number]> = [];
  let offset = 0;
  let open = false;
  const reach = (latest: number | undefined) => {
    if (latest === undefined || latest === null) {
      open = true;
    } else if (offset < latest) {
      if (open) {
        gaps.push([offset, latest]);
        open = false;
      }
      offset = latest;
    }
  };
  for (const { node } of indexTree(tree, file).all) {
    reach(node.position?.start?.offset);
    if (!('children' in node)) reach(node.position?.end?.offset);
  }
  const end = tree.position?.end?.offset;
  if (typeof end === 'number' && offset !== end) {
    reach(undefined);
    reach(end);
  }
  return gaps;
}

/** Add as the first lint plugin: message control then runs last, after every rule, as upstream. */
export default function remarkLintMessageControl(this: Processor, options?: Options): undefined {
  this.use(lintMessageControl, options);
}
