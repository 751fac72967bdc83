import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configJsonSchemaFile, lightConfigJsonSchema, loadSiteConfig, siteConfigJsonSchema } from '@pressroom/site-config';

/** The part of a JSON Schema (as zod writes it) this page reads. */
interface JsonSchema {
  type?: string;
  description?: string;
  examples?: unknown[];
  default?: unknown;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  minLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
}

/** One key of the file: its dotted path, where a `*` stands for every site. */
interface Key {
  path: string[];
  schema: JsonSchema;
  required: boolean;
}

function typeOf(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((value) => `\`${JSON.stringify(value)}\``).join(', ');
  if (schema.anyOf) return [...new Set(schema.anyOf.map(typeOf))].join(' or ');
  switch (schema.type) {
    case 'string':
      return schema.format === 'uri' ? 'URL' : 'text';
    case 'integer':
      return 'whole number';
    case 'boolean':
      return '`true` or `false`';
    case 'array':
      return schema.items ? `list of ${typeOf(schema.items)}` : 'list';
    case 'object':
      return schema.properties ? 'object' : 'mapping';
    default:
      return schema.type ?? 'anything';
  }
}

/** What else a value must be, in words. */
function constraints(schema: JsonSchema): string[] {
  const said: string[] = [];
  if (schema.minLength === 1) said.push('not empty');
  if (schema.exclusiveMinimum === 0) said.push('at least 1');
  if (schema.minimum === 0) said.push('0 or more');
  if (schema.format === 'uri' && schema.pattern === '^https?:\\/\\/') said.push('`https://` or `http://`');
  return said;
}

/**
 * Every key of the schema in file order. Objects whose children are all objects (`sites`) list
 * a key the children share with the same schema once, as `sites.*.key`.
 */
function keysOf(schema: JsonSchema, path: string[] = []): Key[] {
  const properties = schema.properties ?? {};
  const keys: Key[] = [];
  const children = Object.entries(properties);
  const isGroup = children.length > 1 && children.every(([, child]) => child.type === 'object' && child.properties);
  if (isGroup) {
    const [, first] = children[0]!;
    const shared = Object.keys(first.properties!).filter((name) =>
      children.every(([, child]) => JSON.stringify(child.properties![name]) === JSON.stringify(first.properties![name])),
    );
    for (const [name, child] of children) keys.push({ path: [...path, name], schema: child, required: schema.required?.includes(name) ?? false });
    for (const name of shared) {
      keys.push(...expand({ path: [...path, '*', name], schema: first.properties![name]!, required: first.required?.includes(name) ?? false }));
    }
    for (const [name, child] of children) {
      for (const [childKey, grandchild] of Object.entries(child.properties!)) {
        if (shared.includes(childKey)) continue;
        keys.push(...expand({ path: [...path, name, childKey], schema: grandchild, required: child.required?.includes(childKey) ?? false }));
      }
    }
    return keys;
  }
  for (const [name, child] of children) {
    keys.push(...expand({ path: [...path, name], schema: child, required: schema.required?.includes(name) ?? false }));
  }
  return keys;
}

function expand(key: Key): Key[] {
  return key.schema.properties ? [key, ...keysOf(key.schema, key.path)] : [key];
}

const dotted = (key: Key) => key.path.join('.');
const anchor = (key: Key) => dotted(key).toLowerCase().replace(/[^a-z0-9-]/g, '');

/** A JSON snippet that sets the key to its first example, inside its parents. */
function example(key: Key, sites: string[]): string | undefined {
  if (!key.schema.examples || key.schema.examples.length === 0) return undefined;
  // A key every site shares is shown on the last one: its examples are worded for it.
  const path = key.path.map((segment) => (segment === '*' ? sites.at(-1)! : segment));
  let value: unknown = key.schema.examples[0];
  for (const segment of [...path].reverse()) value = { [segment]: value };
  return JSON.stringify(value, null, 2);
}

