import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonDiagnostics, makeSandbox, runPressroom, type CliRun } from './support/fixture-root.ts';

/** A word no dictionary has: if it shows up in any output, a file outside the repository was read. */
const MARKER = 'Zqxjvmarkerword';

const secret = `---
title: ${MARKER} secret
description: ${MARKER} is on this page.
pubDatetime: not-a-date
---

## ${MARKER} heading

${MARKER} ${MARKER}s body text, and trailing spaces to fix.   
`;

// Each hostile link on its own line, so a diagnostic can be matched to it by line number.
const hostileLinks = {
  'relative path up to /etc/passwd': '[passwd](../../../../../../../../etc/passwd)',
  'image up to /etc/passwd': '![passwd](../../../../../../../../etc/passwd)',
  'image in a folder outside the repository': '![photo](../../../outside/photo.png)',
  'Markdown file outside the repository': `[secret](../../../outside/secret.md#${MARKER.toLowerCase()}-heading)`,
  'absolute path': '[absolute](/etc/passwd)',
  'percent-encoded traversal': '[encoded](..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd)',
  'Windows drive path': '[windows](C:\\Windows\\win.ini)',
  'Windows UNC path': '[unc](\\\\server\\share\\secret.md)',
  'file: URL': '[file](file:///etc/passwd)',
} as const;

const postLines = ['---', 'title: Links that leave the repository', 'description: Links that point outside the repository.', 'pubDatetime: 2024-12-04', '---', '', 'Some text.', ''];
const linkLine = new Map<string, number>();
for (const [name, link] of Object.entries(hostileLinks)) {
  postLines.push(link, '');
  linkLine.set(name, postLines.length - 1);
}

let box: ReturnType<typeof makeSandbox>;
let run: CliRun;

beforeAll(async () => {
  box = makeSandbox({ 'content/blog/hostile-links.md': postLines.join('\n') });
  writeFileSync(join(box.outside, 'secret.md'), secret);
  writeFileSync(join(box.outside, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  symlinkSync(join(box.outside, 'secret.md'), join(box.repo, 'content/blog/escape.md'));
  symlinkSync(box.outside, join(box.repo, 'content/docs/linked-folder'));
  run = await runPressroom(['check', '--format', 'json'], box.repo);
});

afterAll(() => box?.cleanup());

describe('filesystem safety of pressroom check', () => {
  it('runs to the end with a report, not a crash', () => {
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(() => jsonDiagnostics(run)).not.toThrow();
  });

  it('never prints a word of a file outside the repository, reached by symlink or link', () => {
    expect(run.stdout).not.toContain(MARKER);
    expect(run.stderr).not.toContain(MARKER);
  });

  it('reports a symlinked file that escapes the repository without checking its content', () => {
    const onEscape = jsonDiagnostics(run).filter((diagnostic) => diagnostic.file === 'content/blog/escape.md');
    expect(onEscape.length).toBeGreaterThan(0);
    // Findings about its frontmatter, words or links would mean the outside file was read.
    expect(onEscape.filter((diagnostic) => /^(frontmatter|spelling|link|security)/.test(diagnostic.ruleId) || /trailing/.test(diagnostic.ruleId))).toEqual([]);
  });

  it('checks nothing inside a symlinked folder outside the repository', () => {
    const inside = jsonDiagnostics(run).filter((diagnostic) => diagnostic.file.startsWith('content/docs/linked-folder/'));
    expect(inside.filter((diagnostic) => !diagnostic.ruleId.startsWith('input-'))).toEqual([]);
  });

  it.each(Object.keys(hostileLinks))('reports a link that leaves the repository: %s', (name) => {
    const line = linkLine.get(name)!;
    const onLine = jsonDiagnostics(run).filter((diagnostic) => diagnostic.file === 'content/blog/hostile-links.md' && diagnostic.line === line);
    expect(onLine, `no diagnostic on line ${line}: ${hostileLinks[name as keyof typeof hostileLinks]}`).not.toEqual([]);
  });

  it('gives the same answer for an outside path that exists and one that does not', async () => {
    // Different wording would let a PR probe which files exist on the CI machine.
    const probe = makeSandbox({
      'content/blog/probe.md': ['---', 'title: Probe', 'description: Probe.', 'pubDatetime: 2024-12-04', '---', '', '[a](../../../outside/secret.md)', '', '[b](../../../outside/missing.md)', ''].join('\n'),
    });
    try {
      writeFileSync(join(probe.outside, 'secret.md'), secret);
      const diagnostics = jsonDiagnostics(await runPressroom(['check', '--format', 'json'], probe.repo)).filter((diagnostic) => diagnostic.file === 'content/blog/probe.md');
      const messageOn = (line: number) => diagnostics.filter((diagnostic) => diagnostic.line === line).map((diagnostic) => `${diagnostic.ruleId}: ${diagnostic.message.replace(/secret|missing/g, 'X')}`);
      expect(messageOn(7)).not.toEqual([]);
      expect(messageOn(7)).toEqual(messageOn(9));
    } finally {
      probe.cleanup();
    }
  });
});

describe('pressroom check --fix', () => {
  const original = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(
      ['---', 'title: Fixing keeps the file', 'description: A post whose only defect is trailing spaces.', 'pubDatetime: 2024-12-04', '---', '', 'Kafka keeps “quotes”, émojis 🎉 and tabs\tas they are.   ', '', 'Second paragraph.', ''].join('\r\n'),
      'utf8',
    ),
  ]);
  // The only change allowed: the three spaces before the CRLF on line 7.
  const expected = Buffer.from(original.toString('latin1').replace('are.   \r\n', 'are.\r\n'), 'latin1');

  it('removes only the fixed span, keeping the BOM and CRLF newlines, byte for byte', async () => {
    const box = makeSandbox({ 'content/blog/fix-me.md': original });
    try {
      const path = join(box.repo, 'content/blog/fix-me.md');
      const before = statSync(path);
      const result = await runPressroom(['check', '--fix', '--format', 'json'], box.repo);
      expect([0, 1]).toContain(result.code);
      const after = readFileSync(path);
      expect(after.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(after.toString('latin1')).toBe(expected.toString('latin1'));
      // Atomic write: a new file renamed over the old one (new inode), no temporary file left behind.
      expect(statSync(path).ino).not.toBe(before.ino);
      expect(statSync(path).mode).toBe(before.mode);
      expect(readdirSync(join(box.repo, 'content/blog'))).toEqual(['fix-me.md']);
    } finally {
      box.cleanup();
    }
  });

  it('never writes through a symlink to a file outside the repository', async () => {
    const box = makeSandbox({});
    try {
      writeFileSync(join(box.outside, 'secret.md'), secret);
      mkdirSync(join(box.repo, 'content/blog'), { recursive: true });
      symlinkSync(join(box.outside, 'secret.md'), join(box.repo, 'content/blog/escape.md'));
      await runPressroom(['check', '--fix', '--format', 'json'], box.repo);
      expect(readFileSync(join(box.outside, 'secret.md'), 'utf8')).toBe(secret);
      // Nor copies the outside file into the repository by replacing the link with a fixed copy.
      expect(lstatSync(join(box.repo, 'content/blog/escape.md')).isSymbolicLink()).toBe(true);
    } finally {
      box.cleanup();
    }
  });
});
