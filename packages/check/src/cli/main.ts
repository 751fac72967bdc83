import { appendFileSync, readFileSync } from 'node:fs';
import { addedLines, changedFiles, defaultBase, GitError, isRevision } from './git.js';
import { defaultCachePath } from '../run/cache.js';
import { CheckConfigError, loadConfig, type ResolvedConfig } from '../run/config.js';
import { withExternalLinks } from './external-flag.js';
import { check, prepareDictionaries, type Diagnostic } from '../run/check.js';
import { fixesFor, writeFixes, type FixMode } from './fix.js';
import { outputFormat, outputFormats } from '../report/index.js';
import { formatStepSummary } from '../report/step-summary.js';
import { summaryLine, totals } from '../report/summary.js';
import { ruleUrl } from '../rules/url.js';
import { rules } from '../rules/index.js';
import { styleRuleIds } from '../rules/style.js';

const usage = `Usage: pressroom check [paths…] [options]

Checks Markdown content: frontmatter, spelling, style, links and unsafe content.
Without paths, checks both sites' content folders.

Options:
  --changed [ref]     only files changed since ref (default: merge base with the default branch),
                      and in other files their links into those
  --changed-lines     with --changed: only findings on lines the change added, and those links
  --external          also check links to other websites (slow; the scheduled workflow runs it)
  --allow-private-hosts
                      with --external: let it reach private and loopback addresses (local test servers)
  --fix[=spelling]    apply safe style fixes; =spelling also applies single-suggestion spelling fixes
  --format <name>     ${outputFormats.map((format) => (format.note ? `${format.name} (${format.note})` : format.name)).join(', ')}
  --no-cache          ignore and do not write the cache (node_modules/.cache/pressroom)
  --no-color          plain output
  --profile           print the time of each phase to stderr
  --quiet             report errors only
  -h, --help          this help
  -v, --version       the version

Exit codes: 0 no errors, 1 errors found, 2 usage or configuration error.`;

class UsageError extends Error {
  override name = 'UsageError';
}

interface Arguments {
  command: string | undefined;
  paths: string[];
  changed: { ref: string | undefined } | undefined;
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
}

const formats = outputFormats.map((format) => format.name);

/** A small hand parser: `--changed` takes an optional value, which `util.parseArgs` cannot express. */
function parseArguments(argv: readonly string[]): Arguments {
  const parsed: Arguments = {
    command: undefined,
    paths: [],
    changed: undefined,
    changedLines: false,
    external: false,
    allowPrivateHosts: false,
    fix: undefined,
    format: undefined,
    color: undefined,
    profile: false,
    cache: true,
    quiet: false,
    help: false,
    version: false,
  };
  const rest = [...argv];
  let onlyPaths = false;
  while (rest.length > 0) {
    const argument = rest.shift()!;
    if (onlyPaths || !argument.startsWith('-')) {
      if (parsed.command === undefined && !onlyPaths) parsed.command = argument;
      else parsed.paths.push(argument);
      continue;
    }
    const [name, inline] = argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined];
    switch (name) {
      case '--':
        onlyPaths = true;
        if (parsed.command === undefined) parsed.command = rest.shift();
        break;
      case '--changed':
        parsed.changed = { ref: inline };
        // The next argument is the ref when it is not an option; whether it is a ref or a path is
        // decided later, with git.
        if (inline === undefined && rest[0] !== undefined && !rest[0].startsWith('-')) {
          parsed.changed = { ref: `?${rest.shift()}` };
        }
        break;
      case '--changed-lines':
        parsed.changedLines = true;
        break;
      case '--external':
        parsed.external = true;
        break;
      case '--allow-private-hosts':
        parsed.allowPrivateHosts = true;
        break;
      case '--fix':
        if (inline !== undefined && inline !== 'spelling' && inline !== 'style') {
          throw new UsageError(`Unexpected --fix=${inline}, expected --fix or --fix=spelling`);
        }
        parsed.fix = inline === 'spelling' ? 'spelling' : 'style';
        break;
      case '--format': {
        const value = inline ?? rest.shift();
        if (!value || !formats.includes(value)) {
          throw new UsageError(`Unexpected --format ${value ?? '(nothing)'}, expected one of ${formats.join(', ')}`);
        }
        parsed.format = value;
        break;
      }
      case '--color':
        parsed.color = true;
        break;
      case '--no-color':
        parsed.color = false;
        break;
      case '--no-cache':
        parsed.cache = false;
        break;
      case '--profile':
        parsed.profile = true;
        break;
      case '--quiet':
        parsed.quiet = true;
        break;
      case '-h':
      case '--help':
        parsed.help = true;
        break;
      case '-v':
      case '--version':
        parsed.version = true;
        break;
      default:
        throw new UsageError(`Unknown option ${name}`);
    }
  }
  if (parsed.changedLines && !parsed.changed) throw new UsageError('--changed-lines needs --changed');
  if (parsed.allowPrivateHosts && !parsed.external) throw new UsageError('--allow-private-hosts needs --external');
  return parsed;
}

