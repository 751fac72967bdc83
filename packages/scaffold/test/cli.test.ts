import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { main } from '../src/cli.js';
import { localDate } from '../src/index.js';
import { binPath, tempRepo } from './helpers.js';

function runBin(args: string[], cwd: string) {
  // stdin is a pipe and stdout is captured: exactly what CI and scripts look like.
  return spawnSync(process.execPath, [binPath, ...args], { cwd, encoding: 'utf8', input: '' });
}

function blogFiles(repo: string): string[] {
  return readdirSync(join(repo, 'content/blog')).sort();
}

describe('pressroom-new without a terminal', () => {
  test('creates a post from flags alone', () => {
    const repo = tempRepo();
    const before = localDate(new Date());
    const result = runBin(['post', 'Hello, World!', '--description', 'A first post.', '--tags', 'Intro,Guide', '--draft'], repo);
    const after = localDate(new Date());
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Created content/blog/hello-world.md');
    const text = readFileSync(join(repo, 'content/blog/hello-world.md'), 'utf8');
    const date = /pubDatetime: (\S+)/.exec(text)?.[1];
    expect([before, after]).toContain(date);
    expect(text).toContain('author: Fixture Author');
    expect(text).toContain('draft: true');
  });

  test('lists every missing argument and exits 2 without asking or writing', () => {
    const repo = tempRepo();
    const filesBefore = blogFiles(repo);
    const result = runBin(['post'], repo);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Missing "Title", --description. Not a terminal');
    expect(result.stdout).toBe('');
    expect(blogFiles(repo)).toEqual(filesBefore);
  });

  test('with no arguments at all it asks for the kind', () => {
    const result = runBin([], tempRepo());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Missing <post|doc>');
  });

  test('a doc needs only its path', () => {
    const repo = tempRepo();
    const result = runBin(['doc', 'guides/write-a-page'], repo);
    expect(result.status).toBe(0);
    expect(readFileSync(join(repo, 'content/docs/guides/write-a-page.md'), 'utf8')).toBe('---\ntitle: Write a page\n---\n\nWrite the page here.\n');
  });

  test.each([
    [['frob'], /Unexpected "frob", expected "post" or "doc"/],
    [['post', 'Two', 'words', '--description', 'x'], /Unexpected extra arguments "words"; quote a title/],
    [['post', 'T', '--description', 'x', '--colour', 'red'], /Unknown option '--colour'/],
    [['doc', 'guides/x', '--slug', 'y'], /--slug is for posts/],
  ])('usage error %j exits 2', (args, message) => {
    const result = runBin(args, tempRepo());
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  test('an existing file exits 1 and stays byte-identical', () => {
    const repo = tempRepo();
    const existing = join(repo, 'content/blog/existing-post.md');
    const before = readFileSync(existing);
    const result = runBin(['post', 'Existing post', '--description', 'Again.'], repo);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/blog/existing-post.md already exists');
    expect(readFileSync(existing).equals(before)).toBe(true);
  });
});

/** A stream that claims to be a terminal, so `main` takes the interactive path. */
function terminalStreams() {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = Object.assign(new PassThrough(), { isTTY: true });
  const stderr = new PassThrough();
  let output = '';
  let answeredUpTo = 0;
  const answers: Array<[prompt: string, answer: string]> = [];
  // Answers each prompt once it has been shown after the previous answer, as a person would.
  stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const next = answers[0];
    if (next && output.indexOf(next[0], answeredUpTo) !== -1) {
      answers.shift();
      answeredUpTo = output.length;
      stdin.write(`${next[1]}\n`);
    }
  });
  return { io: { stdin, stdout, stderr }, answer: (prompt: string, text: string) => answers.push([prompt, text]), output: () => output };
}

describe('pressroom-new in a terminal (injected streams)', () => {
  test('asks for what is missing, re-asks an empty required answer, then writes', async () => {
    const repo = tempRepo();
    const terminal = terminalStreams();
    terminal.answer('post or a doc?', 'post');
    terminal.answer('Title', '');
    terminal.answer('Title', 'Asked for everything');
    terminal.answer('Description', 'Every field came from a prompt.');
    terminal.answer('Tags', 'One, Two');
    terminal.answer('draft?', 'n');
    const code = await main([], { ...terminal.io, cwd: repo, now: new Date(2026, 0, 2) });
    expect(code).toBe(0);
    expect(terminal.output().match(/Title: /g)).toHaveLength(2);
    expect(readFileSync(join(repo, 'content/blog/asked-for-everything.md'), 'utf8')).toBe(
      [
        '---',
        'title: Asked for everything',
        'description: Every field came from a prompt.',
        'pubDatetime: 2026-01-02',
        'author: Fixture Author',
        'tags:',
        '  - One',
        '  - Two',
        '---',
        '',
        'Write the post here.',
        '',
      ].join('\n'),
    );
  });

  test('a doc asks for its path and an optional description', async () => {
    const repo = tempRepo();
    const terminal = terminalStreams();
    terminal.answer('Path inside the docs folder', 'Reference/CLI Options');
    terminal.answer('Description (optional)', '');
    const code = await main(['doc'], { ...terminal.io, cwd: repo, now: new Date() });
    expect(code).toBe(0);
    expect(readFileSync(join(repo, 'content/docs/reference/cli-options.md'), 'utf8')).toBe('---\ntitle: CLI Options\n---\n\nWrite the page here.\n');
  });

  test('asks nothing when every required argument is given', async () => {
    const repo = tempRepo();
    const terminal = terminalStreams();
    const code = await main(['doc', 'guides/quiet'], { ...terminal.io, cwd: repo, now: new Date() });
    expect(code).toBe(0);
    expect(terminal.output()).not.toContain('?');
    expect(existsSync(join(repo, 'content/docs/guides/quiet.md'))).toBe(true);
  });
});

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe.runIf(hasScript)('pressroom-new in a real pseudo-terminal (util-linux script)', () => {
  test('prompts, reads the answers typed and creates the post', async () => {
    const repo = tempRepo();
    const answers: Array<[string, string]> = [
      ['Title: ', 'Typed in a terminal'],
      ['Description (one or two sentences): ', 'Driven through a pty.'],
      ['Tags, separated by commas: ', 'Pty'],
      ['Start as a draft? [y/N]: ', 'y'],
    ];
    const child = spawn('script', ['-q', '-e', '-c', `"${process.execPath}" "${binPath}" post`, '/dev/null'], {
      cwd: repo,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const next = answers[0];
      if (next && output.includes(next[0])) {
        answers.shift();
        child.stdin.write(`${next[1]}\r`);
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(answers, `prompts still unanswered; output so far:\n${output}`).toEqual([]);
    expect(code).toBe(0);
    expect(output).toContain('Created content/blog/typed-in-a-terminal.md');
    const text = readFileSync(join(repo, 'content/blog/typed-in-a-terminal.md'), 'utf8');
    expect(text).toContain('description: Driven through a pty.');
    expect(text).toContain('draft: true');
  });
});
