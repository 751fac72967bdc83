import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../src/cli.js';
import { compareBuilds } from '../src/compare-builds.js';
import { renderMarkdown } from '../src/render.js';
import { commentMarker, parseReport, type PrReport } from '../src/report.js';
import { countChangedPixels } from '../src/pixel-diff.js';
import { startGithubServer } from './helpers/github-server.js';
import { startNetlifyServer } from './helpers/netlify-server.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const events = join(fixtures, 'events');
/** The pull request's head commit, as both recorded events name it. */
const prHead = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const canaryToken = 'ghs_canary0123456789abcdefghijklmnopqrstuv';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Fixture', '-c', 'user.email=fixture@localhost', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs the command line in `cwd`, collecting its output. */
async function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, env, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name)).filter((path) => statSync(path).isFile());
}

let scratch: string;
let baseDir: string;
let github: Awaited<ReturnType<typeof startGithubServer>>;
let report: PrReport;
let made: Awaited<ReturnType<typeof run>>;

/** The environment of the untrusted job: a fork's pull_request event, no token given. */
const forkJobEnv = () => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GITHUB_ACTIONS: 'true',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: join(events, 'pull_request.fork.json'),
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo-org/handbook',
  GITHUB_RUN_ID: '30433642',
  GITHUB_API_URL: github.url,
});

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'pr-report-repo-'));
  baseDir = mkdtempSync(join(tmpdir(), 'pr-report-base-'));
  rmSync(baseDir, { recursive: true });
  cpSync(join(fixtures, 'repo', 'base'), scratch, { recursive: true });
  git(scratch, 'init', '-q', '-b', 'main');
  git(scratch, 'add', '-A');
  git(scratch, 'commit', '-q', '-m', 'base');
  git(scratch, 'switch', '-q', '-c', 'office-move');
  cpSync(join(fixtures, 'repo', 'head'), scratch, { recursive: true });
  git(scratch, 'add', '-A');
  git(scratch, 'commit', '-q', '-m', 'head');
  github = await startGithubServer({ repository: 'octo-org/handbook', pulls: { 7: prHead } });
  made = await run(
    ['--base', 'main', '--install', '', '--build', 'node site/build.mjs {site}', '--dist', 'out/{site}', '--base-dir', baseDir, '--max-pictures', '3'],
    scratch,
    forkJobEnv(),
  );
  report = parseReport(readFileSync(join(scratch, 'pr-report', 'report.json'), 'utf8'));
});

afterAll(async () => {
  await github?.close();
  if (scratch) {
    git(scratch, 'worktree', 'remove', '--force', baseDir);
    rmSync(scratch, { recursive: true, force: true });
  }
  rmSync(baseDir, { recursive: true, force: true });
});

