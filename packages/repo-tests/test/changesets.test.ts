import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from './repo.js';

const config = JSON.parse(readFileSync(join(repoRoot, '.changeset', 'config.json'), 'utf8')) as {
  changelog: [string, { repo: string }];
  ignore: string[];
  access: string;
  privatePackages: { version: boolean; tag: boolean };
};
const siteConfig = JSON.parse(readFileSync(join(repoRoot, 'pressroom.config.json'), 'utf8')) as { repository: { url: string } };

test('changelogs link to pull requests of the repository named in pressroom.config.json', () => {
  const [generator, options] = config.changelog;
  expect(generator).toBe('@changesets/changelog-github');
  expect(`https://github.com/${options.repo}`).toBe(siteConfig.repository.url.replace(/\/+$/, ''));
});

test('the apps are never versioned or published, nor any other private package', () => {
  expect(config.ignore).toEqual(expect.arrayContaining(['@pressroom/blog', '@pressroom/docs']));
  expect(config.privatePackages).toEqual({ version: false, tag: false });
  expect(config.access).toBe('public');
});
