/**
 * Commands of `pressroom` that other packages provide. The check never needs them: each is loaded
 * only when asked for, and its package depends on this one, not the other way round.
 */
export interface DelegatedCommand {
  /** The package whose `main(argv, io)` runs the command. */
  packageName: string;
  /** One line for `pressroom --help`. */
  summary: string;
}

export const delegatedCommands: Readonly<Record<string, DelegatedCommand>> = {
  'pr-report': {
    packageName: '@pressroom/pr-report',
    summary: 'the pull request report: findings, changed pages, builds and screenshots (pressroom pr-report --help)',
  },
};

interface DelegatedIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

type CommandModule = { main?: (argv: readonly string[], io: DelegatedIo) => Promise<number> };

/** Runs a delegated command with the arguments after its name; its exit code, or 2 when it cannot load. */
export async function runDelegated(name: string, argv: readonly string[], io: DelegatedIo): Promise<number> {
  const command = delegatedCommands[name]!;
  let loaded: CommandModule;
  try {
    // A variable, so that neither the bundler nor the type checker follows it into that package.
    const specifier = command.packageName;
    loaded = (await import(specifier)) as CommandModule;
  } catch (error) {
    const missing = (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(command.packageName);
    io.stderr(
      missing
        ? `pressroom: ${name} needs ${command.packageName}, which is not installed: pnpm add -D ${command.packageName}\n`
        : `pressroom: could not load ${command.packageName}: ${(error as Error).message}\n`,
    );
    return 2;
  }
  if (typeof loaded.main !== 'function') {
    io.stderr(`pressroom: ${command.packageName} has no main(argv, io) to run ${name}\n`);
    return 2;
  }
  return loaded.main(argv, { stdout: io.stdout, stderr: io.stderr, env: io.env, cwd: io.cwd });
}