describe('the report of a branch (untrusted pull_request job)', () => {
  test('runs, prints the report and writes it', () => {
    expect(made.stderr).not.toContain('error');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('Changed pages: 3');
    expect(existsSync(join(scratch, 'pr-report', 'report.md'))).toBe(true);
  });

  test('records the pull request from the event, as a fork', () => {
    expect(report.pullRequest).toEqual({ number: 7, headSha: prHead, fork: true, url: 'https://github.com/octo-org/handbook/pull/7' });
    expect(report.runUrl).toBe('https://github.com/octo-org/handbook/actions/runs/30433642');
  });

  test('builds both sites at the base and the head', () => {
    for (const site of ['blog', 'docs']) {
      expect(report.builds[site]?.head.status, site).toBe('passed');
      expect(report.builds[site]?.base.status, site).toBe('passed');
    }
    expect(report.pages.sources).toEqual({ blog: 'built-html', docs: 'built-html' });
  });

  test('the changed and indirectly changed pages are exactly those whose built HTML differs', () => {
    const listed = [...report.pages.changed, ...report.pages.indirect].map((page) => `${page.site} ${page.status} ${page.path}`).sort();
    expect(listed).toEqual(
      [
        'blog changed /',
        'blog changed /posts/first-post/',
        'blog added /posts/kitchen-news/',
        'blog changed /rss.xml',
        'blog added /tags/news/',
        'docs changed /',
        'docs changed /guides/setup/',
      ].sort(),
    );
    // The same set, from the two builds themselves (each build named its stylesheet with a random
    // hash and wrote its time into every page, so every file differs byte for byte).
    const differing = (['blog', 'docs'] as const).flatMap((site) =>
      compareBuilds({ dist: join(baseDir, 'out', site) }, { dist: join(scratch, 'out', site) }).differences.map((page) => `${site} ${page.status} ${page.path}`),
    );
    expect(listed).toEqual(differing.sort());
    const raw = (dir: string) => readFileSync(join(dir, 'out', 'blog', 'posts', 'second-post', 'index.html'), 'utf8');
    expect(raw(baseDir)).not.toBe(raw(scratch));
  });

  test('pages built from edited files are direct, the others indirect with a reason', () => {
    expect(report.pages.changed.map((page) => [page.site, page.path, page.file])).toEqual([
      ['blog', '/posts/first-post/', 'content/blog/first-post.md'],
      ['blog', '/posts/kitchen-news/', 'content/blog/third-post.md'],
      ['docs', '/guides/setup/', 'content/docs/guides/setup.md'],
    ]);
    const reasons = Object.fromEntries(report.pages.indirect.map((page) => [`${page.site} ${page.path}`, page.reasons]));
    expect(reasons['blog /']).toEqual(['lists content/blog/first-post.md', 'lists content/blog/third-post.md']);
    expect(reasons['blog /tags/news/']).toEqual(['lists content/blog/third-post.md']);
    expect(reasons['docs /']).toEqual(['built from code this change edits (site/layout-docs.html)']);
  });

  test('a link into an edited page whose heading is gone is reported, with its finding', () => {
    expect(report.pages.links).toEqual([
      { site: 'docs', path: '/', file: 'content/docs/index.md', line: 6, column: 16, url: 'guides/setup.md#install', target: 'content/docs/guides/setup.md', resolves: false },
    ]);
    const index = report.check.files.find((entry) => entry.file === 'content/docs/index.md');
    expect(index?.findings.map((finding) => finding.ruleId)).toEqual(['link-missing-anchor']);
  });

  test('reports the unknown word on the added line, and nothing from lines the change did not add', () => {
    expect(report.check.unknownWords).toEqual([{ word: 'Zorbulation', files: ['content/blog/first-post.md'] }]);
    const first = report.check.files.find((entry) => entry.file === 'content/blog/first-post.md');
    expect(first?.findings.map((finding) => `${finding.line} ${finding.ruleId}`)).toEqual(['12 spelling']);
    expect(report.check.errors).toBeGreaterThanOrEqual(2);
  });

  test('pictures the three most changed pages, edited ones first, and lists the others', () => {
    const pictured = [...report.pages.changed, ...report.pages.indirect].filter((page) => page.pictures).map((page) => `${page.site} ${page.path}`);
    expect(pictured).toHaveLength(3);
    expect(pictured.sort()).toEqual(['blog /posts/first-post/', 'blog /posts/kitchen-news/', 'docs /guides/setup/']);
    expect(report.pictures.notPictured.map((page) => `${page.site} ${page.path}`).sort()).toEqual(['blog /', 'blog /tags/news/', 'docs /']);
    const setup = report.pages.changed.find((page) => page.path === '/guides/setup/')!;
    for (const picture of setup.pictures!) {
      expect(picture.changedPixels).toBeGreaterThan(0);
      const diff = readFileSync(join(scratch, 'pr-report', picture.diff!));
      // The whole picture is the box: every changed pixel lies in it.
      const box = picture.changedBox!;
      expect(countChangedPixels(diff, box)).toEqual({ inside: picture.changedPixels, outside: 0 });
    }
  });

  test('keeps the head sites for the preview artifact', () => {
    expect(existsSync(join(scratch, 'pr-report', 'sites', 'blog', 'posts', 'kitchen-news', 'index.html'))).toBe(true);
    expect(existsSync(join(scratch, 'pr-report', 'sites', 'docs', 'index.html'))).toBe(true);
  });

  test('makes no request to GitHub and writes no token anywhere', () => {
    expect(github.calls).toEqual([]);
    for (const file of filesUnder(join(scratch, 'pr-report'))) expect(readFileSync(file, 'latin1'), file).not.toContain('ghs_');
  });
});

