import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseReport } from './report.js';

export class NetlifyError extends Error {
  override name = 'NetlifyError';
}

export interface NetlifyClient {
  /** `NETLIFY_API_URL`, default `https://api.netlify.com/api/v1`. */
  apiUrl: string;
  token: string;
  fetch?: typeof fetch;
  /** Waits between two looks at a deploy that is not ready yet (default 2 s). */
  pollMs?: number;
}

/** A folder to deploy and the path it is served under. */
export interface DeployFolder {
  dir: string;
  /** `/` for a site at the root, its base path otherwise, `/_pr-report/` for the images. */
  prefix: string;
}

async function call<T>(client: NetlifyClient, method: string, path: string, body?: { json?: unknown; bytes?: Buffer }): Promise<T> {
  const response = await (client.fetch ?? fetch)(`${client.apiUrl.replace(/\/+$/, '')}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${client.token}`,
      'user-agent': 'pressroom-pr-report',
      ...(body?.json !== undefined ? { 'content-type': 'application/json' } : body?.bytes ? { 'content-type': 'application/octet-stream' } : {}),
    },
    ...(body?.json !== undefined ? { body: JSON.stringify(body.json) } : body?.bytes ? { body: new Uint8Array(body.bytes) } : {}),
  });
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    throw new NetlifyError(`${method} ${path}: Unexpected HTTP ${response.status}, expected 2xx${text ? `: ${text.slice(0, 300)}` : ''}`);
  }
  return (await response.json()) as T;
}

function filesOf(folders: readonly DeployFolder[]): Map<string, { file: string; sha1: string }> {
  const files = new Map<string, { file: string; sha1: string }>();
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file, `${prefix}${entry.name}/`);
      else if (entry.isFile()) files.set(`${prefix}${entry.name}`, { file, sha1: createHash('sha1').update(readFileSync(file)).digest('hex') });
    }
  };
  for (const folder of folders) if (existsSync(folder.dir) && statSync(folder.dir).isDirectory()) walk(folder.dir, `/${folder.prefix.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'));
  return files;
}

interface Deploy {
  id: string;
  state?: string;
  required?: string[];
  deploy_ssl_url?: string;
  deploy_url?: string;
  error_message?: string;
}

/**
 * A draft deploy of static folders to one Netlify site, through the file digest API: the
 * deploy lists every file's SHA-1, then only the files Netlify does not have yet are uploaded.
 * Returns the deploy's own address (a draft never replaces the site's published deploy).
 */
export async function deployDraft(client: NetlifyClient, siteId: string, folders: readonly DeployFolder[], alias: string): Promise<string> {
  const files = filesOf(folders);
  if (files.size === 0) throw new NetlifyError(`Nothing to deploy in ${folders.map((folder) => folder.dir).join(', ')}`);
  const digests = Object.fromEntries([...files].map(([path, { sha1 }]) => [path, sha1]));
  let deploy = await call<Deploy>(client, 'POST', `/sites/${encodeURIComponent(siteId)}/deploys`, { json: { files: digests, draft: true, branch: alias } });
  const required = new Set(deploy.required ?? []);
  for (const [path, { file, sha1 }] of files) {
    if (!required.has(sha1)) continue;
    required.delete(sha1);
    await call(client, 'PUT', `/deploys/${encodeURIComponent(deploy.id)}/files${path.split('/').map(encodeURIComponent).join('/')}`, { bytes: readFileSync(file) });
  }
  for (let attempt = 0; deploy.state !== 'ready'; attempt++) {
    if (deploy.state === 'error') throw new NetlifyError(`The deploy ${deploy.id} failed: ${deploy.error_message ?? 'no reason given'}`);
    if (attempt >= 90) throw new NetlifyError(`The deploy ${deploy.id} was not ready after ${attempt} looks (state ${deploy.state})`);
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, client.pollMs ?? 2000));
    deploy = await call<Deploy>(client, 'GET', `/sites/${encodeURIComponent(siteId)}/deploys/${encodeURIComponent(deploy.id)}`);
  }
  const url = deploy.deploy_ssl_url ?? deploy.deploy_url;
  if (!url) throw new NetlifyError(`The deploy ${deploy.id} is ready but has no address`);
  return url.replace(/\/+$/, '');
}

/** The folder the images are deployed under, beside the blog's pages. */
export const imagesPrefix = '/_pr-report/';

/**
 * Deploys the head's sites of a report folder (`sites/<site>`) as Netlify drafts, one Netlify site
 * per Pressroom site (`NETLIFY_<SITE>_SITE_ID`), the images with the first one, and writes the
 * addresses into report.json for `post`.
 */
export async function deployPreviews(reportFile: string, env: NodeJS.ProcessEnv, fetchImpl?: typeof fetch, pollMs?: number): Promise<Record<string, string>> {
  const token = env.NETLIFY_AUTH_TOKEN;
  if (!token) throw new NetlifyError('No NETLIFY_AUTH_TOKEN in the environment: set the repository secret, or leave the deploy step out');
  const report = parseReport(readFileSync(reportFile, 'utf8'), reportFile);
  const root = dirname(reportFile);
  const client: NetlifyClient = { apiUrl: env.NETLIFY_API_URL ?? 'https://api.netlify.com/api/v1', token, ...(fetchImpl ? { fetch: fetchImpl } : {}), ...(pollMs !== undefined ? { pollMs } : {}) };
  const alias = report.pullRequest ? `pr-${report.pullRequest.number}` : `commit-${report.head.sha.slice(0, 12)}`;
  const previews: Record<string, string> = {};
  let imagesUrl: string | undefined;
  for (const site of Object.keys(report.builds)) {
    const siteId = env[`NETLIFY_${site.toUpperCase()}_SITE_ID`];
    const dir = join(root, 'sites', site);
    if (!siteId || !existsSync(dir)) continue;
    // Page paths include the site's base path, so its files are served under it.
    const basePath = report.basePaths[site] ?? '/';
    const folders: DeployFolder[] = [{ dir, prefix: basePath }];
    const withImages = imagesUrl === undefined && existsSync(join(root, 'images'));
    if (withImages) folders.push({ dir: join(root, 'images'), prefix: `${imagesPrefix}images/` });
    const url = await deployDraft(client, siteId, folders, alias);
    previews[site] = url;
    if (withImages) imagesUrl = `${url}${imagesPrefix.replace(/\/$/, '')}`;
  }
  const updated = { ...report, previews: { ...report.previews, ...previews }, ...(imagesUrl ? { imagesUrl } : {}) };
  writeFileSync(reportFile, `${JSON.stringify(updated, null, 2)}\n`);
  return previews;
}
