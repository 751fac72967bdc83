/**
 * What MDX code a trusted run accepts: the components a docs page is written with, and values
 * passed to them. Everything else (and everything in an untrusted run) stays a finding.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { resolveAlias } from '@pressroom/site-config';
import type { RuleContext } from '../../rule.js';

/** Starlight's components (`Tabs`, `Aside`, `Card`, …), the package's one public entry for them. */
const starlightComponents = /^@astrojs\/starlight\/components(?:\/[\w.-]+)?$/;

/** The sites' own component folders, as the repository lays them out (`apps/<site>/`). */
const componentFolders = ['apps/docs/src/components/', 'apps/blog/src/components/'];

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

/** The program micromark-extension-mdxjs attaches to an ESM or expression node. */
function programOf(node: { data?: unknown }): { body: EstreeNode[] } | undefined {
  const estree = (node.data as { estree?: { body?: EstreeNode[] } } | undefined)?.estree;
  return estree?.body ? { body: estree.body } : undefined;
}

/** Whether an import source names Starlight's components or a file in a site's component folder. */
export function isTrustedImportSource(source: string, filePath: string, context: Pick<RuleContext, 'rootDir' | 'site'>): boolean {
  if (starlightComponents.test(source)) return true;
  const aliased = resolveAlias(context.site.config, context.rootDir, source);
  const target = aliased ? aliased.path : source.startsWith('.') ? resolve(dirname(resolve(context.rootDir, filePath)), source) : undefined;
  if (target === undefined) return false;
  const inRepository = relative(context.rootDir, target).replaceAll('\\', '/');
  if (inRepository.startsWith('../') || isAbsolute(inRepository)) return false;
  return componentFolders.some((folder) => inRepository.startsWith(folder));
}

/**
 * Whether an ESM block is only imports of trusted components: `import { Tabs } from
 * '@astrojs/starlight/components'`. An `export`, a side-effect import or any other statement is not.
 */
export function isTrustedEsm(node: { data?: unknown }, filePath: string, context: Pick<RuleContext, 'rootDir' | 'site'>): boolean {
  const program = programOf(node);
  if (!program || program.body.length === 0) return false;
  return program.body.every((statement) => {
    if (statement.type !== 'ImportDeclaration') return false;
    const specifiers = statement.specifiers as EstreeNode[];
    const source = (statement.source as { value?: unknown }).value;
    return specifiers.length > 0 && typeof source === 'string' && isTrustedImportSource(source, filePath, context);
  });
}

/**
 * Whether an expression is a value written out, which runs nothing: a literal, a template without
 * `${}`, and arrays and objects of them. Names, calls, member access, spreads and JSX are code.
 */
export function isStaticValue(expression: EstreeNode): boolean {
  switch (expression.type) {
    case 'Literal':
      return !('regex' in expression && expression.regex);
    case 'TemplateLiteral':
      return (expression.expressions as unknown[]).length === 0;
    case 'UnaryExpression':
      return (expression.operator === '-' || expression.operator === '+') && (expression.argument as EstreeNode).type === 'Literal';
    case 'ArrayExpression':
      return (expression.elements as (EstreeNode | null)[]).every((element) => element !== null && isStaticValue(element));
    case 'ObjectExpression':
      return (expression.properties as EstreeNode[]).every(
        (property) =>
          property.type === 'Property' &&
          property.kind === 'init' &&
          !property.method &&
          !property.shorthand &&
          !property.computed &&
          isStaticValue(property.value as EstreeNode),
      );
    default:
      return false;
  }
}

/** Whether a `{…}` attribute value only passes a written-out value to the component. */
export function isPropValue(value: { data?: unknown }): boolean {
  const program = programOf(value);
  if (!program || program.body.length !== 1) return false;
  const [statement] = program.body;
  return statement?.type === 'ExpressionStatement' && isStaticValue(statement.expression as EstreeNode);
}
