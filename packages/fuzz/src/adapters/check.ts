// Loaded in fuzz worker threads through Node's type stripping: only erasable TypeScript here.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CreateAdapter, FuzzDiagnostic } from '../adapter.ts';
import { repoRoot } from '../corpus.ts';

/**
 * A repository with the real configuration and spelling settings but no content: the link graph
 * of every call then holds the case alone instead of re-reading the whole of `content/`.
 */
function emptyRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'pressroom-fuzz-repo-'));
  for (const file of ['pressroom.config.json', 'cspell.config.yaml', 'project-words.txt']) {
    if (existsSync(join(repoRoot(), file))) copyFileSync(join(repoRoot(), file), join(root, file));
  }
  for (const folder of ['content/blog', 'content/docs']) mkdirSync(join(root, folder), { recursive: true });
  return root;
}

interface CheckApi {
  loadConfig(cwd: string): { checks: { rules: Record<string, unknown> } };
  check(options: { config: unknown; sources: { relativePath: string; bytes: Uint8Array }[]; cwd: string }): Promise<{ files: { diagnostics: FuzzDiagnostic[] }[] }>;
}

/**
 * The checks' programmatic API over in-memory files, with the repository's own configuration.
 * `PRESSROOM_CHECK_MODULE` points it at another build of the API (a file URL), e.g. a bundle of
 * the sources while the package is being written. `?off=spelling,other-rule` on this module's
 * URL turns rules off, so a costly rule can be fuzzed on fewer cases than the rest.
 */
const create: CreateAdapter = async () => {
  const api = (await import(process.env.PRESSROOM_CHECK_MODULE ?? '@pressroom/check')) as Partial<CheckApi>;
  if (typeof api.check !== 'function' || typeof api.loadConfig !== 'function') {
    throw new Error('@pressroom/check does not export check() and loadConfig(): build it (pnpm --filter @pressroom/check build)');
  }
  const root = emptyRepository();
  const loaded = api.loadConfig(root);
  const off = (new URL(import.meta.url).searchParams.get('off') ?? '').split(',').filter(Boolean);
  const config = { ...loaded, checks: { ...loaded.checks, rules: { ...loaded.checks.rules, ...Object.fromEntries(off.map((id) => [id, 'off'])) } } };
  // Loads the dictionaries and parsers once, before the first case's clock starts.
  await api.check({ config, cwd: root, sources: [{ relativePath: 'content/docs/warm-up.md', bytes: new TextEncoder().encode('---\ntitle: Warm up\ndescription: Loads the checks.\n---\n\nHello.\n') }] });
  return async (files) => {
    const result = await api.check!({ config, cwd: root, sources: files.map((file) => ({ relativePath: file.path, bytes: file.contents })) });
    return result.files.flatMap((entry) => entry.diagnostics);
  };
};
export default create;
