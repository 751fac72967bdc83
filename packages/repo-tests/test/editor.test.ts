import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from './repo.js';

/** VS Code's JSON allows comments; these files use only whole-line `//` comments. */
function readJsonc(path: string): Record<string, unknown> {
  const text = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n');
  return JSON.parse(text) as Record<string, unknown>;
}

test('the editor is told to use the spelling and Markdown style extensions', () => {
  const extensions = readJsonc(join(repoRoot, '.vscode', 'extensions.json'));
  expect(extensions.recommendations).toEqual(['streetsidesoftware.code-spell-checker', 'unifiedjs.vscode-remark']);
});

test('the editor reads the same config files as CI and adds no words of its own', () => {
  const settings = readJsonc(join(repoRoot, '.vscode', 'settings.json'));
  expect(settings['remark.requireConfig']).toBe(true);
  expect(Object.keys(settings).filter((key) => /^cSpell\.(?:words|userWords|ignoreWords|dictionaries|dictionaryDefinitions|import)$/.test(key))).toEqual([]);
  for (const file of ['cspell.config.yaml', '.remarkrc.mjs', 'project-words.txt']) {
    expect(existsSync(join(repoRoot, file)), `${file} at the root`).toBe(true);
  }
});
