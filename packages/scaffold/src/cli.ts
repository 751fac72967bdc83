import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { SiteConfigError } from '@pressroom/site-config';
import { parseTags, planDoc, planPost, writePlannedFile, type PlannedFile } from './create.js';
import { ScaffoldError } from './slug.js';

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  cwd?: string;
  now?: Date;
}

export const usage = `Usage:
  pnpm new post "Title" --description "One or two sentences" [--tags a,b] [--draft] [--slug file-name]
  pnpm new doc guides/page-name [--title "Page title"] [--description "One sentence"]

In a terminal, anything left out is asked for. Elsewhere (CI, scripts) pass it as flags.
Exit codes: 0 created, 1 not created (exists, invalid), 2 usage error.`;

const options = {
  description: { type: 'string' },
  tags: { type: 'string', multiple: true },
  draft: { type: 'boolean' },
  title: { type: 'string' },
  slug: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = {
  description?: string;
  tags?: string[];
  draft?: boolean;
  title?: string;
  slug?: string;
};

class UsageError extends Error {}

function missingFields(kind: string | undefined, subject: string | undefined, values: Values): string[] {
  if (kind === undefined) return ['<post|doc>'];
  const missing: string[] = [];
  if (kind === 'post') {
    if (!subject?.trim()) missing.push('"Title"');
    if (!values.description?.trim()) missing.push('--description');
  } else if (!subject?.trim()) {
    missing.push('<path>');
  }
  return missing;
}

/** Asks one question at a time; an empty answer to a required question asks again. */
class Prompter {
  private readonly rl;
  constructor(io: CliIo) {
    this.rl = createInterface({ input: io.stdin, output: io.stdout, terminal: Boolean(io.stdout.isTTY) });
  }
  async ask(question: string, { required = false, fallback = '' } = {}): Promise<string> {
    for (;;) {
      const hint = fallback ? ` (${fallback})` : '';
      const answer = (await this.rl.question(`${question}${hint}: `)).trim();
      if (answer !== '') return answer;
      if (!required) return fallback;
    }
  }
  async confirm(question: string): Promise<boolean> {
    const answer = await this.ask(`${question} [y/N]`);
    return /^y(?:es)?$/i.test(answer);
  }
  close() {
    this.rl.close();
  }
}

async function fillInteractively(
  io: CliIo,
  kind: string | undefined,
  subject: string | undefined,
  values: Values,
): Promise<{ kind: string; subject: string; values: Values }> {
  const prompter = new Prompter(io);
  try {
    let chosenKind = kind;
    while (chosenKind !== 'post' && chosenKind !== 'doc') {
      chosenKind = (await prompter.ask('What do you want to write, a post or a doc?', { required: true })).toLowerCase();
    }
    const filled: Values = { ...values };
    let chosenSubject = subject?.trim() ?? '';
    if (chosenKind === 'post') {
      if (!chosenSubject) chosenSubject = await prompter.ask('Title', { required: true });
      if (!filled.description?.trim()) filled.description = await prompter.ask('Description (one or two sentences)', { required: true });
      if (filled.tags === undefined) filled.tags = parseTags(await prompter.ask('Tags, separated by commas', { fallback: '' }));
      if (filled.draft === undefined) filled.draft = await prompter.confirm('Start as a draft?');
    } else {
      if (!chosenSubject) chosenSubject = await prompter.ask('Path inside the docs folder, e.g. guides/deploy-sites', { required: true });
      if (filled.description === undefined) filled.description = await prompter.ask('Description (optional)');
    }
    return { kind: chosenKind, subject: chosenSubject, values: filled };
  } finally {
    prompter.close();
  }
}

function plan(kind: string, subject: string, values: Values, io: CliIo): PlannedFile {
  const context = { cwd: io.cwd ?? process.cwd(), now: io.now ?? new Date() };
  if (kind === 'post') {
    return planPost(
      {
        title: subject,
        description: values.description ?? '',
        tags: values.tags ?? [],
        draft: values.draft ?? false,
        ...(values.slug === undefined ? {} : { slug: values.slug }),
      },
      context,
    );
  }
  return planDoc(
    {
      path: subject,
      ...(values.title === undefined ? {} : { title: values.title }),
      ...(values.description === undefined ? {} : { description: values.description }),
    },
    context,
  );
}

function nextSteps(file: PlannedFile): string {
  const app = file.site === 'blog' ? '@pressroom/blog' : '@pressroom/docs';
  return [
    `Created ${file.repositoryPath}`,
    '',
    'Next:',
    `  preview it:   pnpm --filter ${app} dev`,
    `  check it:     pnpm exec pressroom check ${file.repositoryPath}`,
  ].join('\n');
}

/** Runs `pressroom-new` and returns the exit code; never throws for bad input. */
export async function main(
  argv: readonly string[],
  io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr.write(`pressroom-new: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(`${usage}\n`);
    return 0;
  }
  let [kind, subject, ...extra] = parsed.positionals;
  let values: Values = parsed.values;
  try {
    if (extra.length > 0) {
      throw new UsageError(`Unexpected extra arguments ${extra.map((arg) => JSON.stringify(arg)).join(' ')}; quote a title that has spaces`);
    }
    if (kind !== undefined && kind !== 'post' && kind !== 'doc') {
      throw new UsageError(`Unexpected "${kind}", expected "post" or "doc"`);
    }
    if (kind === 'doc' && values.slug !== undefined) throw new UsageError('--slug is for posts; a doc takes its path as the argument');
    if (kind === 'post' && values.title !== undefined) throw new UsageError('--title is for docs; a post takes its title as the argument');
    const missing = missingFields(kind, subject, values);
    if (missing.length > 0) {
      if (!(io.stdin.isTTY && io.stdout.isTTY)) {
        throw new UsageError(
          `Missing ${missing.join(', ')}. Not a terminal, so nothing can be asked: pass ${missing.length > 1 ? 'them' : 'it'} on the command line.`,
        );
      }
      ({ kind, subject, values } = await fillInteractively(io, kind, subject, values));
    }
    const file = await writePlannedFile(plan(kind!, subject!, values, io));
    io.stdout.write(`${nextSteps(file)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`pressroom-new: ${error.message}\n\n${usage}\n`);
      return 2;
    }
    if (error instanceof ScaffoldError || error instanceof SiteConfigError) {
      io.stderr.write(`pressroom-new: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
