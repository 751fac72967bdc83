import { cac } from 'cac';
import { outputFormats } from '../report/index.js';
import type { BaselineOptions } from './baseline.js';
import type { FixMode } from './fix.js';

/** Wrong arguments: the command line prints the message and the usage, and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Arguments {
  command: string | undefined;
  paths: string[];
  /**
   * `--changed`: `ref` when written `--changed=<ref>`; `refOrPath` when the next argument follows,
   * which is a ref if git knows it and otherwise the first path.
   */
  changed: { ref?: string; refOrPath?: string } | undefined;
  changedLines: boolean;
  external: boolean;
  allowPrivateHosts: boolean;
  fix: FixMode | undefined;
  format: string | undefined;
  color: boolean | undefined;
  profile: boolean;
  cache: boolean;
  quiet: boolean;
  help: boolean;
  version: boolean;
  /** `--config <path>`: this configuration file instead of the nearest `pressroom.config.json`. */
  config: string | undefined;
  /** `--max-warnings <n>`: more warnings than this fail the run as errors do. */
  maxWarnings: number | undefined;
  /** `--stdin`: the one file to check is read from standard input, named by `stdinFilename`. */
  stdin: boolean;
  stdinFilename: string | undefined;
  /** `-o, --output-file <path>`: the report goes to this file instead of standard output. */
  outputFile: string | undefined;
  /** `--print-config <file>`: print the configuration that applies to the file, and check nothing. */
  printConfig: string | undefined;
  /** `--fix-dry-run`: print the fixes `--fix` would make as a diff, and write nothing. */
  fixDryRun: boolean;
  /** `--staged`: check the files staged in git, as staged. */
  staged: boolean;
  /** `--accept-words`: add the run's unknown words to the project word list. */
  acceptWords: boolean;
  baseline: BaselineOptions;
}

/** `stylish (default), github (default when GITHUB_ACTIONS=true), json, sarif, unknown-words`, from the registry. */
const formatList = outputFormats.map((format) => (format.note ? `${format.name} (${format.note})` : format.name)).join(', ');

export const usage = `Usage: pressroom check [paths…] [options]

Checks Markdown content: frontmatter, spelling, style, links and unsafe content.
Without paths, checks both sites' content folders; paths are files, folders or quoted patterns.

Options:
  --changed [ref]     only files changed since ref (default: merge base with the default branch),
                      and in other files their links into those
  --changed-lines     with --changed: only findings on lines the change added, and those links
  --external          also check links to other websites (slow; the scheduled workflow runs it)
  --allow-private-hosts
                      with --external: let it reach private and loopback addresses (local test servers)
  --fix[=spelling]    apply safe style fixes; =spelling also applies single-suggestion spelling fixes
  --fix-dry-run       print the fixes --fix (or --fix=spelling) would make as a diff; write nothing
  --staged            check the files staged in git, as they are staged (a pre-commit hook)
  --stdin             check standard input, as the file --stdin-filename names
  --stdin-filename <path>
                      with --stdin: the path the text is checked as (its site, its relative links)
  --config <path>     this configuration file instead of the nearest pressroom.config.json
  --print-config <file>
                      print the configuration that applies to the file as JSON, and check nothing
  --format <name>     ${formatList}
  -o, --output-file <path>
                      write the report to this file instead of standard output
  --max-warnings <n>  exit 1 when there are more than n warnings
  --quiet             report errors only
  --color, --no-color coloured output or plain; by default decided for each stream: colour on a
                      terminal, none when NO_COLOR is set, forced by FORCE_COLOR
  --no-cache          ignore and do not write the cache (node_modules/.cache/pressroom)
  --profile           print the time of each phase to stderr
  --unknown-words     the unknown words by count, with their files, instead of the findings
                      (--format unknown-words)
  --accept-words      add every unknown word of the run to the project word list (the cspell
                      dictionary defined with addWords: true, such as project-words.txt)
  --baseline[=file]   fail only on errors the baseline does not record (pressroom-baseline.json,
                      read whenever it exists; --baseline alone requires it)
  --no-baseline       report every finding, whatever the baseline records
  --baseline-write    record the run's errors in the baseline
  --baseline-prune    remove what no longer occurs from the baseline
  -h, --help          this help
  -v, --version       the version

Exit codes: 0 no errors, 1 errors found, 2 usage or configuration error.`;

/** The options cac parses, as written in their definitions (`--changed [ref]`, `-o, --output-file <path>`). */
export function registeredOptions(): string[] {
  return definitions().globalCommand.options.map((option) => option.rawName);
}

