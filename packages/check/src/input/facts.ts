import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { AnchorCollector } from './anchors.js';
import { collectDirectives, noDirectives } from './directives.js';
import { htmlFacts } from './html.js';
import type { ContentFile, FileFacts, FileRecord, LinkOccurrence, Position, ReferenceOccurrence } from '../rule.js';
import { walkTree } from './walk-tree.js';

function positionOf(node: Nodes): Position | undefined {
  const { start, end } = node.position ?? {};
  if (!start || !end) return undefined;
  return { start: { ...start }, end: { ...end } };
}

/** JSON's view of the frontmatter: what survives the cache and a worker thread alike. */
function plainData(data: unknown): Record<string, unknown> | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  try {
    return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  } catch {
    // A value JSON cannot hold (a cyclic alias): the frontmatter rules report the file anyway.
    return undefined;
  }
}

/**
 * The image fields a site's build imports: a blog post's `ogImage`, a docs page's hero image
 * (`hero.image.file`, or its `dark` and `light` pair). Positioned on their value.
 */
function frontmatterImages(file: ContentFile, data: Record<string, unknown>): LinkOccurrence[] {
  const frontmatter = file.frontmatter!;
  const paths: (readonly (string | number)[])[] =
    file.site === 'blog' ? [['ogImage']] : [['hero', 'image', 'file'], ['hero', 'image', 'dark'], ['hero', 'image', 'light']];
  const images: LinkOccurrence[] = [];
  for (const path of paths) {
    let value: unknown = data;
    for (const key of path) value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined;
    if (typeof value !== 'string' || value.trim() === '') continue;
    images.push({ url: value.trim(), kind: 'image', position: frontmatter.positionOf(path, 'value'), navigates: false, imported: 'frontmatter' });
  }
  return images;
}

/**
 * Links written in the frontmatter that the sites render: the action buttons of a docs page's
 * hero (`hero.actions[].link`), positioned on their value, and the image fields.
 */
function frontmatterLinks(file: ContentFile, data: Record<string, unknown> | undefined): LinkOccurrence[] {
  if (!file.site || !data || !file.frontmatter) return [];
  const links = frontmatterImages(file, data);
  const actions = (data as { hero?: { actions?: unknown } }).hero?.actions;
  if (file.site !== 'docs' || !Array.isArray(actions)) return links;
  const frontmatter = file.frontmatter;
  actions.forEach((action: unknown, index) => {
    if (!action || typeof action !== 'object') return;
    const { link, text } = action as { link?: unknown; text?: unknown };
    if (typeof link !== 'string') return;
    links.push({
      url: link,
      kind: 'link',
      position: frontmatter.positionOf(['hero', 'actions', index, 'link'], 'value'),
      ...(typeof text === 'string' ? { text, textPosition: frontmatter.positionOf(['hero', 'actions', index, 'text'], 'value') } : {}),
      navigates: true,
    });
  });
  return links;
}

function frontmatterFacts(file: ContentFile): FileFacts['frontmatter'] {
  const data = plainData(file.frontmatter?.data);
  if (!data || !file.frontmatter) return undefined;
  const fields: NonNullable<FileFacts['frontmatter']>['fields'] = {};
  if (typeof data.title === 'string') fields.title = file.frontmatter.positionOf(['title'], 'value');
  if (Array.isArray(data.tags)) fields.tags = data.tags.map((_, index) => file.frontmatter!.positionOf(['tags', index]));
  return { data, fields };
}

const urlAttributes = new Set(['href', 'src']);

/**
 * Everything the run-wide rules read of a file, in one walk of its tree: links (Markdown, raw
 * HTML, MDX), references, headings and other ids, and the frontmatter fields they point at.
 */
export function collectFacts(file: ContentFile): FileFacts {
  const frontmatter = frontmatterFacts(file);
  const tree = file.tree as Root;
  const links: LinkOccurrence[] = frontmatterLinks(file, frontmatter?.data);
  const anchors = new AnchorCollector();
  // Whether a definition is a link or an image source, and whether a reference is a link at all,
  // is known only once the whole tree was seen.
  const definitions: { node: Extract<Nodes, { type: 'definition' }>; position: Position; at: number }[] = [];
  const referenceCandidates: { identifier: string; text: string; position: Position }[] = [];
  const definedIds = new Set<string>();
  const linkedIds = new Set<string>();
  const imageIds = new Set<string>();

  walkTree(tree, (node) => {
    let htmlIds: string[] = [];
    if (node.type === 'html' && node.position) {
      const found = htmlFacts(node.value, { ...node.position.start });
      // One HTML block may hold thousands of links: a spread into `push` would overflow the stack.
      for (const link of found.links) links.push(link);
      htmlIds = found.ids;
    }
    anchors.add(node, () => htmlIds);
    switch (node.type) {
      case 'linkReference':
        linkedIds.add(node.identifier);
        break;
      case 'imageReference':
        imageIds.add(node.identifier);
        return;
      case 'definition':
        definedIds.add(node.identifier);
        break;
      default:
        break;
    }
    const position = positionOf(node);
    if (!position) return;
    switch (node.type) {
      case 'link':
        links.push({ url: node.url, kind: 'link', position, text: toString(node), navigates: true });
        break;
      case 'image':
        links.push({ url: node.url, kind: 'image', position, navigates: false, imported: 'markdown' });
        break;
      case 'definition':
        // The first definition of an identifier wins, as in the sites; later ones are still links.
        definitions.push({ node, position, at: links.length });
        links.push(undefined as unknown as LinkOccurrence);
        break;
      case 'linkReference':
        referenceCandidates.push({ identifier: node.identifier, text: toString(node), position });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const attribute of node.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || !urlAttributes.has(attribute.name) || typeof attribute.value !== 'string') continue;
          links.push({ url: attribute.value.trim(), kind: 'html', position, navigates: attribute.name === 'href' });
        }
        break;
      default:
        break;
    }
  });

  for (const { node, position, at } of definitions) {
    // A definition only images use is an image source: assets next to the content are fine there.
    const onlyImages = imageIds.has(node.identifier) && !linkedIds.has(node.identifier);
    links[at] = {
      url: node.url,
      kind: onlyImages ? 'image' : 'definition',
      position,
      navigates: !onlyImages,
      // An image that names the definition makes the build import its URL, links or not.
      ...(imageIds.has(node.identifier) ? { imported: 'markdown' as const } : {}),
    };
  }
  // Without a definition a reference is plain text on the page, not a link.
  const references: ReferenceOccurrence[] = referenceCandidates
    .filter((candidate) => definedIds.has(candidate.identifier))
    .map(({ text, position }) => ({ text, position }));

  const { ids, headings } = anchors.result();
  return { frontmatter, anchors: { ids: [...ids], headings }, links, references, directives: collectDirectives(file) };
}

/** The record of a parsed file: its identity and facts, without the tree. */
export function toRecord(file: ContentFile): FileRecord {
  return {
    path: file.path,
    relativePath: file.relativePath,
    site: file.site,
    id: file.id,
    format: file.format,
    hash: file.hash,
    readable: file.readable,
    facts: file.readable ? collectFacts(file) : emptyFacts(),
  };
}

export function emptyFacts(): FileFacts {
  return { frontmatter: undefined, anchors: { ids: [], headings: [] }, links: [], references: [], directives: noDirectives() };
}
