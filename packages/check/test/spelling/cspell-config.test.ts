import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { vetCspellConfig } from '../../src/spelling/cspell-config.js';
import { findCspellConfig } from '../../src/spelling/dictionary.js';
import { fixtureCopy, jsonReport, runCli, temporaryDir } from '../helpers/cli.js';
import { repoRoot } from '../helpers/config.js';

const fixtures = fileURLToPath(new URL('../fixtures/cspell-config/', import.meta.url));

/** The error vetting a fixture's config gives, or `undefined` when it passes. */
function vet(name: string): string | undefined {
  const rootDir = join(fixtures, name);
  try {
    vetCspellConfig(findCspellConfig(rootDir)!, rootDir);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** A temporary copy of the fixture `name` of this folder, removed after the test file. */
function caseCopy(name: string): string {
  const dir = temporaryDir(`cspell-config-${name}`);
  cpSync(join(fixtures, name), dir, { recursive: true });
  return dir;
}

test.each([
  ['an import that does not exist', 'missing-import', /^cspell\.config\.yaml:4:5: Unexpected import of \.\/shared\/words\.yaml, which does not exist/],
  ['a config that is not valid YAML', 'malformed', /^cspell\.config\.yaml:[56]:\d+: Unexpected YAML: .*, expected a valid cspell configuration$/],
  ['an imported config that is not valid YAML', 'malformed-import', /^team\.yaml:3:\d+: Unexpected YAML: .*, expected a valid cspell configuration$/],
  ['an import outside the repository (/etc/passwd)', 'outside-import', /^cspell\.config\.yaml:4:5: Unexpected import of \/etc\/passwd, outside the repository/],
  ['a dictionary path that is a URL', 'url-dictionary', /^cspell\.config\.yaml:5:11: Unexpected dictionary path that is a URL \(https:\/\/dictionaries\.example\.com\/words\.txt\)/],
  ['a URL import in a JSON config with comments', 'json-with-comments', /^cspell\.json:6:14: Unexpected import of a URL \(https:\/\/config\.example\.com\/cspell\.json\)/],
])('%s is a configuration error at its line', (_name, fixture, expected) => {
  expect(vet(fixture)).toMatch(expected);
});

test('a config that imports a readable file of the repository, and the repository\'s own config, pass', () => {
  expect(vet('local-import')).toBeUndefined();
  expect(() => vetCspellConfig(findCspellConfig(repoRoot)!, repoRoot)).not.toThrow();
});

test('an imported package.json is vetted as cspell reads it: an import of a URL in its `cspell` key is an error at its line', () => {
  const dir = caseCopy('local-import');
  const config = join(dir, 'cspell.config.yaml');
  writeFileSync(config, "version: '0.2'\nimport:\n  - ./team/package.json\n");
  mkdirSync(join(dir, 'team'));
  writeFileSync(join(dir, 'team/package.json'), '{\n  "name": "team",\n  "private": true,\n  "cspell": { "import": ["https://config.example.com/cspell.json"] }\n}\n');
  expect(() => vetCspellConfig(config, dir)).toThrow(/^team\/package\.json:4:26: Unexpected import of a URL \(https:\/\/config\.example\.com\/cspell\.json\)/);
  // cspell reads nothing else of a package.json: an `import` beside `cspell` is no import.
  writeFileSync(join(dir, 'team/package.json'), '{ "name": "team", "import": "https://config.example.com/cspell.json", "cspell": { "words": ["pressroom"] } }\n');
  expect(() => vetCspellConfig(config, dir)).not.toThrow();
});

test('an import of a dictionary package the check ships resolves to its own copy where the repository has none installed', async () => {
  // A repository without node_modules (a fresh clone, a copy), whose French notes the configuration
  // spells in French with the dictionary package cspell's editor extension imports.
  const dir = fixtureCopy('plain-repository');
  const config = join(dir, 'cspell.config.yaml');
  writeFileSync(config, "version: '0.2'\nlanguage: en\nimport:\n  - '@cspell/dict-fr-fr/cspell-ext.json'\noverrides:\n  - filename: 'docs/fr/**'\n    language: fr\n");
  mkdirSync(join(dir, 'docs/fr'));
  writeFileSync(join(dir, 'docs/fr/notes.md'), '# Notes\n\nCes notes sont écrites en français, avec une erreure.\n');
  expect(vetCspellConfig(config, dir)).toEqual([expect.stringMatching(/[/\\]@cspell[/\\]dict-fr-fr[/\\]cspell-ext\.json$/)]);
  const run = await runCli(['check', '--format', 'json', '--no-cache', 'docs/fr/notes.md'], dir);
  expect(run.code, run.stderr).toBe(1);
  const spelling = jsonReport(run).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'spelling');
  // The French words are known: the French dictionary judges the file, and finds the misspelling.
  expect(spelling.map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${/`([^`]+)`/.exec(diagnostic.message)?.[1]}`)).toEqual(['3:46 erreure']);

  // A dictionary package the check does not ship is the repository's to install.
  writeFileSync(config, "version: '0.2'\nlanguage: en\nimport:\n  - '@cspell/dict-it-it/cspell-ext.json'\n");
  expect(() => vetCspellConfig(config, dir)).toThrow(/^cspell\.config\.yaml:4:5: Unexpected import of @cspell\/dict-it-it\/cspell-ext\.json, which does not exist/);
});

test('a URL import in cspell.config.yaml is refused at its line with exit 2, and never fetched', async () => {
  let requests = 0;
  const server = createServer((_request, response) => {
    requests += 1;
    response.end('words:\n  - fetched\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const dir = fixtureCopy('mixed');
    writeFileSync(join(dir, 'cspell.config.yaml'), `version: '0.2'\nlanguage: en\nimport:\n  - http://127.0.0.1:${port}/x.yaml\n`);
    for (const args of [['check', '--no-cache'], ['check'], ['check']]) {
      const run = await runCli(args, dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`cspell.config.yaml:4:5: Unexpected import of a URL (http://127.0.0.1:${port}/x.yaml), expected a file in the repository`);
    }
    expect(requests).toBe(0);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
