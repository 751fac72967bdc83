import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../src/corpus.ts';
import { parseCspell, parseMarkdownLinkCheck, parsePressroom, parseRemark, score } from '../src/findings.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures/findings', name), 'utf8');
const manifest = JSON.parse(fixture('manifest.json')) as Manifest;

describe('scoring each tool against the manifest', () => {
  it('matches cspell findings by position and counts the unknown words that are not known defects', () => {
    expect(score(manifest, parseCspell(fixture('cspell.txt')))).toEqual({ byKind: { misspelling: { found: 1, total: 2 } }, extra: 1 });
  });

  it('keeps only remark-validate-links messages, indented or not, under the file they follow', () => {
    expect(score(manifest, parseRemark(fixture('remark-validate-links.txt'), 'remark-validate-links'))).toEqual({
      byKind: { 'broken-file': { found: 1, total: 1 }, 'broken-anchor': { found: 1, total: 1 } },
      extra: 0,
    });
  });

  it('matches markdown-link-check by file and URL, since it reports no positions', () => {
    expect(score(manifest, parseMarkdownLinkCheck(fixture('markdown-link-check.txt')))).toEqual({
      byKind: { 'broken-file': { found: 1, total: 1 }, 'broken-anchor': { found: 0, total: 1 } },
      extra: 1,
    });
  });

  it('reads the spelling and link rule families of the pressroom JSON report and ignores the others', () => {
    const findings = parsePressroom(fixture('pressroom.json'));
    expect(findings.files).toBe(2);
    expect(score(manifest, findings)).toEqual({
      byKind: { misspelling: { found: 1, total: 2 }, 'broken-file': { found: 1, total: 1 }, 'broken-anchor': { found: 1, total: 1 } },
      extra: 0,
    });
  });
});
