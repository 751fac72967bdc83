import { readFileSync } from 'node:fs';
import { commentMarker, type PrReport } from './report.js';

export class GithubError extends Error {
  override name = 'GithubError';
}

export interface GithubClient {
  /** `GITHUB_API_URL`, `https://api.github.com` on github.com. */
  apiUrl: string;
  token: string;
  /** `owner/name`. */
  repository: string;
  fetch?: typeof fetch;
}

interface IssueComment {
  id: number;
  body?: string;
  html_url?: string;
  user?: { login?: string; type?: string } | null;
}

async function request<T>(client: GithubClient, method: string, path: string, body?: unknown): Promise<T> {
  const url = `${client.apiUrl.replace(/\/+$/, '')}${path}`;
  const response = await (client.fetch ?? fetch)(url, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${client.token}`,
      'x-github-api-version': '2022-11-28',
      'user-agent': 'pressroom-pr-report',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    throw new GithubError(`${method} ${path}: Unexpected HTTP ${response.status}, expected 2xx${text ? `: ${text.slice(0, 300)}` : ''}`);
  }
  return (await response.json()) as T;
}

/** GitHub's limit on a comment's body, in characters. */
export const maxCommentLength = 65_536;

/** A body that fits in one comment: past the limit, the end is cut and the artifact named. */
export function fitComment(body: string): string {
  if (body.length <= maxCommentLength) return body;
  const note = '\n\n… The report is longer than a comment can be; the whole of it is in the run\'s `pr-report` artifact (report.md).\n';
  let cut = body.slice(0, maxCommentLength - note.length - 200);
  // Close a folded section the cut left open, so the note shows.
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  cut = cut.replace(/\n[^\n]*$/, '');
  return `${cut}${'\n\n</details>'.repeat(Math.max(0, open))}${note}`;
}

/**
 * Creates the report's comment on a pull request, or edits the one it made before: the first
 * comment written by a bot (the workflow's token) that holds the marker.
 */
export async function upsertComment(client: GithubClient, issueNumber: number, body: string): Promise<{ action: 'created' | 'updated'; id: number; url?: string }> {
  const [owner, repo] = client.repository.split('/');
  if (!owner || !repo) throw new GithubError(`Unexpected repository ${JSON.stringify(client.repository)}, expected owner/name`);
  const fitted = fitComment(body.includes(commentMarker) ? body : `${commentMarker}\n${body}`);
  let existing: IssueComment | undefined;
  for (let page = 1; page <= 50 && !existing; page++) {
    const comments = await request<IssueComment[]>(client, 'GET', `/repos/${owner}/${repo}/issues/${issueNumber}/comments?per_page=100&page=${page}`);
    existing = comments.find((comment) => comment.user?.type === 'Bot' && comment.body?.includes(commentMarker));
    if (comments.length < 100) break;
  }
  if (existing) {
    const updated = await request<IssueComment>(client, 'PATCH', `/repos/${owner}/${repo}/issues/comments/${existing.id}`, { body: fitted });
    return { action: 'updated', id: updated.id, ...(updated.html_url ? { url: updated.html_url } : {}) };
  }
  const created = await request<IssueComment>(client, 'POST', `/repos/${owner}/${repo}/issues/${issueNumber}/comments`, { body: fitted });
  return { action: 'created', id: created.id, ...(created.html_url ? { url: created.html_url } : {}) };
}

/** The head commit of an open pull request, as GitHub has it now. */
export async function pullRequestHead(client: GithubClient, number: number): Promise<{ sha: string; state: string }> {
  const pull = await request<{ head?: { sha?: string }; state?: string }>(client, 'GET', `/repos/${client.repository}/pulls/${number}`);
  if (!pull.head?.sha) throw new GithubError(`GET /repos/${client.repository}/pulls/${number}: Unexpected answer without head.sha`);
  return { sha: pull.head.sha, state: pull.state ?? 'open' };
}

/** Reads a webhook event payload (`GITHUB_EVENT_PATH`). */
export function readEvent(path: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new GithubError(`${path}: Unexpected ${(error as Error).message}, expected a GitHub event payload (JSON)`);
  }
}

/** The pull request of a `pull_request` event, as the report records it. */
export function pullRequestOf(event: Record<string, unknown>): PrReport['pullRequest'] | undefined {
  const pull = event.pull_request as { number?: unknown; html_url?: unknown; head?: { sha?: unknown; repo?: { fork?: unknown; full_name?: unknown } }; base?: { repo?: { full_name?: unknown } } } | undefined;
  if (!pull || typeof pull.number !== 'number' || typeof pull.head?.sha !== 'string') return undefined;
  // A pull request from another repository is a fork's, whatever its `fork` flag says.
  const fork = pull.head.repo?.fork === true || (typeof pull.head.repo?.full_name === 'string' && pull.head.repo.full_name !== pull.base?.repo?.full_name);
  return { number: pull.number, headSha: pull.head.sha, fork, ...(typeof pull.html_url === 'string' ? { url: pull.html_url } : {}) };
}

/** What a `workflow_run` event says about the run that made the report. */
export interface WorkflowRun {
  id: number;
  headSha: string;
  event: string;
  conclusion: string | null;
  htmlUrl?: string;
  /** Numbers GitHub fills for pull requests of this repository (empty for forks). */
  pullRequests: number[];
}

export function workflowRunOf(event: Record<string, unknown>): WorkflowRun {
  const run = event.workflow_run as
    | { id?: unknown; head_sha?: unknown; event?: unknown; conclusion?: unknown; html_url?: unknown; pull_requests?: Array<{ number?: unknown }> }
    | undefined;
  if (!run || typeof run.id !== 'number' || typeof run.head_sha !== 'string' || typeof run.event !== 'string') {
    throw new GithubError('Unexpected event payload without workflow_run.id, head_sha and event, expected a workflow_run event');
  }
  return {
    id: run.id,
    headSha: run.head_sha,
    event: run.event,
    conclusion: typeof run.conclusion === 'string' ? run.conclusion : null,
    ...(typeof run.html_url === 'string' ? { htmlUrl: run.html_url } : {}),
    pullRequests: (run.pull_requests ?? []).map((pull) => pull.number).filter((number): number is number => typeof number === 'number'),
  };
}
