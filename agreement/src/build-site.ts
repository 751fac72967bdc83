/**
 * Builds one site over a content tree and keeps building until it succeeds: each time the build
 * stops, the content files it stopped on are named, recorded as rejected and deleted, and the
 * build runs again. Astro stops at the first broken image or entry, so this is how every case of
 * a fixture is observed; one process keeps Astro and Vite loaded across the runs.
 *
 * Run it with Node from the app's folder, `PRESSROOM_CONFIG` naming a copy of the fixture (its
 * files are deleted), and the site and the output folder as arguments. It prints one JSON line:
 * `{ rejected: [{ files, reason }], builds, seconds }`, or `{ unattributed: reason }` when a
 * build stopped without naming a content file.
 */
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadSiteConfig, type SiteName } from '@pressroom/site-config';

interface Rejection {
  /** Repository paths (relative to the fixture's root). */
  files: string[];
  reason: string;
}

const appDir = process.cwd();
const [site, outDir] = process.argv.slice(2) as [SiteName, string | undefined];
if ((site !== 'blog' && site !== 'docs') || !outDir) throw new Error('usage: node build-site.ts blog|docs <outDir>');
const { rootDir, config } = loadSiteConfig();
const contentDir = join(rootDir, config.sites[site].contentDir);

// The app's own Astro, so its config and ours share one copy of every module.
const astroEntry = createRequire(join(appDir, 'package.json')).resolve('astro');
const { build } = (await import(pathToFileURL(astroEntry).href)) as { build(options: Record<string, unknown>): Promise<void> };

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A path named by an error, as a content file of the fixture (absolute), when it is one. */
function asContentFile(path: string): string | undefined {
  const clean = path.split('?')[0]!.replace(/^file:\/\//, '');
  const absolute = isAbsolute(clean) ? clean : resolve(appDir, clean);
  const fromContent = relative(contentDir, absolute);
  return fromContent.startsWith('..') || isAbsolute(fromContent) ? undefined : absolute;
}

/**
 * Which content files a failed build names: the importer the observer below attached, the file
 * of the error's location, or a content file's path written in its message.
 */
function namedFiles(error: unknown, files: readonly string[]): string[] {
  const found = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || seen.has(value) || depth > 4) return;
    seen.add(value);
    const record = value as { importers?: string[]; loc?: { file?: string }; id?: string; message?: string; errors?: unknown[]; cause?: unknown };
    for (const importer of record.importers ?? []) {
      const file = asContentFile(importer);
      if (file) found.add(file);
    }
    for (const path of [record.loc?.file, record.id]) {
      const file = path ? asContentFile(path) : undefined;
      if (file) found.add(file);
    }
    const message = record.message ?? '';
    for (const file of files) {
      const written = [file, relative(rootDir, file), relative(appDir, file)];
      if (written.some((form) => message.includes(form))) found.add(file);
    }
    for (const nested of record.errors ?? []) visit(nested, depth + 1);
    visit(record.cause, depth + 1);
  };
  visit(error, 0);
  return [...found];
}

type Hook = ((this: unknown, ...args: unknown[]) => unknown) | { handler: (this: unknown, ...args: unknown[]) => unknown };
interface NamedPlugin {
  name: string;
  resolveId?: Hook;
  load?: Hook;
}

/**
 * Astro's image errors name the image, not the post that asked for it. This plugin wraps the two
 * Astro plugins that resolve and load content images, changing nothing they do: it remembers
 * which content file imported each image, and puts those files on any error they throw.
 */
function observeContentImages() {
  const importersOf = new Map<string, Set<string>>();
  const remember = (id: string, importer: string) => {
    const key = id.split('?')[0]!;
    let set = importersOf.get(key);
    if (!set) importersOf.set(key, (set = new Set()));
    set.add(importer);
  };
  const importerOf = (id: string, importer: unknown): string | undefined => {
    const query = id.split('?')[1];
    const named = query === undefined ? null : new URLSearchParams(query).get('importer');
    if (named) return resolve(appDir, named);
    return typeof importer === 'string' ? importer : undefined;
  };
  const wrap = (plugin: NamedPlugin, hookName: 'resolveId' | 'load') => {
    const hook = plugin[hookName];
    if (!hook) return;
    const original = typeof hook === 'function' ? hook : hook.handler;
    const wrapped = async function (this: unknown, ...args: unknown[]) {
      const id = String(args[0]);
      const importer = hookName === 'resolveId' ? importerOf(id, args[1]) : undefined;
      try {
        const result = (await original.apply(this, args)) as { id?: string } | string | null | undefined;
        const resolved = typeof result === 'string' ? result : result?.id;
        if (importer && resolved) remember(resolved, importer);
        return result;
      } catch (error) {
        const known = importer ? [importer] : [...(importersOf.get(id.split('?')[0]!) ?? [])];
        if (error && typeof error === 'object') Object.assign(error, { importers: known });
        throw error;
      }
    };
    if (typeof hook === 'function') plugin[hookName] = wrapped;
    else hook.handler = wrapped;
  };
  return {
    name: 'pressroom-agreement:observe-content-images',
    configResolved(resolved: { plugins: readonly NamedPlugin[] }) {
      for (const plugin of resolved.plugins) {
        if (plugin.name === 'astro:content-asset-propagation' || plugin.name === 'astro:assets:esm') {
          wrap(plugin, 'resolveId');
          wrap(plugin, 'load');
        }
      }
    },
  };
}

const rejected: Rejection[] = [];
const started = performance.now();
let builds = 0;
for (;;) {
  builds += 1;
  try {
    await build({
      mode: 'production',
      root: appDir,
      outDir,
      cacheDir: join(outDir, '..', 'cache'),
      logLevel: 'error',
      vite: { plugins: [observeContentImages()] },
    });
    break;
  } catch (error) {
    const files = contentFiles(contentDir);
    const named = namedFiles(error, files);
    const reason = String((error as Error)?.message ?? error)
      .split('\n')
      .filter((line) => !/^\s+at /.test(line))
      .slice(0, 8)
      .join('\n');
    if (named.length === 0 || builds > 60) {
      process.stdout.write(`${JSON.stringify({ unattributed: reason, rejected })}\n`);
      process.exit(0);
    }
    for (const file of named) rmSync(file);
    rejected.push({ files: named.map((file) => relative(rootDir, file).replaceAll('\\', '/')), reason });
  }
}
// The site's integrations may keep handles open after a build (workers, timers): the report is
// the result, so the process ends once it is written.
process.stdout.write(`${JSON.stringify({ rejected, builds, seconds: Math.round((performance.now() - started) / 100) / 10 })}\n`, () => process.exit(0));
