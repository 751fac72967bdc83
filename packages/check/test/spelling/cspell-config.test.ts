import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { vetCspellConfig, type VetPolicy } from '../../src/spelling/cspell-config.js';
import { findCspellConfig } from '../../src/spelling/dictionary.js';
import { fixtureCopy, jsonReport, runCli, temporaryDir } from '../helpers/cli.js';
import { repoRoot } from '../helpers/config.js';

const fixtures = fileURLToPath(new URL('../fixtures/cspell-config/', import.meta.url));

/** The error vetting a fixture's config (or the config of the folder `name`) gives, or `undefined` when it passes. */
function vet(name: string, policy: VetPolicy = {}): string | undefined {
  const rootDir = join(fixtures, name);
  try {
    vetCspellConfig(findCspellConfig(rootDir)!, rootDir, policy);
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

/** The advice every refusal of the untrusted-content policy ends with. */
const orTrusted = 'or run the check without the policy (`checks.untrusted`, `PRESSROOM_UNTRUSTED`) on changes you trust';
const scriptRefused = (place: string, value: string) =>
  `${place}: Unexpected import of ${value}, a script cspell would run as code, expected a YAML or JSON cspell configuration: under the untrusted-content policy the check runs no code of the repository; write these settings in a YAML or JSON file, ${orTrusted}`;
const pnpRefused = (place: string, key: string) =>
  `${place}: Unexpected \`${key}\`, expected no Plug'n'Play setup: cspell would run the repository's \`.pnp.cjs\`, or the files \`pnpFiles\` names, as code, and under the untrusted-content policy the check runs no code of the repository; remove \`${key}\`, ${orTrusted}`;

test.each([
  ['an import of a .cjs file in YAML', 'script-import', scriptRefused('cspell.config.yaml:4:5', './words.cjs')],
  ['an import of a .cjs file in JSON with comments', 'script-import-json', scriptRefused('cspell.json:5:14', './words.cjs')],
  ['an import of a script in the `cspell` key of an imported package.json', 'package-json-import', scriptRefused('team/package.json:5:16', './words.cjs')],
  [
    'an import of a TOML file, whose own imports cspell would follow unvetted',
    'toml-import',
    'cspell.config.yaml:4:5: Unexpected import of ./team.toml, which the check cannot read before cspell does, expected a YAML or JSON cspell configuration: under the untrusted-content policy every import, and every import of it, is read first; write these settings in a YAML or JSON file',
  ],
  ['`usePnP`, which makes cspell run .pnp.cjs', 'pnp', pnpRefused('cspell.config.yaml:3:1', 'usePnP')],
  ['`pnpFiles`, which names the files cspell runs for Plug\'n\'Play', 'pnp-files', pnpRefused('cspell.config.yaml:3:1', 'pnpFiles')],
])('under the untrusted-content policy, %s is a configuration error at its line; trusted, it passes as before', (_name, fixture, expected) => {
  expect(vet(fixture, { untrusted: true })).toBe(expected);
  expect(vet(fixture)).toBeUndefined();
  expect(vet(fixture, { untrusted: false })).toBeUndefined();
});

test('under the untrusted-content policy, YAML and JSON imports and the shipped dictionary packages still pass', () => {
  expect(vet('local-import', { untrusted: true })).toBeUndefined();
  expect(() => vetCspellConfig(findCspellConfig(repoRoot)!, repoRoot, { untrusted: true })).not.toThrow();
});

test('under the untrusted-content policy, a package import whose file is a script is refused, found as cspell finds it', () => {
  const dir = caseCopy('local-import');
  const config = join(dir, 'cspell.config.yaml');
  const install = (name: string, main: string) => {
    mkdirSync(join(dir, 'node_modules', name), { recursive: true });
    writeFileSync(join(dir, 'node_modules', name, 'package.json'), JSON.stringify({ name, main }));
    writeFileSync(join(dir, 'node_modules', name, main), "module.exports = { words: ['zorblat'] };\n");
  };
  install('team-words', 'index.js');
  writeFileSync(config, "version: '0.2'\nimport:\n  - team-words\n");
  expect(() => vetCspellConfig(config, dir, { untrusted: true })).toThrow(scriptRefused('cspell.config.yaml:3:5', 'team-words'));
  expect(() => vetCspellConfig(config, dir)).not.toThrow();

  // A name that is both a file of the repository and a package: cspell takes the package first.
  install('team.yaml', 'index.mjs');
  writeFileSync(config, "version: '0.2'\nimport:\n  - team.yaml\n");
  writeFileSync(join(dir, 'team.yaml'), 'words:\n  - pressroom\n');
  expect(() => vetCspellConfig(config, dir, { untrusted: true })).toThrow(scriptRefused('cspell.config.yaml:3:5', 'team.yaml'));
});

describe('a cspell configuration that would run code of the repository', () => {
  const untrusted = { PRESSROOM_UNTRUSTED: '1' };
  const trusted = { PRESSROOM_UNTRUSTED: undefined };

  test('under the untrusted-content policy is refused at its line with exit 2, and its script never runs; trusted, it runs as before', async () => {
    const dir = caseCopy('script-import');
    const ran = join(dir, 'script-ran');
    const refusal = scriptRefused('cspell.config.yaml:4:5', './words.cjs');
    for (const args of [['check', '--no-cache', 'notes.md'], ['check', 'notes.md']]) {
      const run = await runCli(args, dir, untrusted);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain(refusal);
      expect(existsSync(ran)).toBe(false);
    }
    // `checks.untrusted` in the configuration, without the environment variable.
    writeFileSync(join(dir, 'pressroom.config.json'), '{ "checks": { "untrusted": true } }\n');
    const configured = await runCli(['check', 'notes.md'], dir, trusted);
    expect(configured.code, configured.stderr).toBe(2);
    expect(configured.stderr).toContain(refusal);
    expect(existsSync(ran)).toBe(false);

    // Trusted, the repository's own script is its configuration: cspell runs it, and knows its words.
    rmSync(join(dir, 'pressroom.config.json'));
    const run = await runCli(['check', 'notes.md'], dir, trusted);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(existsSync(ran)).toBe(true);

    // With the words the script gave in the cache, the policy still refuses it first.
    rmSync(ran);
    const cached = await runCli(['check', 'notes.md'], dir, untrusted);
    expect(cached.code, cached.stderr).toBe(2);
    expect(cached.stderr).toContain(refusal);
    expect(existsSync(ran)).toBe(false);
  });

  test('with `usePnP` under the untrusted-content policy is refused with exit 2, and .pnp.cjs never runs; trusted, cspell runs it', async () => {
    const dir = caseCopy('pnp');
    const ran = join(dir, 'pnp-ran');
    writeFileSync(join(dir, '.pnp.cjs'), "require('node:fs').writeFileSync(require('node:path').join(__dirname, 'pnp-ran'), '');\nmodule.exports = { setup() {} };\n");
    writeFileSync(join(dir, 'notes.md'), '# Notes\n\nThe pressroom runs.\n');
    const run = await runCli(['check', '--no-cache', 'notes.md'], dir, untrusted);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(pnpRefused('cspell.config.yaml:3:1', 'usePnP'));
    expect(existsSync(ran)).toBe(false);

    const trustedRun = await runCli(['check', '--no-cache', 'notes.md'], dir, trusted);
    expect(trustedRun.code, trustedRun.stdout + trustedRun.stderr).toBe(0);
    expect(existsSync(ran)).toBe(true);
  });
});
