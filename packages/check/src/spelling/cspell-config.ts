/**
 * The cspell configuration is read as code, before cspell-lib sees it: cspell fetches an `import`
 * or a dictionary `path` that is a URL, and passes over an import it cannot find or parse in
 * silence. A pull request can change this file, so a URL is refused (nothing is fetched), and an
 * import that is missing, unreadable, outside the repository or not valid YAML or JSON is an error
 * at its line, as is a config file that does not parse. An imported `package.json` is vetted as
 * cspell reads it: its `cspell` key. Under the untrusted-content policy nothing may make cspell
 * run the repository's code: an import of a script, which cspell runs to read its settings, or of
 * a file the vetting cannot read first (TOML), and `usePnP` or `pnpFiles`, are errors too.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { CheckConfigError } from '../run/config-error.js';
import { shippedPackageFile } from './languages.js';

/** A scheme such as `https:` or `file:`; one letter and a colon is a Windows drive, not a URL. */
const urlPattern = /^[a-z][a-z\d+.-]+:/i;

/** Files cspell reads as configuration: anything else (a `.js` config) is imported, not parsed. */
const parsedConfig = /\.(?:ya?ml|json|jsonc)$/i;

/** Files cspell runs as code to read their settings (cspell-config-lib's `loaderJavaScript`). */
const scriptConfig = /\.(?:[cm]?js|[cm]?ts)$/i;

/** Files whose `cspell` key cspell reads as the configuration (cspell-config-lib's `serializers/packageJson`). */
const packageJson = /\bpackage\.json$/i;

/** Imports followed from one config, at most: a chain of imports is short. */
const maxConfigFiles = 64;

export interface VetPolicy {
  /**
   * The untrusted-content policy (`checks.untrusted`, or `PRESSROOM_UNTRUSTED=1`): the
   * configuration may not make cspell run code of the repository.
   */
  untrusted?: boolean;
}

interface Place {
  file: string;
  line: number;
  column: number;
}

/**
 * Throws a `CheckConfigError` for the first import or dictionary path that cspell would fetch,
 * or for an import that cspell would skip in silence. `configPath` is the root cspell config.
 *
 * An import resolves as cspell resolves it (a path from the importing file's folder, else a
 * package installed from there); one that does not resolve inside the repository (no
 * node_modules there) but names a file of a dictionary package this package ships
 * (`languages.ts`) resolves to this package's copy, and is returned: cspell-lib, bundled into this
 * package, finds the same copy from where its code is (`readCspellSettings`).
 *
 * Under `policy.untrusted`, an import cspell would run as code (a script, or a package whose file
 * is one), one the vetting cannot read first, and `usePnP` or `pnpFiles` (cspell runs `.pnp.cjs`)
 * are errors too.
 */
export function vetCspellConfig(configPath: string, rootDir: string, policy: VetPolicy = {}): string[] {
  const realRoot = realpathOr(rootDir);
  const seen = new Set<string>();
  const pending = [configPath];
  const shipped: string[] = [];
  while (pending.length > 0 && seen.size < maxConfigFiles) {
    const file = pending.shift()!;
    const real = realpathOr(file);
    if (seen.has(real)) continue;
    seen.add(real);
    for (const next of vetOne(file, rootDir, realRoot, shipped, policy)) pending.push(next);
  }
  return shipped;
}

/** The imports of one config file, vetted; returns the files to vet next, and adds to `shipped` those only this package has. */
function vetOne(file: string, rootDir: string, realRoot: string, shipped: string[], policy: VetPolicy): string[] {
  const shown = relative(rootDir, file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CheckConfigError(`${shown}: Unexpected unreadable cspell configuration (${(error as NodeJS.ErrnoException).code ?? 'error'}), expected a file it can read`);
  }
  const lineCounter = new LineCounter();
  // JSON configs may hold comments, as cspell allows; YAML reads the rest of JSON as it is.
  const document = parseDocument(/\.jsonc?$/i.test(file) ? withoutJsonComments(text) : text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const placeOf = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: shown, line, column: col };
  };
  const problem = document.errors[0];
  if (problem) {
    const place = placeOf(problem.pos[0]);
    const language = /\.jsonc?$/i.test(file) ? 'JSON' : 'YAML';
    throw new CheckConfigError(`${at(place)}: Unexpected ${language}: ${problem.message.split('\n')[0]!.replace(/\.$/, '')}, expected a valid cspell configuration`);
  }
  if (!isMap(document.contents)) {
    if (document.contents === null) return [];
    throw new CheckConfigError(`${at(placeOf(document.contents.range?.[0] ?? 0))}: Unexpected cspell configuration that is not a mapping, expected keys such as \`words\` and \`import\``);
  }
  let settings: unknown = document.contents;
  if (packageJson.test(file)) {
    settings = document.contents.get('cspell', true);
    // As cspell reads it: a missing or empty `cspell` is no settings.
    if (settings === undefined || settings === null || (isScalar(settings) && !settings.value)) return [];
    if (!isMap(settings)) {
      throw new CheckConfigError(`${at(placeOf((settings as YamlNode).range?.[0] ?? 0))}: Unexpected \`cspell\` that is not an object, expected the cspell configuration, with keys such as \`words\` and \`import\``);
    }
  }
  if (policy.untrusted) refusePnp(settings, placeOf);
  const next: string[] = [];
  for (const { value, offset } of strings(settings, ['import'])) {
    const place = placeOf(offset);
    if (urlPattern.test(value)) {
      throw new CheckConfigError(
        `${at(place)}: Unexpected import of a URL (${value}), expected a file in the repository: a check never fetches its configuration; copy the file into the repository and import its path`,
      );
    }
    const target = resolveImport(value, file);
    if (!target || !isInside(realRoot, realpathOr(target))) {
      // This package's own dependency, not the repository's: trusted as the check's code is.
      const own = shippedPackageFile(value);
      if (own) {
        if (!shipped.includes(own)) shipped.push(own);
        continue;
      }
    }
    if (!target) throw new CheckConfigError(`${at(place)}: Unexpected import of ${value}, which does not exist, expected a cspell configuration file`);
    if (!isInside(realRoot, realpathOr(target))) {
      throw new CheckConfigError(`${at(place)}: Unexpected import of ${value}, outside the repository, expected a cspell configuration file in the repository`);
    }
    try {
      if (!statSync(target).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      readFileSync(target);
    } catch (error) {
      throw new CheckConfigError(`${at(place)}: Unexpected import of ${value}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}), expected a cspell configuration file`);
    }
    if (policy.untrusted) refuseUnread(value, target, place);
    if (parsedConfig.test(target)) next.push(target);
  }
  for (const { value, offset } of strings(settings, ['dictionaryDefinitions', '*', 'path'])) {
    if (urlPattern.test(value)) {
      throw new CheckConfigError(
        `${at(placeOf(offset))}: Unexpected dictionary path that is a URL (${value}), expected a file in the repository: a check never fetches its configuration`,
      );
    }
  }
  return next;
}

