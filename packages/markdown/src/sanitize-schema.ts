import { defaultSchema, type Schema } from 'hast-util-sanitize';

type Attributes = NonNullable<Schema['attributes']>;
type AttributeList = Attributes[string];

/**
 * The default attributes of an element plus `extra`. Allowed values of one property are merged
 * into one entry: the sanitizer reads only the first entry for a property.
 */
function withAttributes(tagName: string, ...extra: NonNullable<AttributeList>): NonNullable<AttributeList> {
  const entries = [...(defaultSchema.attributes?.[tagName] ?? []), ...extra];
  const merged = new Map<string, NonNullable<AttributeList>[number]>();
  for (const entry of entries) {
    const name = typeof entry === 'string' ? entry : entry[0];
    const previous = merged.get(name);
    if (previous === undefined || typeof previous === 'string' || typeof entry === 'string') {
      merged.set(name, previous === undefined || typeof entry === 'string' ? entry : previous);
    } else {
      merged.set(name, [name, ...previous.slice(1), ...entry.slice(1)] as NonNullable<AttributeList>[number]);
    }
  }
  return [...merged.values()];
}

const headingIds = Object.fromEntries(
  ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tagName) => [tagName, withAttributes(tagName, 'id')]),
);

/**
 * A `rehype-sanitize` schema for untrusted Markdown that keeps what Pressroom's plugins emit:
 * heading ids and self-links, the table of contents, external-link markers and code titles.
 * Run it after the plugins.
 *
 * GitHub's default schema prefixes every `id` with `user-content-` against DOM clobbering, which
 * would break every `#heading` link. Here ids stay as they are but only on headings and on the
 * footnote items and references (which remark-rehype already prefixes), not on arbitrary
 * elements; `name` and the ARIA references are still prefixed.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: (defaultSchema.clobber ?? []).filter((property) => property !== 'id'),
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((attribute) => attribute !== 'id'),
    ...headingIds,
    a: withAttributes('a', 'id', ['className', 'heading-link'], ['rel', 'noopener', 'noreferrer'], 'dataPagefindIgnore'),
    li: withAttributes('li', 'id'),
    sup: withAttributes('sup', 'id'),
    div: withAttributes('div', ['className', 'heading-wrapper', /^level-h[1-6]$/]),
    span: withAttributes('span', ['className', 'sr-only', 'external-link-marker'], ['ariaHidden', 'true']),
    details: withAttributes('details', ['className', 'toc']),
    figure: withAttributes('figure', ['className', 'code-figure']),
    figcaption: withAttributes('figcaption', ['className', 'code-title']),
  },
};
