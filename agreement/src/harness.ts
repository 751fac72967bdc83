import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteName } from '@pressroom/site-config';
import { parse as parseYaml } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const buildScript = fileURLToPath(new URL('./build-site.ts', import.meta.url));

/** A copy of a fixture tree the builds may delete files from. */
export function copyFixture(name: string): string {
  const copy = mkdtempSync(join(tmpdir(), `pressroom-agreement-${name}-`));
  cpSync(fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url)), copy, { recursive: true });
  return copy;
}

export interface SiteBuild {
  /** Content files the build stopped on, each with the error that named it. */
  rejected: { files: string[]; reason: string }[];
  /** Built pages by site path (`/posts/a/`), with the `<title>` each shows. */
  pages: Map<string, string>;
  /** The built site, for reading pages. */
  outDir: string;
  builds: number;
  seconds: number;
}

/**
 * Builds a site of the repository's app over a content tree (see `build-site.ts`), in its own
 * process, into a folder inside the app (its pages load the app's dependencies from there).
 */
export async function buildSite(site: SiteName, configPath: string): Promise<SiteBuild> {
  const appDir = join(repoRoot, 'apps', site);
  const workDir = join(appDir, 'node_modules/.cache/pressroom-agreement');
  const outDir = join(workDir, 'dist');
  // Astro's content store from an earlier run knows files of another fixture copy.
  rmSync(workDir, { recursive: true, force: true });
  const child = spawn(process.execPath, [buildScript, site, outDir], {
    cwd: appDir,
    env: { ...buildEnvironment(), PRESSROOM_CONFIG: configPath, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const last = stdout.trim().split('\n').at(-1) ?? '';
  let report: { rejected: SiteBuild['rejected']; builds: number; seconds: number; unattributed?: string };
  try {
    report = JSON.parse(last);
  } catch {
    throw new Error(`The ${site} build exited with ${code} and no report:\n${stdout}\n${stderr}`);
  }
  if (report.unattributed !== undefined) {
    throw new Error(`The ${site} build stopped without naming a content file:\n${report.unattributed}\n\n${stderr.slice(-4000)}`);
  }
  return { ...report, pages: builtPages(outDir), outDir };
}

/**
 * The environment of a production build, as CI's. The test runner puts `import.meta.env`'s values
 * (`MODE=test`, `DEV`, `PROD`) and `NODE_ENV=test` in the environment, and Vite reads them back:
 * Starlight then builds draft pages, as in development.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const name of Object.keys(environment)) {
    if (['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST'].includes(name) || name.startsWith('VITEST')) delete environment[name];
  }
  return environment;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/** Every page of a built site by its path, with the text of its `<title>`. */
function builtPages(outDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  if (!existsSync(outDir)) return pages;
  for (const entry of readdirSync(outDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const path = relative(outDir, entry.parentPath).replaceAll('\\', '/');
    const html = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    pages.set(path === '' ? '/' : `/${path}/`, title.replace(/&(#?\w+);/g, (match, name: string) => entities[name] ?? match));
  }
  return pages;
}

/** The `title` (else `description`) a content file names itself by, to find its built page. */
export function ownTitle(path: string): string | undefined {
  const yaml = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1];
  try {
    const data = yaml === undefined ? undefined : (parseYaml(yaml) as { title?: unknown; description?: unknown } | null);
    const name = data?.title ?? data?.description;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Every file under a folder, as posix paths relative to `root`. */
export function filesUnder(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}
