import { spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CreateError, createRepository, type CreateOptions } from './create.js';

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export const usage = `Usage: pnpm create pressroom <directory> [options]
       npm create pressroom@latest <directory> -- [options]

Creates a new repository with a blog and a documentation site, checked by Pressroom.

Options:
  --blog-title <title>   the blog's name               (default: "<directory> Blog")
  --docs-title <title>   the documentation's name      (default: "<directory> Docs")
  --url <url>            the blog's public address     (default: https://blog.example.com)
  --docs-url <url>       the docs' public address      (default: the blog's, blog. → docs.)
  --author <name>        the posts' default author     (default: git's user.name, else <directory>)
  --repository <url>     the repository's web address  (default: https://github.com/<you>/<directory>)
  --no-install           write the files only, do not run pnpm install
  --no-git               do not create a git repository
  -h, --help             show this help

In a terminal, what is left out is asked for. Elsewhere (CI, scripts, CI=true) nothing is asked
and the defaults apply. Exit codes: 0 created, 1 a step after writing failed, 2 nothing written.`;

const options = {
  'blog-title': { type: 'string' },
  'docs-title': { type: 'string' },
  url: { type: 'string' },
  'docs-url': { type: 'string' },
  author: { type: 'string' },
  repository: { type: 'string' },
  install: { type: 'boolean', default: true },
  git: { type: 'boolean', default: true },
  help: { type: 'boolean', short: 'h' },
} as const;

function gitUserName(cwd: string): string | undefined {
  const run = spawnSync('git', ['config', 'user.name'], { cwd, encoding: 'utf8' });
  return run.status === 0 && run.stdout.trim() ? run.stdout.trim() : undefined;
}

/** The docs' address from the blog's: `blog.example.com` → `docs.example.com`. */
function docsUrlFrom(blogUrl: string): string {
  try {
    const url = new URL(blogUrl);
    if (url.hostname.startsWith('blog.')) return `${url.protocol}//docs.${url.host.slice('blog.'.length)}`;
  } catch {
    // An invalid blog address is reported by name once the config is validated.
  }
  return 'https://docs.example.com';
}

function run(command: string, args: string[], cwd: string, io: CliIo): boolean {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: io.env ?? process.env, shell: process.platform === 'win32' });
  return result.status === 0;
}

/** `create-pressroom`: resolves to the exit code. */
export async function main(argv: string[], io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  const say = (text: string) => io.stdout.write(`${text}\n`);
  const fail = (text: string, code: number) => {
    io.stderr.write(`${text}\n`);
    return code;
  };

  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, allowNegative: true, strict: true });
  } catch (error) {
    return fail(`create-pressroom: ${(error as Error).message}\n\n${usage}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    say(usage);
    return 0;
  }
  if (positionals.length > 1) return fail(`create-pressroom: one directory, got ${positionals.length}: ${positionals.join(' ')}\n\n${usage}`, 2);

  const interactive = Boolean(io.stdin.isTTY && io.stdout.isTTY) && !env.CI;
  const rl = interactive ? createInterface({ input: io.stdin, output: io.stdout }) : undefined;
  const ask = async (question: string, fallback: string): Promise<string> => {
    if (!rl) return fallback;
    const answer = (await rl.question(`${question} (${fallback}): `)).trim();
    return answer || fallback;
  };

  let created: CreateOptions;
  try {
    let directory = positionals[0];
    if (!directory) {
      if (!rl) return fail(`create-pressroom: name the folder to create, e.g. \`pnpm create pressroom my-site\`.\n\n${usage}`, 2);
      directory = await ask('Folder to create', 'my-site');
    }
    const name = resolve(cwd, directory).split(/[\\/]/).pop() ?? directory;
    const blogTitle = values['blog-title'] ?? (await ask("The blog's name", `${name} Blog`));
    const docsTitle = values['docs-title'] ?? (await ask("The documentation's name", `${name} Docs`));
    const url = values.url ?? (await ask("The blog's public address", 'https://blog.example.com'));
    const docsUrl = values['docs-url'] ?? (await ask("The docs' public address", docsUrlFrom(url)));
    const author = values.author ?? (await ask('The posts\' author', gitUserName(cwd) ?? name));
    const repository = values.repository ?? (await ask("The repository's web address", `https://github.com/your-name/${name}`));
    created = { directory: resolve(cwd, directory), blogTitle, docsTitle, url, docsUrl, author, repository };
  } finally {
    rl?.close();
  }

  let files: string[];
  try {
    files = createRepository(created);
  } catch (error) {
    if (error instanceof CreateError) return fail(`create-pressroom: ${error.message}`, 2);
    throw error;
  }
  const shown = relative(cwd, created.directory) || '.';
  say(`Created ${shown}: ${files.length} files, a blog and a documentation site.`);

  let failed = false;
  if (values.install) {
    say('Installing with pnpm…');
    // No lockfile yet: CI's default --frozen-lockfile would refuse to write one.
    if (!run('pnpm', ['install', '--no-frozen-lockfile'], created.directory, io)) {
      io.stderr.write(`create-pressroom: pnpm install failed; run it in ${shown} once the problem above is fixed.\n`);
      failed = true;
    }
  }
  // After the install, so the lockfile is in the first commit.
  if (values.git) {
    const git = (...args: string[]) => spawnSync('git', args, { cwd: created.directory, stdio: 'ignore' }).status === 0;
    if (!git('init', '-q', '-b', 'main')) {
      io.stderr.write('create-pressroom: git init failed; run it yourself, or pass --no-git.\n');
    } else if (!(git('add', '-A') && git('commit', '-q', '-m', 'Create the repository with create-pressroom'))) {
      // Most often git has no user.name or user.email yet: the files are there, staged.
      io.stderr.write('create-pressroom: created a git repository but could not commit (is git\'s user.email set?); commit the staged files yourself.\n');
    }
  }
  say(`\nNext:\n  cd ${shown}${values.install ? '' : '\n  pnpm install'}\n  pnpm check\n  pnpm dev`);
  return failed ? 1 : 0;
}
