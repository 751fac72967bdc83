import { CheckConfigError } from '../run/config.js';
import { parseArguments, usage, UsageError, type Arguments } from './arguments.js';
import { runCheck } from './check-command.js';
import { delegatedCommands, runDelegated } from './commands.js';
import { GitError } from './git.js';
import { processIo, type CliIo } from './io.js';
import { packageVersion } from './version.js';

export type { CliIo };

/** The other commands, for the help: `init`, and those other packages provide. */
const otherCommands = `Other commands:\n${[['init', { summary: 'write a pressroom.config.json for this repository from the content in it (pressroom init --help)' }] as const, ...Object.entries(delegatedCommands)]
  .map(([name, command]) => `  ${name.padEnd(18)}${command.summary}`)
  .join('\n')}`;

/** Runs the CLI and returns its exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  // Another package's command takes its own options, so it gets them before this parser sees them.
  const [first, ...rest] = argv;
  if (first !== undefined && Object.hasOwn(delegatedCommands, first)) return runDelegated(first, rest, io);
  if (first === 'init') {
    // Loaded only for this command: a check never needs it.
    const { runInit } = await import('./init.js');
    try {
      return await runInit(rest, io);
    } catch (error) {
      io.stderr(`pressroom init: ${(error as Error)?.message ?? String(error)}\n`);
      return 2;
    }
  }
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
    (args.help ? io.stdout : io.stderr)(`${usage}\n\n${otherCommands}\n`);
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
