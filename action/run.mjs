// The entry point of the Pressroom GitHub Action (action.yml): turns the action's inputs and the
// event that started the workflow into one `pressroom check` command, runs it, and reports its exit
// code. Node's own modules only: the action runs it before anything is installed.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const zeroSha = /^0{40}$/;

/** The inputs, as action.yml passes them (`PRESSROOM_INPUT_<NAME>`). */
export function readInputs(env) {
  const input = (name, fallback = '') => (env[`PRESSROOM_INPUT_${name.toUpperCase().replaceAll('-', '_')}`] ?? fallback).trim();
  const flag = (name) => {
    const value = input(name, 'false').toLowerCase();
    if (value !== 'true' && value !== 'false') throw new Error(`Unexpected ${name}: "${value}", expected true or false`);
    return value === 'true';
  };
  const maxWarnings = input('max-warnings');
  if (maxWarnings !== '' && !/^\d+$/.test(maxWarnings)) throw new Error(`Unexpected max-warnings: "${maxWarnings}", expected a whole number`);
  return {
    // Separated by spaces or new lines; a pattern is quoted in the workflow, never split.
    paths: input('paths').split(/\s+/).filter(Boolean),
    changed: flag('changed'),
    changedLines: flag('changed-lines'),
    format: input('format', 'github') || 'github',
    maxWarnings,
    sarif: flag('sarif'),
    version: input('version', 'latest') || 'latest',
    workingDirectory: input('working-directory', '.') || '.',
  };
}

/**
 * What `--changed` compares against: a pull request's base commit, a push's previous commit, or
 * nothing (the whole content is checked) for other events and a branch's first push.
 */
export function changedBase(eventName, event) {
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && event?.pull_request?.base?.sha) return event.pull_request.base.sha;
  if (eventName === 'push' && typeof event?.before === 'string' && !zeroSha.test(event.before)) return event.before;
  return undefined;
}

/** The arguments of `pressroom` for these inputs and this event. */
export function checkArguments(inputs, base) {
  const args = ['check', '--format', inputs.format];
  if (inputs.changed && base) {
    args.push('--changed', base);
    if (inputs.changedLines) args.push('--changed-lines');
  }
  if (inputs.maxWarnings !== '') args.push('--max-warnings', inputs.maxWarnings);
  args.push(...inputs.paths);
  return args;
}

/** The repository's own `pressroom` when it installs @pressroom/check, else that package from the registry. */
export function pressroomCommand(cwd, version) {
  const local = join(cwd, 'node_modules', '.bin', process.platform === 'win32' ? 'pressroom.cmd' : 'pressroom');
  if (existsSync(local)) return [local];
  return ['npx', '--yes', '--package', `@pressroom/check@${version}`, 'pressroom'];
}

function setOutput(env, name, value) {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

/** Runs the action; its exit code: the check's, or 2 for wrong inputs. */
export function run(env = process.env, io = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) }) {
  let inputs;
  try {
    inputs = readInputs(env);
  } catch (error) {
    io.stderr(`::error title=pressroom::${error.message}\n`);
    return 2;
  }
  const cwd = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory);
  const event = env.GITHUB_EVENT_PATH && existsSync(env.GITHUB_EVENT_PATH) ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : undefined;
  const base = changedBase(env.GITHUB_EVENT_NAME, event);
  if (inputs.changed && !base) io.stdout(`pressroom: no base to compare with for a ${env.GITHUB_EVENT_NAME ?? 'local'} event: checking all the content\n`);
  const [command, ...prefix] = pressroomCommand(cwd, inputs.version);
  const args = [...prefix, ...checkArguments(inputs, base)];
  io.stdout(`pressroom: ${[command, ...args].join(' ')}\n`);
  const checked = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (checked.error) {
    io.stderr(`::error title=pressroom::could not run ${command}: ${checked.error.message}\n`);
    return 2;
  }
  io.stdout(checked.stdout);
  io.stderr(checked.stderr);
  const code = checked.status ?? 2;
  setOutput(env, 'exit-code', code);
  if (inputs.sarif && code < 2) {
    // A second run for code scanning; the first filled the cache, so it reads no file again.
    const sarifFile = join(env.RUNNER_TEMP ?? cwd, 'pressroom.sarif');
    const sarifArgs = [...prefix, ...checkArguments({ ...inputs, format: 'sarif', maxWarnings: '' }, base), '--output-file', sarifFile];
    const sarif = spawnSync(command, sarifArgs, { cwd, env, encoding: 'utf8' });
    if ((sarif.status ?? 2) >= 2) {
      io.stderr(`::error title=pressroom::the SARIF run failed: ${sarif.stderr}\n`);
      return 2;
    }
    setOutput(env, 'sarif-file', sarifFile);
  }
  return code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = run();