/**
 * Under the untrusted-content policy, an import the vetting does not read as data first: cspell
 * runs a script to read it, and follows a TOML file's imports unvetted. The file's name picks
 * cspell's loader, and its real path is what Node runs, so both are judged.
 */
function refuseUnread(value: string, target: string, place: Place): void {
  if (scriptConfig.test(target) || scriptConfig.test(realpathOr(target))) {
    throw new CheckConfigError(
      `${at(place)}: Unexpected import of ${value}, a script cspell would run as code, expected a YAML or JSON cspell configuration: under the untrusted-content policy the check runs no code of the repository; write these settings in a YAML or JSON file, or run the check without the policy (\`checks.untrusted\`, \`PRESSROOM_UNTRUSTED\`) on changes you trust`,
    );
  }
  if (!parsedConfig.test(target)) {
    throw new CheckConfigError(
      `${at(place)}: Unexpected import of ${value}, which the check cannot read before cspell does, expected a YAML or JSON cspell configuration: under the untrusted-content policy every import, and every import of it, is read first; write these settings in a YAML or JSON file`,
    );
  }
}

/**
 * `usePnP` makes cspell run the nearest `.pnp.cjs`, or the files `pnpFiles` names (also without
 * `usePnP` when Node runs under Yarn Plug'n'Play): code of the repository.
 */
function refusePnp(settings: unknown, placeOf: (offset: number) => Place): void {
  if (!isMap(settings)) return;
  for (const { key, value } of settings.items) {
    if (!isScalar(key) || (key.value !== 'usePnP' && key.value !== 'pnpFiles')) continue;
    if (key.value === 'usePnP' && isScalar(value) && (value.value === false || value.value === null)) continue;
    throw new CheckConfigError(
      `${at(placeOf(key.range?.[0] ?? 0))}: Unexpected \`${key.value}\`, expected no Plug'n'Play setup: cspell would run the repository's \`.pnp.cjs\`, or the files \`pnpFiles\` names, as code, and under the untrusted-content policy the check runs no code of the repository; remove \`${key.value}\`, or run the check without the policy (\`checks.untrusted\`, \`PRESSROOM_UNTRUSTED\`) on changes you trust`,
    );
  }
}

function at(place: Place): string {
  return `${place.file}:${place.line}:${place.column}`;
}

/** The string scalars at `path` from `start` (`*`: every item of a sequence), a single string or a list of them. */
function strings(start: unknown, path: readonly string[]): { value: string; offset: number }[] {
  let nodes: unknown[] = [start];
  for (const key of path) {
    const found: unknown[] = [];
    for (const node of nodes) {
      if (key === '*') {
        if (isSeq(node)) found.push(...node.items);
      } else if (isMap(node)) {
        found.push(node.get(key, true));
      }
    }
    nodes = found;
  }
  const values: { value: string; offset: number }[] = [];
  const take = (node: unknown) => {
    if (isScalar(node) && typeof node.value === 'string') values.push({ value: node.value, offset: (node as YamlNode).range?.[0] ?? 0 });
  };
  for (const node of nodes) {
    if (isSeq(node)) node.items.forEach(take);
    else take(node);
  }
  return values;
}

/**
 * Where cspell finds an import (cspell-lib's `resolveFile.ts`): a relative or absolute path as it
 * is; another name as a package installed from the importing file's folder first, then as a path.
 */
function resolveImport(specifier: string, from: string): string | undefined {
  const asPath = isAbsolute(specifier) ? specifier : resolve(dirname(from), specifier);
  if (!/^\.\.?[/\\]/.test(specifier) && !isAbsolute(specifier)) {
    try {
      return createRequire(from).resolve(specifier);
    } catch {
      // Not a package: a path, as cspell tries next.
    }
  }
  return exists(asPath) ? asPath : undefined;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** `//` and `/* … *\/` comments blanked out, strings kept, offsets unchanged. */
function withoutJsonComments(text: string): string {
  return text.replace(/("(?:[^"\\\n]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (match, string: string | undefined) => string ?? match.replace(/[^\n]/g, ' '));
}