function definitions() {
  const cli = cac('pressroom');
  cli
    .option('--changed [ref]', 'only files changed since ref')
    .option('--changed-lines', 'only findings on lines the change added')
    .option('--external', 'also check links to other websites')
    .option('--allow-private-hosts', 'with --external: reach private and loopback addresses')
    .option('--fix [kind]', 'apply safe fixes')
    .option('--format <name>', 'output format')
    .option('--color', 'coloured output')
    .option('--config <path>', 'configuration file')
    .option('--max-warnings <n>', 'exit 1 above n warnings')
    .option('--stdin', 'check standard input')
    .option('--stdin-filename <path>', 'the path standard input is checked as')
    .option('-o, --output-file <path>', 'write the report to a file')
    .option('--print-config <file>', 'print the configuration of a file')
    .option('--fix-dry-run', 'print the fixes as a diff')
    .option('--staged', 'check the staged files')
    .option('--no-cache', 'ignore and do not write the cache')
    .option('--profile', 'print the time of each phase')
    .option('--quiet', 'report errors only')
    .option('--unknown-words', 'the unknown words instead of the findings')
    .option('--accept-words', 'add the unknown words to the project word list')
    .option('--baseline [file]', 'the baseline file')
    .option('--no-baseline', 'ignore the baseline')
    .option('--baseline-write', 'record the errors in the baseline')
    .option('--baseline-prune', 'remove what no longer occurs from the baseline')
    .option('-h, --help', 'this help')
    .option('-v, --version', 'the version');
  return cli;
}

/** The arguments before `--`, where options are. */
function optionPart(argv: readonly string[]): readonly string[] {
  const end = argv.indexOf('--');
  return end === -1 ? argv : argv.slice(0, end);
}

/**
 * The value of `--<name>` as written: mri, which cac parses with, reads a value that looks like a
 * number as one (`--changed 0123456` as 123456), and a ref or a path is text.
 */
function asWritten(value: unknown, name: string, argv: readonly string[]): string {
  if (typeof value !== 'number') return String(value);
  const options = optionPart(argv);
  for (let index = options.length - 1; index >= 0; index--) {
    const argument = options[index]!;
    if (argument.startsWith(`--${name}=`)) return argument.slice(name.length + 3);
    if (argument === `--${name}` && options[index + 1] !== undefined) return options[index + 1]!;
  }
  return String(value);
}

/**
 * `--changed-lines` → `--changedLines`, for every flag of two words or more. mri, which cac parses
 * with, knows such a flag as a flag by its camelCase name only, and would take the path after
 * `--changed-lines content/a.md` as the flag's value.
 */
function twoWordFlags(cli: ReturnType<typeof definitions>): Map<string, string> {
  const flags = new Map<string, string>();
  for (const option of cli.globalCommand.options) {
    if (!option.isBoolean || option.negated) continue;
    for (const name of option.rawName.split(',').map((part) => part.trim())) {
      if (/^--\w+-/.test(name)) flags.set(name, `--${option.name}`);
    }
  }
  return flags;
}

/** The last value of an option given more than once, as the last one wins. */
const last = (value: unknown): unknown => (Array.isArray(value) ? value.at(-1) : value);

/** An option that takes a path: the last one given, as written; `--x` without a value is a usage error. */
function textOption(value: unknown, name: string, argv: readonly string[]): string | undefined {
  const given = last(value);
  if (given === undefined) return undefined;
  if (given === true || given === '') throw new UsageError(`Unexpected --${name} without a value, expected --${name} <path>`);
  return asWritten(given, name, argv);
}

function maxWarnings(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const count = typeof value === 'number' ? value : Number.NaN;
  if (!Number.isInteger(count) || count < 0) throw new UsageError(`Unexpected --max-warnings ${String(value)}, expected a whole number of warnings, 0 or more`);
  return count;
}