function packageVersion(): string {
  try {
    const json = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return json.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
}

const defaultIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stderr.isTTY),
});

/** Runs the CLI and returns its exit code. */
export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  let args: Arguments;
  try {
    args = parseArguments(argv);
  } catch (error) {
    io.stderr(`pressroom: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (args.version) {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  if (args.help || args.command === undefined) {
    (args.help ? io.stdout : io.stderr)(`${usage}\n`);
    return args.help ? 0 : 2;
  }
  if (args.command !== 'check') {
    io.stderr(`pressroom: unknown command ${args.command}\n\n${usage}\n`);
    return 2;
  }
  try {
    return await runCheck(args, io);
  } catch (error) {
    if (error instanceof CheckConfigError || error instanceof GitError || error instanceof UsageError) {
      io.stderr(`pressroom: ${error.message}\n`);
      return 2;
    }
    // The engine catches per file and per rule; reaching this is a bug, still reported without a trace.
    io.stderr(`pressroom: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    return 2;
  }
}

async function runCheck(args: Arguments, io: CliIo): Promise<number> {
  const started = performance.now();
  const loaded: ResolvedConfig = loadConfig(io.cwd);
  const knownIds = new Set([...rules.map((rule) => rule.meta.id), ...styleRuleIds()]);
  const unknownIds = Object.keys(loaded.checks.rules).filter((id) => !knownIds.has(id));
  if (unknownIds.length > 0) {
    // A misspelt rule id would otherwise be ignored without a word.
    throw new CheckConfigError(
      `${loaded.site.configPath}: unknown rule ${unknownIds.map((id) => `"${id}"`).join(', ')} in checks.rules, expected one of ${[...knownIds].sort().join(', ')}`,
    );
  }
  const config = args.external ? withExternalLinks(loaded, { allowPrivateHosts: args.allowPrivateHosts }) : loaded;
  const root = config.site.rootDir;
  const inGithub = io.env.GITHUB_ACTIONS === 'true';
  const format = outputFormat(args.format ?? (inGithub ? 'github' : 'stylish'))!;
  const color = args.color ?? (io.isTTY && format.name === 'stylish' && !io.env.NO_COLOR && !inGithub);

  // Loading them takes longer than asking git what changed; both go on at once.
  prepareDictionaries(config, { cache: args.cache, changed: args.changed !== undefined });

  let only: Set<string> | undefined;
  let base: string | undefined;
  if (args.changed) {
    let ref = args.changed.ref;
    if (ref?.startsWith('?')) {
      // `--changed X`: X is a ref when git knows it, otherwise the first path.
      const candidate = ref.slice(1);
      if (await isRevision(root, candidate)) ref = candidate;
      else {
        args.paths.unshift(candidate);
        ref = undefined;
      }
    }
    if (ref !== undefined && !(await isRevision(root, ref))) throw new UsageError(`Unknown git revision ${ref}`);
    base = ref ?? (await defaultBase(root, config.site.config.repository.branch));
    only = await changedFiles(root, base);
  }

  let progressShown = false;
  const onProgress = (done: number, total: number) => {
    // A progress line only for people watching a terminal, and only once a run is slow enough.
    if (!io.isTTY || io.env.CI || format.name !== 'stylish' || performance.now() - started < 1000) return;
    progressShown = true;
    io.stderr(`\r\u001B[2Kchecking ${done}/${total} files…`);
  };

  const result = await check({
    config,
    paths: args.paths,
    cwd: io.cwd,
    ...(only ? { only } : {}),
    cache: args.cache ? { path: defaultCachePath(root) } : false,
    onProgress,
    // The command line checks once: the end of the run may have the dictionaries' memory.
    keepDictionaries: false,
  });
  if (progressShown) io.stderr('\r\u001B[2K');
  for (const warning of result.warnings) io.stderr(`pressroom: ${warning}\n`);

  let keepLine: ((diagnostic: Diagnostic) => boolean) | undefined;
  if (args.changedLines && base !== undefined && only) {
    const changed = only;
    const lines = await addedLines(root, base, result.files.map((entry) => entry.file.relativePath).filter((file) => changed.has(file)));
    keepLine = (diagnostic) => {
      // A file the branch did not change is reported only for its links into changed files, which
      // the change may have broken wherever the link is written.
      if (!changed.has(diagnostic.file)) return true;
      const added = lines.get(diagnostic.file);
      if (added === 'all') return true;
      if (!added) return false;
      for (let line = diagnostic.line; line <= diagnostic.endLine; line++) if (added.has(line)) return true;
      return false;
    };
  }

  let fixed = 0;
  if (args.fix) {
    for (const entry of result.files) {
      const fixes = fixesFor(keepLine ? entry.diagnostics.filter(keepLine) : entry.diagnostics, args.fix);
      try {
        const applied = await writeFixes(entry.file, fixes);
        if (applied > 0) {
          fixed += applied;
          const appliedFixes = new Set(fixes);
          entry.diagnostics = entry.diagnostics.filter((diagnostic) => !diagnostic.fix || !appliedFixes.has(diagnostic.fix));
        }
      } catch (error) {
        io.stderr(`pressroom: could not write fixes to ${entry.file.relativePath}: ${(error as Error).message}\n`);
      }
    }
  }

  const outputStart = performance.now();
  let diagnostics = result.files.flatMap((entry) => entry.diagnostics);
  if (keepLine) diagnostics = diagnostics.filter(keepLine);
  if (args.quiet) diagnostics = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const summary = totals(diagnostics, result.files.length, performance.now() - started);
  format.write(
    {
      diagnostics,
      files: result.files.length,
      summary: `${summaryLine(summary)}${fixed > 0 ? ` (${fixed} fixed)` : ''}`,
      color,
      rules: () => [
        ...rules.map((rule) => ({ id: rule.meta.id, description: rule.meta.description, url: ruleUrl(config.site.config, rule.meta.id) })),
        ...styleRuleIds().map((id) => ({ id, description: `remark-lint rule ${id}`, url: ruleUrl(config.site.config, id) })),
      ],
      version: packageVersion(),
    },
    io,
  );
  if (inGithub && io.env.GITHUB_STEP_SUMMARY) {
    const repository = config.site.config.repository;
    const sha = io.env.GITHUB_SHA;
    const blobBase = sha ? `${repository.url}/blob/${sha}` : undefined;
    try {
      appendFileSync(io.env.GITHUB_STEP_SUMMARY, formatStepSummary(diagnostics, summary, blobBase));
    } catch (error) {
      io.stderr(`pressroom: could not write the step summary: ${(error as Error).message}\n`);
    }
  }
  if (args.profile) {
    result.timings.set('output', performance.now() - outputStart);
    const width = Math.max(12, ...[...result.timings.keys()].map((phase) => phase.length));
    const rows = [...result.timings].map(([phase, ms]) => `  ${phase.padEnd(width)} ${ms.toFixed(1).padStart(9)} ms`);
    io.stderr(`Time per phase (${result.cacheHits} of ${result.files.length} files from the cache):\n${rows.join('\n')}\n  ${'total'.padEnd(width)} ${(performance.now() - started).toFixed(1).padStart(9)} ms\n`);
  }
  return summary.errors > 0 ? 1 : 0;
}
