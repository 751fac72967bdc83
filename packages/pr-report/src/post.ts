import { readFileSync } from 'node:fs';
import { GithubError, pullRequestHead, readEvent, upsertComment, workflowRunOf } from './github.js';
import { renderMarkdown } from './render.js';
import { parseReport, type PrReport } from './report.js';

export interface PostOptions {
  /** The report.json the untrusted job wrote (data only: it is validated, never run). */
  reportFile: string;
  env: NodeJS.ProcessEnv;
  /** The pull request, when no `workflow_run` event names the run (a manual post). */
  pullRequest?: number;
  /** Each site's preview address, once deployed. */
  previews?: Record<string, string>;
  /** Where the images are served, for thumbnails. */
  imagesUrl?: string;
  fetch?: typeof fetch;
}

export type PostResult = { action: 'created' | 'updated'; id: number; pullRequest: number } | { action: 'skipped'; reason: string };

/**
 * Posts the report as the pull request's one comment. Meant for the `workflow_run` job, which
 * has the token and never runs the pull request's code; it refuses to run in a `pull_request`
 * job, where a fork's code runs. The pull request number comes from the report but is trusted
 * only when GitHub says that pull request's head is the commit the reporting run built.
 */
export async function postReport(options: PostOptions): Promise<PostResult> {
  const { env } = options;
  if (env.GITHUB_EVENT_NAME === 'pull_request' || env.GITHUB_EVENT_NAME === 'pull_request_target') {
    throw new GithubError(
      `Unexpected ${env.GITHUB_EVENT_NAME} event, expected workflow_run: the report is posted by a separate workflow that has the token and never runs the pull request's code (see the package README)`,
    );
  }
  const token = env.GITHUB_TOKEN;
  if (!token) throw new GithubError('No GITHUB_TOKEN in the environment: give the posting step the workflow token (pull-requests: write)');
  const repository = env.GITHUB_REPOSITORY;
  if (!repository) throw new GithubError('No GITHUB_REPOSITORY in the environment, expected owner/name');
  let report: PrReport = parseReport(readFileSync(options.reportFile, 'utf8'), options.reportFile);
  const client = { apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com', token, repository, ...(options.fetch ? { fetch: options.fetch } : {}) };

  let number = options.pullRequest ?? report.pullRequest?.number;
  let runUrl = report.runUrl;
  if (env.GITHUB_EVENT_NAME === 'workflow_run') {
    if (!env.GITHUB_EVENT_PATH) throw new GithubError('No GITHUB_EVENT_PATH in the environment, expected the workflow_run event payload');
    const run = workflowRunOf(readEvent(env.GITHUB_EVENT_PATH));
    if (run.event !== 'pull_request') return { action: 'skipped', reason: `the run was triggered by ${run.event}, not by a pull request` };
    if (number === undefined) number = run.pullRequests[0];
    if (number === undefined) throw new GithubError('The report names no pull request and the workflow_run event none either');
    if (run.pullRequests.length > 0 && !run.pullRequests.includes(number)) {
      throw new GithubError(`The report names pull request #${number}, but the run belongs to #${run.pullRequests.join(', #')}`);
    }
    const head = await pullRequestHead(client, number);
    if (head.sha !== run.headSha) {
      return { action: 'skipped', reason: `pull request #${number} is at ${head.sha.slice(0, 7)}, not at ${run.headSha.slice(0, 7)} which the run built: a newer run reports on it` };
    }
    runUrl = run.htmlUrl ?? runUrl;
  }
  if (number === undefined) throw new GithubError('No pull request to comment on: pass --pr <number>');
  report = {
    ...report,
    previews: { ...report.previews, ...options.previews },
    ...(options.imagesUrl ? { imagesUrl: options.imagesUrl } : {}),
    ...(runUrl ? { runUrl } : {}),
  };
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const body = renderMarkdown(report, { repositoryUrl: `${serverUrl}/${repository}` });
  const result = await upsertComment(client, number, body);
  return { action: result.action, id: result.id, pullRequest: number };
}
