import type { Paragraph, Parents, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import type {} from 'remark-parse';
import { unified, type Data, type Plugin } from 'unified';

// The extension types as `remark-parse` declares the processor data that holds them.
type MicromarkExtension = NonNullable<Data['micromarkExtensions']>[number];
type MdastExtension = Exclude<NonNullable<Data['fromMarkdownExtensions']>[number], readonly unknown[]>;

// `any` matches Astro's own `RemarkPlugins` entries, which this list is passed as.
type RemarkPluginEntry = [Plugin<any[], Root>, any];

/** The aside kinds Starlight renders from a `:::note` … `:::` container directive. */
export const asideVariants = ['note', 'tip', 'caution', 'danger'] as const;
export type AsideVariant = (typeof asideVariants)[number];

/**
 * The remark plugins that change how docs Markdown *parses*: Starlight adds `remark-directive`
 * to the docs' processor for its asides (`:::tip[Label]`). The docs app passes this list
 * (`pressroomMarkdown({ starlight: true })`) and the checks build their parser from it
 * (`syntaxExtensions`), so a syntax added here reaches both and they cannot read a page apart.
 * The plugin is the module Starlight itself adds: unified keeps one entry per plugin.
 */
export const starlightSyntax: readonly RemarkPluginEntry[] = [[remarkDirective, undefined]];

export interface SyntaxExtensions {
  micromarkExtensions: MicromarkExtension[];
  fromMarkdownExtensions: MdastExtension[];
}

/**
 * The micromark and mdast extensions a list of remark plugins registers, as `remark-parse` would
 * read them: for a parser that builds trees without a unified processor (the checks).
 */
export function syntaxExtensions(plugins: readonly RemarkPluginEntry[]): SyntaxExtensions {
  const processor = unified();
  for (const [plugin, options] of plugins) processor.use(plugin, options);
  processor.freeze();
  const data = processor.data();
  return {
    micromarkExtensions: [...(data.micromarkExtensions ?? [])],
    fromMarkdownExtensions: (data.fromMarkdownExtensions ?? []).flat() as MdastExtension[],
  };
}

/** Whether a node is an aside as Starlight renders it: a container directive named after a variant. */
export function isAside(node: { type: string; name?: string }): node is ContainerDirective & { name: AsideVariant } {
  return node.type === 'containerDirective' && (asideVariants as readonly string[]).includes(node.name ?? '');
}

/**
 * Puts back the text of the directives Starlight does not handle, as its `remarkDirectivesRestoration`
 * does: a `:name` in a sentence (`ratio 16:9`, `see:this`) and a `::name` line are the text that was
 * written, not a directive. Here the text is the source itself, at the node's position, so
 * what a checker reports in it is located exactly. Container directives stay: their content renders.
 */
export function restoreTextDirectives(tree: Root, source: string): void {
  const visit = (parent: Parents): void => {
    const children = parent.children as RootContent[];
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!;
      if (node.type === 'textDirective' || node.type === 'leafDirective') {
        const start = node.position?.start;
        const end = node.position?.end;
        if (!start || !end || start.offset === undefined || end.offset === undefined) continue;
        const text: Text = { type: 'text', value: source.slice(start.offset, end.offset), position: { start: { ...start }, end: { ...end } } };
        const replacement: Text | Paragraph =
          node.type === 'textDirective' ? text : { type: 'paragraph', children: [text], position: { start: { ...start }, end: { ...end } } };
        children[index] = replacement as RootContent;
        continue;
      }
      if ('children' in node) visit(node as Parents);
    }
  };
  visit(tree);
}
