import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';

// The built command, whose template is beside it in dist/ (the types are the source's).
const built = pathToFileURL(fileURLToPath(new URL('../dist/index.js', import.meta.url))).href;
const { main } = (await import(built)) as typeof import('../src/index.ts');

const scratch = mkdtempSync(join(tmpdir(), 'create-pressroom-prompts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A terminal: answers each question as it is asked, in order. */
function terminal(answers: string[]) {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = Object.assign(new PassThrough(), { isTTY: true });
  const stderr = new PassThrough();
  let shown = '';
  let asked = 0;
  stdout.on('data', (chunk: Buffer) => {
    shown += chunk.toString();
    const questions = shown.split('): ').length - 1;
    while (asked < questions && asked < answers.length) stdin.write(`${answers[asked++]}\n`);
  });
  return { io: { stdin, stdout, stderr, cwd: scratch, env: {} }, shown: () => shown };
}

test('in a terminal, asks for what the flags leave out, an empty answer taking the default', async () => {
  const { io, shown } = terminal(['Notes From Afar', '', '', 'Ada Asker', 'https://github.com/asker/asked']);
  const code = await main(['asked', '--url', 'https://blog.asked.example', '--no-install', '--no-git'], io);
  expect(code).toBe(0);
  const questions = [...shown().matchAll(/([^\n]*?) \(([^()]*)\): /g)].map((match) => `${match[1]!.replace(/^.*\u001b\[\d*[A-Za-z]/, '')} (${match[2]})`);
  expect(questions).toEqual([
    "The blog's name (asked Blog)",
    "The documentation's name (asked Docs)",
    "The docs' public address (https://docs.asked.example)",
    expect.stringMatching(/^The posts' author \(.+\)$/),
    "The repository's web address (https://github.com/your-name/asked)",
  ]);
  const config = JSON.parse(readFileSync(join(scratch, 'asked', 'pressroom.config.json'), 'utf8'));
  expect(config.sites.blog).toMatchObject({ title: 'Notes From Afar', url: 'https://blog.asked.example' });
  expect(config.sites.docs).toMatchObject({ title: 'asked Docs', url: 'https://docs.asked.example' });
  expect(config.author).toBe('Ada Asker');
  expect(config.repository.url).toBe('https://github.com/asker/asked');
});

test('with CI set, a terminal is not asked anything', async () => {
  const { io, shown } = terminal([]);
  const code = await main(['quiet', '--no-install', '--no-git'], { ...io, env: { CI: 'true' } });
  expect(code).toBe(0);
  expect(shown()).not.toMatch(/\): /);
});