function section(key: Key, sites: string[]): string[] {
  const description = key.schema.description;
  if (!description) throw new Error(`\`${dotted(key)}\` has no description in @pressroom/site-config's schema`);
  const facts = [key.required ? 'Required' : 'Optional', typeOf(key.schema), ...constraints(key.schema)];
  if (key.schema.default !== undefined) facts.push(`default \`${JSON.stringify(key.schema.default)}\``);
  const lines = ['', `### \`${dotted(key)}\``, '', description, '', `${facts.join(', ')}.`];
  const values = key.schema.additionalProperties;
  if (typeof values === 'object' && values.description) lines.push('', `Each value: ${values.description.replace(/^A /, 'a ')}`);
  if (key.path.includes('*')) lines.push('', `Every site has it: ${sites.map((site) => `\`${key.path.join('.').replace('*', site)}\``).join(', ')}.`);
  const snippet = example(key, sites);
  if (snippet) lines.push('', '```json', snippet, '```');
  return lines;
}

/** The page `content/docs/reference/configuration.md`, from the zod schema of `@pressroom/site-config`. */
export function renderConfigReference(): string {
  const { rootDir, config } = loadSiteConfig();
  const schema = siteConfigJsonSchema() as JsonSchema;
  const sites = Object.keys(schema.properties?.sites?.properties ?? {});
  const keys = keysOf(schema);
  const topLevel = keys.filter((key) => key.path.length === 1);
  const ownFile = readFileSync(join(rootDir, 'pressroom.config.json'), 'utf8').trimEnd();

  const lines = [
    '---',
    'title: Configuration reference',
    'description: Every key of pressroom.config.json, with its type, default and an example, and the JSON Schema editors check it with.',
    'sidebar:',
    '  order: 2',
    '---',
    '',
    '<!-- Generated from the zod schema of @pressroom/site-config by apps/docs/scripts/generate-config-reference.ts. Edit the schema, then run `pnpm --filter @pressroom/docs generate`. -->',
    '',
    '`pressroom.config.json`, at the root of the repository, says where each site is published and',
    'where its content lives, who writes posts that name no author, and how the checks behave. Both',
    'sites, `pressroom check` and `pnpm new` read it and stop with the key and the reason when it is',
    'wrong: a misspelt key is an error, not a setting quietly ignored.',
    '',
    `This page is generated from the zod schema of \`@pressroom/site-config\`, and so is the JSON Schema`,
    `the package ships as \`@pressroom/site-config/${configJsonSchemaFile}\`. Point \`$schema\` at it and`,
    'VS Code (or any editor with a JSON language server) completes the keys, shows these descriptions',
    'on hover and underlines mistakes as you type. The rule ids `checks.rules` takes, and their',
    'options, are in the [rule reference](/reference/rules/).',
    '',
    '## Keys',
    '',
    '| Key | Type | Required | Default |',
    '| --- | --- | --- | --- |',
    ...keys.map(
      (key) =>
        `| [\`${dotted(key)}\`](#${anchor(key)}) | ${typeOf(key.schema).replaceAll('|', '\\|')} | ${key.required ? 'yes' : 'no'} | ${key.schema.default === undefined ? '' : `\`${JSON.stringify(key.schema.default)}\``} |`,
    ),
    '',
    `This repository's own file, for the blog at <${config.sites.blog.url}/> and the docs at <${config.sites.docs.url}/>:`,
    '',
    '```json',
    ownFile,
    '```',
  ];
  for (const top of topLevel) {
    lines.push('', `## \`${dotted(top)}\``);
    for (const key of keys.filter((candidate) => candidate.path[0] === top.path[0])) {
      const rendered = section(key, sites);
      // The section heading is the top-level key itself.
      lines.push(...(key === top ? rendered.slice(2) : rendered));
    }
  }
  lines.push(...lightFormSection());
  lines.push('');
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}`;
}

/** The light form `pressroom init` writes in a repository that only checks its content. */
function lightFormSection(): string[] {
  const schema = lightConfigJsonSchema() as JsonSchema;
  // Its `checks` is the section above, key for key.
  const keys = keysOf(schema).filter((key) => key.path[0] !== 'checks' && key.path[0] !== '$schema');
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  return [
    '',
    '## The light form',
    '',
    'A repository that only checks its content, and builds no Pressroom site, has no author,',
    'repository or URLs to give. `pressroom init` writes this form there: the file has none of',
    '`author` and `repository`, and takes these keys beside `$schema` and the [`checks`](#checks)',
    'section above. `@pressroom/check` ships the JSON Schema of both forms as',
    '`@pressroom/check/pressroom.config.schema.json`',
    '(`./node_modules/@pressroom/check/dist/pressroom.config.schema.json` for `$schema`).',
    '',
    '| Key | Type | Required | Default | What it is |',
    '| --- | --- | --- | --- | --- |',
    ...keys.map((key) => {
      const description = key.schema.description;
      if (!description) throw new Error(`\`${dotted(key)}\` has no description in the light form's schema`);
      return `| \`${dotted(key)}\` | ${cell(typeOf(key.schema))} | ${key.required ? 'yes' : 'no'} | ${key.schema.default === undefined ? '' : `\`${JSON.stringify(key.schema.default)}\``} | ${cell(description)} |`;
    }),
  ];
}
