import { blogPostSchema, docsPageExtension, docsPageSchema, fieldDoc } from '@pressroom/content-schema';
import { loadSiteConfig } from '@pressroom/site-config';

/** The part of a zod 4 schema this page reads; zod itself is the content schema's dependency. */
interface SchemaNode {
  _zod: {
    def: {
      type: string;
      format?: string;
      innerType?: SchemaNode;
      element?: SchemaNode;
      in?: SchemaNode;
      out?: SchemaNode;
      options?: SchemaNode[];
      values?: unknown[];
      entries?: Record<string, unknown>;
      defaultValue?: unknown;
    };
  };
}

interface FieldSummary {
  type: string;
  required: boolean;
  defaultValue: unknown;
}

const typeWords: Record<string, string> = {
  string: 'text',
  boolean: '`true` or `false`',
  date: 'date',
  number: 'number',
  object: 'mapping',
  record: 'mapping',
  any: 'anything',
  unknown: 'anything',
};

function describeType(node: SchemaNode): string {
  const def = node._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
    case 'prefault':
    case 'default':
      return describeType(def.innerType!);
    case 'nullable':
      return `${describeType(def.innerType!)}, may be empty`;
    case 'pipe':
      // A preprocessed field (dates) is described by what it ends up as, a transformed one by what it reads.
      return def.out!._zod.def.type === 'transform' ? describeType(def.in!) : describeType(def.out!);
    case 'array':
      return `list of ${describeType(def.element!)}`;
    case 'union':
      return [...new Set(def.options!.map(describeType))].join(' or ');
    case 'literal':
      return def.values!.map((value) => `\`${String(value)}\``).join(' or ');
    case 'enum':
      return Object.values(def.entries!).map((value) => `\`${String(value)}\``).join(', ');
    case 'string':
      return def.format === 'url' ? 'absolute URL' : 'text';
    default:
      return typeWords[def.type] ?? def.type;
  }
}

function summarize(node: SchemaNode): FieldSummary {
  let required = true;
  let defaultValue: unknown;
  for (let current: SchemaNode | undefined = node; current; current = current._zod.def.innerType) {
    const { type } = current._zod.def;
    if (type === 'optional' || type === 'nullable') required = false;
    if (type === 'default' || type === 'prefault') {
      required = false;
      defaultValue = current._zod.def.defaultValue;
    }
  }
  return { type: describeType(node), required, defaultValue };
}

function inlineYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineYaml).join(', ')}]`;
  return String(value);
}

function fieldTable(shape: Record<string, SchemaNode>): string[] {
  const rows = Object.entries(shape).map(([name, node]) => {
    const { type, required, defaultValue } = summarize(node);
    const defaultCell = defaultValue === undefined ? '' : `\`${inlineYaml(defaultValue)}\``;
    return `| [\`${name}\`](#${name.toLowerCase()}) | ${type} | ${required ? 'yes' : 'no'} | ${defaultCell} |`;
  });
  return ['| Field | Type | Required | Default |', '| --- | --- | --- | --- |', ...rows];
}

function fieldSections(shape: Record<string, SchemaNode>): string[] {
  return Object.entries(shape).flatMap(([name, node]) => {
    const doc = fieldDoc(node as never);
    if (!doc) throw new Error(`The field \`${name}\` has no description and example in @pressroom/content-schema`);
    const { type, required } = summarize(node);
    return ['', `### ${name}`, '', doc.description, '', `${required ? 'Required' : 'Optional'}, ${type}.`, '', '```yaml', doc.example, '```'];
  });
}

const starlightReference = 'https://starlight.astro.build/reference/frontmatter/';

/** The page `content/docs/reference/frontmatter.md`, from the schemas the sites and the checks validate with. */
export function renderFrontmatterReference(): string {
  const { config } = loadSiteConfig();
  const blogShape = blogPostSchema({ defaultAuthor: config.author }).shape as unknown as Record<string, SchemaNode>;
  const extensionShape = docsPageExtension.shape as unknown as Record<string, SchemaNode>;
  const docsShape = docsPageSchema().shape as unknown as Record<string, SchemaNode>;
  const starlightFields = Object.keys(docsShape).filter((name) => !(name in extensionShape));

  const lines = [
    '---',
    'title: Frontmatter reference',
    'description: Every frontmatter field of blog posts and docs pages, with its type, default and an example.',
    'sidebar:',
    '  order: 1',
    '---',
    '',
    '<!-- Generated from @pressroom/content-schema by apps/docs/scripts/generate-frontmatter-reference.ts. Edit the schema, then run `pnpm --filter @pressroom/docs generate`. -->',
    '',
    'The frontmatter of every file in `content/` is validated against the schemas of',
    '`@pressroom/content-schema`. The sites and the checks use the same schemas, and this page is',
    'generated from them, so a file the checks accept is a file the sites can build.',
    '',
    '## Blog posts',
    '',
    ...fieldTable(blogShape),
    '',
    'Dates are written `YYYY-MM-DD`, or as a full ISO 8601 time such as `2024-12-04T09:30:00Z`.',
    'The default author comes from `author` in `pressroom.config.json`.',
    ...fieldSections(blogShape),
    '',
    '## Docs pages',
    '',
    `Docs pages use [Starlight's frontmatter](${starlightReference}) and add the fields below.`,
    '',
    '| Field | Type | Required | Description | Example |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(extensionShape).map(([name, node]) => {
      const doc = fieldDoc(node as never);
      if (!doc) throw new Error(`The field \`${name}\` has no description and example in @pressroom/content-schema`);
      const { type, required } = summarize(node);
      return `| \`${name}\` | ${type} | ${required ? 'yes' : 'no'} | ${doc.description} | \`${doc.example}\` |`;
    }),
    '',
    '### Starlight fields',
    '',
    'These work as Starlight documents them:',
    '',
    '| Field | Type | Required |',
    '| --- | --- | --- |',
    ...starlightFields.map((name) => {
      const { type, required } = summarize(docsShape[name]!);
      return `| [\`${name}\`](${starlightReference}#${name.toLowerCase()}) | ${type} | ${required ? 'yes' : 'no'} |`;
    }),
    '',
  ];
  return lines.join('\n');
}
