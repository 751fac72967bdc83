import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CSpellUserSettings, DictionaryDefinition } from 'cspell-lib';

/**
 * cspell reads a word-list or text-trie dictionary by parsing it into a trie, which costs most of
 * the second it takes to load the English dictionaries. Its binary trie form (`btrie`, read in
 * place of `path` when a definition names one) is the parsed trie itself. Pressroom's build
 * compiles the dictionaries cspell enables for English Markdown into that form; a run uses a
 * compiled copy only when it was compiled from the very bytes the definition names, so an updated
 * or edited dictionary is read from its source until it is compiled again.
 */

/** Where the build puts the compiled dictionaries: `dist/dictionaries`, beside the bundled code. */
export const shippedDictionariesDir = new URL('./dictionaries/', import.meta.url);

type FileDefinition = DictionaryDefinition & { path: string; btrie?: string };

const trieFileName = /\.b?trie\b/i;

/**
 * Whether cspell would read this definition as a plain word list or a text trie, the two forms the
 * compiler reproduces exactly. Legacy and words-per-line lists split lines their own way, and flag
 * or suggestion lists are not tries to look words up in; those are always read from their source.
 */
function compilable(definition: DictionaryDefinition): definition is FileDefinition {
  const { path, btrie, kind, type } = definition as { path?: unknown; btrie?: unknown; kind?: unknown; type?: unknown };
  if (typeof path !== 'string' || path === '' || btrie !== undefined || kind !== undefined) return false;
  return trieFileName.test(path) || type === undefined || type === 'S';
}

/** How cspell parses a plain word list for this definition (`createSpellingDictionary`). */
function parseOptions(definition: FileDefinition): { stripCaseAndAccents: boolean } {
  return { stripCaseAndAccents: (definition as { supportNonStrictSearches?: boolean }).supportNonStrictSearches ?? true };
}

/** Writes a compiled file so that a run reading the directory meanwhile sees the whole file or none. */
export function writeWhole(file: string, content: string | Uint8Array): void {
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, content);
  renameSync(partial, file);
}

const installedVersions = new Map<string, string>();

/** Set by the build (tsup's `define`): the versions bundled into `dist/`, where the packages are not installed. */
declare const __PRESSROOM_BUNDLED_VERSIONS__: Record<string, string> | undefined;

/** The installed version of a cspell package, which names what was compiled with it. */
export function installedVersion(name: 'cspell-lib' | 'cspell-trie-lib'): string {
  let version = installedVersions.get(name) ?? (typeof __PRESSROOM_BUNDLED_VERSIONS__ === 'undefined' ? undefined : __PRESSROOM_BUNDLED_VERSIONS__[name]);
  if (version === undefined) {
    // Both packages export only their entry, `dist/index.js`; the manifest sits one folder above.
    const manifest = new URL('../package.json', import.meta.resolve(name));
    version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    installedVersions.set(name, version);
  }
  return version;
}

/** Names the compiled copy of `bytes` read with `options`: a changed input gets a new name. */
function compiledName(bytes: Uint8Array, options: { stripCaseAndAccents: boolean }): string {
  return `${createHash('sha256').update(`cspell-trie-lib@${installedVersion('cspell-trie-lib')}\0${JSON.stringify(options)}\0`).update(bytes).digest('hex')}.btrie`;
}

/** Where the compiled copy of `definition`'s current contents belongs in `dir`, with what it is compiled from. */
function compiledCopy(definition: DictionaryDefinition, dir: URL | string) {
  if (!compilable(definition)) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(definition.path);
  } catch {
    // cspell reports a dictionary it cannot read; leave that to it.
    return undefined;
  }
  const options = parseOptions(definition);
  const file = join(dir instanceof URL ? fileURLToPath(dir) : dir, compiledName(bytes, options));
  return { definition, bytes, options, file };
}

/**
 * The settings with each file dictionary pointed at its compiled copy in `dir`, where one exists
 * for the dictionary's current contents. Everything else is left as it was.
 */
export function withCompiledDictionaries(settings: CSpellUserSettings, dir: URL | string): CSpellUserSettings {
  if (!existsSync(dir)) return settings;
  const dictionaryDefinitions = settings.dictionaryDefinitions?.map((definition) => {
    const file = compiledFileOf(definition, dir);
    return file ? { ...definition, btrie: file } : definition;
  });
  return { ...settings, dictionaryDefinitions };
}

/**
 * The compiled copy of each definition found so far, by its file's identity: a file is read and
 * hashed once per process while it stays the same, however many settings name it (every language
 * and every file with settings of its own names the same few dozen dictionaries).
 */
const compiledFiles = new Map<string, string | undefined>();

function compiledFileOf(definition: DictionaryDefinition, dir: URL | string): string | undefined {
  if (!compilable(definition)) return undefined;
  let identity: string;
  try {
    const stats = statSync(definition.path);
    identity = `${String(dir)}\0${definition.path}\0${stats.size}\0${stats.mtimeMs}\0${JSON.stringify(parseOptions(definition))}`;
  } catch {
    return undefined;
  }
  if (compiledFiles.has(identity)) return compiledFiles.get(identity);
  const copy = compiledCopy(definition, dir);
  const file = copy && existsSync(copy.file) ? copy.file : undefined;
  compiledFiles.set(identity, file);
  return file;
}

/**
 * Compiles every file dictionary that `settings` enables into `dir` (made if missing), skipping
 * those already there. Returns the names of the dictionaries compiled or found.
 */
export async function compileDictionaries(settings: CSpellUserSettings, dir: URL | string): Promise<string[]> {
  const { convertToBTrie } = await import('cspell-trie-lib');
  mkdirSync(dir, { recursive: true });
  const enabled = new Set(settings.dictionaries ?? []);
  const done: string[] = [];
  for (const definition of settings.dictionaryDefinitions ?? []) {
    const copy = enabled.has(definition.name) ? compiledCopy(definition, dir) : undefined;
    if (!copy) continue;
    if (!existsSync(copy.file)) {
      const compiled = await convertToBTrie({ url: pathToFileURL(copy.definition.path), content: new Uint8Array(copy.bytes) }, copy.options);
      writeWhole(copy.file, compiled.content);
    }
    done.push(definition.name);
  }
  return done;
}
