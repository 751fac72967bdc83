/**
 * The style fixes, on fixtures: each `<case>.md` under `test/fixtures/style-fixes/` becomes its
 * `<case>.fixed.md` once the fixes the style pass offers are applied, written by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { applyFixes } from '../../src/cli/fix.js';
import { createContentFile } from '../../src/input/parse.js';
import { decodeSource } from '../../src/input/read.js';
import type { Fix } from '../../src/rule.js';
import { runStyle } from '../../src/rules/style.js';

const dir = fileURLToPath(new URL('../fixtures/style-fixes/', import.meta.url));
const cases = readdirSync(dir)
  .filter((name) => name.endsWith('.md') && !name.endsWith('.fixed.md'))
  .map((name) => name.slice(0, -'.md'.length))
  .sort();

test('every fixable style rule has a case', () => {
  expect(cases).toEqual(['final-newline', 'heading-punctuation', 'literal-urls', 'trailing-spaces']);
});

test.each(cases)('%s', (name) => {
  const path = join(dir, `${name}.md`);
  const file = createContentFile({ path, relativePath: `content/blog/${name}.md`, site: 'blog', id: name }, decodeSource(readFileSync(path)));
  const fixes = runStyle(file).flatMap((finding) => (finding.fix ? [finding.fix] : [])) satisfies Fix[];
  expect(fixes.length).toBeGreaterThan(0);
  expect(applyFixes(file.text, fixes).text).toBe(readFileSync(join(dir, `${name}.fixed.md`), 'utf8'));
});
