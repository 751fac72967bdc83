import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CheckConfigError } from '@pressroom/check';
import { loadSiteConfig } from '@pressroom/site-config';
import { defaultBuildSetup } from './build.js';
import { GitError } from './git.js';
import { GithubError, pullRequestOf, readEvent } from './github.js';
import { deployPreviews, NetlifyError } from './netlify.js';
import { postReport } from './post.js';
import { renderMarkdown, renderText } from './render.js';
import { ReportError } from './report.js';
import { createReport } from './run.js';

const usage = `Usage: pressroom-pr-report [options]          make the report of this branch
       pressroom-pr-report post [options]     post it as the pull request's comment (CI)
       pressroom-pr-report deploy [options]   deploy the report's sites as Netlify drafts (CI)

Builds both sites at the base and here, checks the content, compares the built pages, takes
screenshots of the most changed ones, and prints the report.

Options:
  --base <ref>            compare with this branch or commit (default: the default branch)
  --out <dir>             where report.json, report.md, the images and the logs go (default: pr-report)
  --format <name>         text (default), markdown or json, on stdout
  --no-build              do not build: pages are predicted from the content
  --no-pictures           no screenshots
  --max-pictures <n>      picture at most n pages, the most changed first (default: 10)
  --widths <list>         screenshot widths in CSS pixels (default: 1280,375)
  --install <command>     run in the base checkout before building (default: ${defaultBuildSetup.install})
  --build <command>       builds one site, {site} is its name (default: ${defaultBuildSetup.build})
  --dist <path>           a built site's folder, {site} is its name (default: ${defaultBuildSetup.dist})
  --noise <regexp>        more build noise to ignore in the HTML (repeatable)
  --base-dir <dir>        where the base checkout is kept (default: in the temporary folder)
  -h, --help              this help

post options:
  --report <file>         the report.json to post (default: pr-report/report.json)
  --pr <number>           the pull request, outside a workflow_run job
  --preview <site=url>    a site's preview address (repeatable)
  --images-url <url>      where the images are served, for thumbnails

deploy options:
  --report <file>         the report.json whose sites/ and images/ to deploy; the addresses are
                          written into it (NETLIFY_AUTH_TOKEN, NETLIFY_<SITE>_SITE_ID)

In GitHub Actions, the pull_request job records the pull request from GITHUB_EVENT_PATH; the post
command runs in a workflow_run job with GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_API_URL.

Exit codes: 0 report made (findings or not), 2 usage, configuration or run error.`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  fetch?: typeof fetch;
}

const defaultIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
});

class UsageError extends Error {
  override name = 'UsageError';
}

function pairs(values: readonly string[] | undefined, option: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const value of values ?? []) {
    const index = value.indexOf('=');
    if (index <= 0) throw new UsageError(`Unexpected ${option} ${value}, expected <site>=<url>`);
    result[value.slice(0, index)] = value.slice(index + 1);
  }
  return result;
}

function positiveInteger(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`Unexpected ${option} ${value}, expected a whole number`);
  return Number(value);
}

async function report(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      base: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
      'no-build': { type: 'boolean' },
      'no-pictures': { type: 'boolean' },
      'max-pictures': { type: 'string' },
      widths: { type: 'string' },
      install: { type: 'string' },
      build: { type: 'string' },
      dist: { type: 'string' },
      noise: { type: 'string', multiple: true },
      'base-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  const format = values.format ?? 'text';
  if (!['text', 'markdown', 'json'].includes(format)) throw new UsageError(`Unexpected --format ${format}, expected text, markdown or json`);
  const widths = values.widths?.split(',').map((width) => positiveInteger(width.trim(), '--widths')!);
  const noise = (values.noise ?? []).map((pattern) => {
    try {
      return new RegExp(pattern, 'g');
    } catch (error) {
      throw new UsageError(`Unexpected --noise ${pattern}: ${(error as Error).message}`);
    }
  });
  const outDir = values.out ?? 'pr-report';
  const { env } = io;
  const pullRequest = env.GITHUB_EVENT_NAME === 'pull_request' && env.GITHUB_EVENT_PATH ? pullRequestOf(readEvent(env.GITHUB_EVENT_PATH)) : undefined;
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const maxPictures = positiveInteger(values['max-pictures'], '--max-pictures');
  const made = await createReport({
    cwd: io.cwd,
    outDir,
    ...(values.base ? { base: values.base } : {}),
    ...(values['base-dir'] ? { baseDir: values['base-dir'] } : {}),
    setup: {
      ...(values.install !== undefined ? { install: values.install } : {}),
      ...(values.build !== undefined ? { build: values.build } : {}),
      ...(values.dist !== undefined ? { dist: values.dist } : {}),
    },
    build: !values['no-build'],
    pictures: !values['no-pictures'],
    ...(maxPictures !== undefined ? { maxPictures } : {}),
    ...(widths ? { widths } : {}),
    ...(noise.length > 0 ? { noise } : {}),
    ...(pullRequest ? { pullRequest } : {}),
    ...(runUrl ? { runUrl } : {}),
    progress: (line) => io.stderr(`pr-report: ${line}\n`),
  });
  const root = loadSiteConfig(io.cwd).rootDir;
  const markdown = renderMarkdown(made);
  writeFileSync(join(resolve(root, outDir), 'report.md'), markdown);
  if (format === 'json') io.stdout(`${JSON.stringify(made, null, 2)}\n`);
  else if (format === 'markdown') io.stdout(markdown);
  else io.stdout(renderText(made, outDir));
  return 0;
}

async function post(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      report: { type: 'string' },
      pr: { type: 'string' },
      preview: { type: 'string', multiple: true },
      'images-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  const pullRequest = positiveInteger(values.pr, '--pr');
  const result = await postReport({
    reportFile: resolve(io.cwd, values.report ?? join('pr-report', 'report.json')),
    env: io.env,
    ...(pullRequest !== undefined ? { pullRequest } : {}),
    previews: pairs(values.preview, '--preview'),
    ...(values['images-url'] ? { imagesUrl: values['images-url'] } : {}),
    ...(io.fetch ? { fetch: io.fetch } : {}),
  });
  if (result.action === 'skipped') io.stderr(`pr-report: not posted: ${result.reason}\n`);
  else io.stderr(`pr-report: ${result.action} the comment ${result.id} on #${result.pullRequest}\n`);
  return 0;
}

async function deploy(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { report: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  const previews = await deployPreviews(resolve(io.cwd, values.report ?? join('pr-report', 'report.json')), io.env, io.fetch, io.env.NETLIFY_POLL_MS ? Number(io.env.NETLIFY_POLL_MS) : undefined);
  for (const [site, url] of Object.entries(previews)) io.stderr(`pr-report: the ${site} preview is at ${url}\n`);
  if (Object.keys(previews).length === 0) io.stderr('pr-report: no site deployed: set NETLIFY_BLOG_SITE_ID and NETLIFY_DOCS_SITE_ID\n');
  return 0;
}

/** Runs the command line and returns its exit code. */
export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'post') return await post(rest, io);
    if (command === 'deploy') return await deploy(rest, io);
    return await report(command === 'report' ? rest : argv, io);
  } catch (error) {
    const known = [UsageError, GitError, GithubError, NetlifyError, ReportError, CheckConfigError].some((kind) => error instanceof kind);
    const isParseError = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (known || isParseError) {
      io.stderr(`pressroom-pr-report: ${(error as Error).message}${isParseError || error instanceof UsageError ? `\n\n${usage}` : ''}\n`);
      return 2;
    }
    io.stderr(`pressroom-pr-report: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    return 2;
  }
}