export function parseArguments(argv: readonly string[]): Arguments {
  // `--fix[=kind]` takes its value inline only: `--fix content/a.md` fixes that file.
  const options = optionPart(argv);
  const cli = definitions();
  const flags = twoWordFlags(cli);
  const rewritten = [...options.map((argument) => (argument === '--fix' ? '--fix=style' : (flags.get(argument) ?? argument))), ...argv.slice(options.length)];
  let parsed: ReturnType<typeof cli.parse>;
  try {
    parsed = cli.parse(['node', 'pressroom', ...rewritten], { run: false });
    cli.globalCommand.checkUnknownOptions();
  } catch (error) {
    // cac quotes the option in backticks (`Unknown option \`--nope\``); the other messages do not.
    throw new UsageError((error as Error).message.replaceAll('`', ''));
  }
  const values = parsed.options;
  const [command, ...paths] = [...parsed.args.map(String), ...(values['--'] as string[])];

  const changed = last(values.changed);
  const fix = last(values.fix);
  if (fix !== undefined && fix !== 'spelling' && fix !== 'style') throw new UsageError(`Unexpected --fix=${String(fix)}, expected --fix or --fix=spelling`);
  const format = values.unknownWords === true ? unknownWordsFormat(last(values.format)) : last(values.format);
  if (format !== undefined && (typeof format !== 'string' || !outputFormats.some((known) => known.name === format))) {
    throw new UsageError(`Unexpected --format ${typeof format === 'string' ? format : '(nothing)'}, expected one of ${outputFormats.map((known) => known.name).join(', ')}`);
  }
  const inlineRef = options.some((argument) => argument.startsWith('--changed='));
  const args: Arguments = {
    command,
    paths,
    changed:
      changed === undefined
        ? undefined
        : changed === true
          ? {}
          : inlineRef
            ? { ref: asWritten(changed, 'changed', argv) }
            : { refOrPath: asWritten(changed, 'changed', argv) },
    changedLines: values.changedLines === true,
    external: values.external === true,
    allowPrivateHosts: values.allowPrivateHosts === true,
    fix: fix as FixMode | undefined,
    format: format as string | undefined,
    color: last(values.color) as boolean | undefined,
    profile: values.profile === true,
    cache: values.cache !== false,
    quiet: values.quiet === true,
    help: values.help === true,
    version: values.version === true,
    config: textOption(values.config, 'config', argv),
    maxWarnings: maxWarnings(last(values.maxWarnings)),
    stdin: values.stdin === true,
    stdinFilename: textOption(values.stdinFilename, 'stdin-filename', argv),
    outputFile: textOption(values.outputFile, 'output-file', argv),
    printConfig: textOption(values.printConfig, 'print-config', argv),
    fixDryRun: values.fixDryRun === true,
    staged: values.staged === true,
    acceptWords: values.acceptWords === true,
    baseline: baselineOptions(values, options, argv),
  };
  if (args.stdinFilename !== undefined && !args.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (args.stdin && args.stdinFilename === undefined) throw new UsageError('--stdin needs --stdin-filename <path>, the path the text is checked as');
  if (args.stdin && (args.paths.length > 0 || args.changed || args.staged)) throw new UsageError('Unexpected paths, --changed or --staged with --stdin, expected only the text on standard input');
  if (args.staged && args.changed) throw new UsageError('Unexpected --staged with --changed, expected one of them');
  if (args.fix && args.stdin) throw new UsageError('Unexpected --fix with --stdin, expected --fix-dry-run to see the fixes');
  if (args.changedLines && !args.changed) throw new UsageError('--changed-lines needs --changed');
  if (args.allowPrivateHosts && !args.external) throw new UsageError('--allow-private-hosts needs --external');
  return args;
}

/** `--unknown-words` is `--format unknown-words`; another `--format` with it is a contradiction. */
function unknownWordsFormat(format: unknown): string {
  if (format !== undefined && format !== 'unknown-words') {
    throw new UsageError(`Unexpected --format ${String(format)} with --unknown-words, expected no --format (it is --format unknown-words)`);
  }
  return 'unknown-words';
}

/**
 * The baseline options. cac reads `--no-baseline` as `baseline: false` and gives `baseline: true`
 * when neither is written, so whether `--baseline` itself was written is read from the arguments.
 */
function baselineOptions(values: Record<string, unknown>, options: readonly string[], argv: readonly string[]): BaselineOptions {
  const value = last(values.baseline);
  const off = options.includes('--no-baseline');
  const written = options.some((argument) => argument === '--baseline' || argument.startsWith('--baseline='));
  const baseline: BaselineOptions = {
    ...(written && value !== true && value !== false ? { path: asWritten(value, 'baseline', argv) } : {}),
    required: written,
    off,
    write: values.baselineWrite === true,
    prune: values.baselinePrune === true,
  };
  if (off && (baseline.required || baseline.write || baseline.prune)) throw new UsageError('Unexpected --no-baseline with another baseline option, expected one of them');
  if (baseline.write && baseline.prune) {
    throw new UsageError('Unexpected --baseline-write with --baseline-prune, expected one of them (writing replaces what pruning would remove)');
  }
  if ((baseline.write || baseline.prune) && values.changedLines === true) {
    throw new UsageError(`Unexpected ${baseline.write ? '--baseline-write' : '--baseline-prune'} with --changed-lines, expected a run that reports every finding of the files it checks`);
  }
  return baseline;
}
