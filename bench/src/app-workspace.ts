/**
 * A throwaway workspace in which the apps build over other content than the repository's.
 *
 * The apps find `pressroom.config.json` by walking up from their folder, so they cannot be pointed
 * at another content folder without a change to them. Instead a workspace holds the content and a
 * `pressroom.config.json` at its root, a copy of the apps' sources, and the repository's installed
 * node_modules linked in (the apps' workspace dependencies resolve to the built packages there).
 * The site build benchmark and the docs app's fixture build both make one.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A node_modules of the same shape as pnpm's: a real folder of links to the installed packages.
 * Linking the folder itself would make Vite see one file under two paths, and would let the
 * build write its caches (.vite, .astro) into the repository's own node_modules.
 */
export function linkModules(source: string, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    if (['.vite', '.astro', '.cache', '.modules.yaml', '.pnpm-workspace-state-v1.json'].includes(entry.name)) continue;
    if (entry.name.startsWith('@') && entry.isDirectory()) {
      linkModules(join(source, entry.name), join(target, entry.name));
      continue;
    }
    symlinkSync(join(source, entry.name), join(target, entry.name));
  }
}

/**
 * Fills `workspace` with the repository's root files, a copy of each app in `apps` (without its
 * build output, caches and tests) and linked node_modules. The workspace must be inside the
 * repository: Astro treats a component path that shares no folder with the project root (other
 * than `/`) as root-relative, so a workspace under /tmp cannot load Starlight's components.
 */
export function prepareAppWorkspace(workspace: string, apps: readonly string[], root = repositoryRoot): void {
  for (const file of ['package.json', 'turbo.json', 'tsconfig.base.json', 'pnpm-lock.yaml', '.npmrc']) {
    try {
      cpSync(join(root, file), join(workspace, file));
    } catch {
      // .npmrc is optional.
    }
  }
  writeFileSync(join(workspace, 'pnpm-workspace.yaml'), 'packages:\n  - apps/*\n');
  linkModules(join(root, 'node_modules'), join(workspace, 'node_modules'));
  for (const app of apps) {
    const source = join(root, 'apps', app);
    const target = join(workspace, 'apps', app);
    mkdirSync(target, { recursive: true });
    cpSync(source, target, {
      recursive: true,
      filter: (path) => !/[/\\](?:node_modules|dist|\.astro|\.turbo|test|build\.log)(?:[/\\]|$)/.test(path.slice(source.length)),
    });
    linkModules(join(source, 'node_modules'), join(target, 'node_modules'));
  }
}