describe('the report of a branch that changes nothing the sites show', () => {
  test('lists no page, though every file of the two builds differs byte for byte', async () => {
    const sameDir = mkdtempSync(join(tmpdir(), 'pr-report-same-'));
    rmSync(sameDir, { recursive: true });
    // A file of the contributor's own in the report folder: a new report must leave it.
    mkdirSync(join(scratch, 'pr-report-same'));
    writeFileSync(join(scratch, 'pr-report-same', 'notes.txt'), 'mine\n');
    try {
      const result = await run(
        ['--base', 'HEAD', '--out', 'pr-report-same', '--install', '', '--build', 'node site/build.mjs {site}', '--dist', 'out/{site}', '--base-dir', sameDir, '--no-pictures'],
        scratch,
        forkJobEnv(),
      );
      expect(result.code).toBe(0);
      const same = parseReport(readFileSync(join(scratch, 'pr-report-same', 'report.json'), 'utf8'));
      expect(same.builds.blog).toMatchObject({ head: { status: 'passed' }, base: { status: 'passed' } });
      expect(same.pages.sources).toEqual({ blog: 'built-html', docs: 'built-html' });
      expect([same.pages.changed, same.pages.indirect, same.pages.links]).toEqual([[], [], []]);
      const page = (dir: string) => readFileSync(join(dir, 'out', 'docs', 'index.html'), 'utf8');
      expect(page(sameDir)).not.toBe(page(scratch));
      expect(readFileSync(join(scratch, 'pr-report-same', 'notes.txt'), 'utf8')).toBe('mine\n');
    } finally {
      git(scratch, 'worktree', 'remove', '--force', sameDir);
    }
  });
});

describe('deploying the previews (trusted workflow_run job)', () => {
  test('deploys each built site as a Netlify draft, uploads only what Netlify asks for, and records the addresses', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'pr-report-artifact-'));
    try {
      cpSync(join(scratch, 'pr-report'), copy, { recursive: true });
      const keptFile = join(copy, 'sites', 'blog', 'posts', 'second-post', 'index.html');
      const keep = createHash('sha1').update(readFileSync(keptFile)).digest('hex');
      const netlify = await startNetlifyServer({ keep });
      try {
        const env = { NETLIFY_API_URL: netlify.url, NETLIFY_AUTH_TOKEN: 'netlify-token', NETLIFY_BLOG_SITE_ID: 'blog-site', NETLIFY_DOCS_SITE_ID: 'docs-site', NETLIFY_POLL_MS: '1' };
        const result = await run(['deploy', '--report', join(copy, 'report.json')], scratch, env);
        expect(result.code).toBe(0);
        const posts = netlify.calls.filter((call) => call.method === 'POST');
        expect(posts.map((call) => [call.path, (call.json as { draft: boolean; branch: string }).draft, (call.json as { branch: string }).branch])).toEqual([
          ['/api/v1/sites/blog-site/deploys', true, 'pr-7'],
          ['/api/v1/sites/docs-site/deploys', true, 'pr-7'],
        ]);
        const blogFiles = Object.keys((posts[0]!.json as { files: Record<string, string> }).files);
        expect(blogFiles).toContain('/posts/kitchen-news/index.html');
        expect(blogFiles).toContain('/_pr-report/images/blog/posts-first-post/1280-diff.png');
        const uploads = netlify.calls.filter((call) => call.method === 'PUT').map((call) => call.path);
        expect(uploads).toContain('/api/v1/deploys/deploy-blog-site/files/posts/kitchen-news/index.html');
        expect(uploads).not.toContain('/api/v1/deploys/deploy-blog-site/files/posts/second-post/index.html');
        expect(netlify.calls.every((call) => call.authorization === 'Bearer netlify-token')).toBe(true);
        const deployed = parseReport(readFileSync(join(copy, 'report.json'), 'utf8'));
        expect(deployed.previews).toEqual({ blog: 'https://deploy-blog-site--blog-site.netlify.test', docs: 'https://deploy-docs-site--docs-site.netlify.test' });
        expect(deployed.imagesUrl).toBe('https://deploy-blog-site--blog-site.netlify.test/_pr-report');
        const markdown = renderMarkdown(deployed);
        expect(markdown).toContain('<img src="https://deploy-blog-site--blog-site.netlify.test/_pr-report/images/blog/posts-first-post/1280-diff.png"');
      } finally {
        await netlify.close();
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('posting the report (trusted workflow_run job)', () => {
  const postEnv = (overrides: NodeJS.ProcessEnv = {}) => ({
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'workflow_run',
    GITHUB_EVENT_PATH: join(events, 'workflow_run.fork.json'),
    GITHUB_REPOSITORY: 'octo-org/handbook',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_TOKEN: canaryToken,
    ...overrides,
  });
  const reportFile = () => join(scratch, 'pr-report', 'report.json');

  test('the first run creates the comment, the second edits the same one', async () => {
    github.calls.length = 0;
    const first = await run(['post', '--report', reportFile(), '--preview', 'blog=https://pr-7--fixture-blog.example.test'], scratch, postEnv());
    expect(first.stderr).toContain('created the comment 1 on #7');
    const second = await run(['post', '--report', reportFile()], scratch, postEnv());
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(second.stderr).toContain('updated the comment 1 on #7');
    expect(github.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /repos/octo-org/handbook/pulls/7',
      'GET /repos/octo-org/handbook/issues/7/comments?per_page=100&page=1',
      'POST /repos/octo-org/handbook/issues/7/comments',
      'GET /repos/octo-org/handbook/pulls/7',
      'GET /repos/octo-org/handbook/issues/7/comments?per_page=100&page=1',
      'PATCH /repos/octo-org/handbook/issues/comments/1',
    ]);
    expect(github.calls.every((call) => call.authorization === `Bearer ${canaryToken}`)).toBe(true);
    const comments = github.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(commentMarker)).toBe(true);
    const created = (github.calls[2]!.body as { body: string }).body;
    expect(created).toContain('[`/posts/first-post/`](https://pr-7--fixture-blog.example.test/posts/first-post/)');
    expect(created).toContain("printf '%s\\n' 'Zorbulation' >> project-words.txt");
    expect(created).toContain('[Workflow run](https://github.com/octo-org/handbook/actions/runs/30433642)');
  });

  test('leaves a comment someone else wrote with the marker alone', async () => {
    github.addComment(8, `${commentMarker} copied by a person`, { login: 'someone', type: 'User' });
    const env = postEnv({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: '' });
    const result = await run(['post', '--report', reportFile(), '--pr', '8'], scratch, env);
    expect(result.code).toBe(0);
    expect(github.comments.get(8)!.map((comment) => comment.user.type)).toEqual(['User', 'Bot']);
  });

  test('refuses to post from a pull_request job, where a fork runs its code, and sends nothing', async () => {
    github.calls.length = 0;
    const result = await run(['post', '--report', reportFile()], scratch, postEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(events, 'pull_request.fork.json') }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unexpected pull_request event, expected workflow_run');
    expect(github.calls).toEqual([]);
  });

  test('does not post a report of a commit the pull request has moved past', async () => {
    github.calls.length = 0;
    const stale = await startGithubServer({ repository: 'octo-org/handbook', pulls: { 7: 'f'.repeat(40) } });
    try {
      const result = await run(['post', '--report', reportFile()], scratch, postEnv({ GITHUB_API_URL: stale.url }));
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('not posted: pull request #7 is at fffffff');
      expect(stale.calls.map((call) => call.method)).toEqual(['GET']);
    } finally {
      await stale.close();
    }
  });

  test('a report that is not one is refused with the place of the problem', async () => {
    const result = await run(['post', '--report', join(fixtures, 'events', 'pull_request.fork.json')], scratch, postEnv());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/pull_request\.fork\.json: not a pressroom-pr-report report\n\s+- version: /);
  });
});
