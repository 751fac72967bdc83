/**
 * `--changed` through Starlight's fallback pages: a link from a translated page into a page its
 * locale has not translated lands on the default locale's page, served under the locale's prefix.
 * The French guide of the multilingual fixture links to `/fr/guides/deploy/#upload-it`, an anchor
 * of the English page, and to `/fr/guides/deploy/#publier`, one only a French translation would have.
 * A change to the English page, or a translation that appears or goes, can break either link
 * without touching the French guide: it is checked again for them.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { commitAsMainOnFeatureBranch, fixtureCopy, runCli } from '../helpers/cli.js';

const guide = 'docs/fr/guides/setup.md';
const english = 'docs/guides/deploy.md';
const translation = 'docs/fr/guides/deploy.md';
/** Lines of the guide's links to `/fr/guides/deploy/#upload-it` and `/fr/guides/deploy/#publier`. */
const uploadIt = 17;
const publier = 20;

const frenchDeploy = `---
title: Déployer Lantern
description: Mettre le site web de Lantern sur un hébergeur statique.
---

## Construire le site

Lancez la construction et gardez le dossier qu’elle écrit.

## Publier

Copiez ce dossier sur un hébergeur statique.
`;

/** The fixture as a repository whose `main` holds it as it is (and what `prepare` writes). */
function repository(prepare?: (dir: string) => void): string {
  const dir = fixtureCopy('starlight-i18n');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { docs: Record<string, unknown> };
  const site = (name: string, contentDir: string) => ({ title: name, description: `The ${name} of the tests.`, url: `https://${name}.example.com`, base: '/', contentDir });
  const config = {
    author: 'Lantern',
    repository: { url: 'https://github.com/lantern/lantern', branch: 'main' },
    sites: { blog: site('blog', 'blog'), docs: { ...site('docs', 'docs'), ...manifest.docs } },
  };
  writeFileSync(join(dir, 'pressroom.config.json'), `${JSON.stringify(config, null, 2)}\n`);
  prepare?.(dir);
  return commitAsMainOnFeatureBranch(dir);
}

/** The guide's link findings of a `--changed main` run, as `line ruleId`. */
async function guideLinkFindings(dir: string, args: string[] = ['--changed', 'main']): Promise<string[]> {
  const run = await runCli(['check', ...args, '--format', 'json'], dir);
  expect(run.code, run.stderr).toBeLessThan(2);
  const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { file: string; line: number; ruleId: string }[] };
  return diagnostics
    .filter((diagnostic) => diagnostic.file === guide && diagnostic.ruleId.startsWith('link-'))
    .map((diagnostic) => `${diagnostic.line} ${diagnostic.ruleId}`)
    .sort();
}

test('the guide is checked again when the default page its fallback link lands on loses the anchor', async () => {
  const dir = repository();
  const path = join(dir, english);
  writeFileSync(path, readFileSync(path, 'utf8').replace('## Upload it', '## Upload the folder'));
  // Both links land on the changed page: the one the change broke, and the one already broken.
  expect(await guideLinkFindings(dir)).toEqual([`${uploadIt} link-missing-anchor`, `${publier} link-missing-anchor`]);
  // The same as a whole run gives for these links.
  expect((await guideLinkFindings(dir, ['--no-cache'])).filter((finding) => finding.endsWith('link-missing-anchor'))).toEqual([
    `${uploadIt} link-missing-anchor`,
    `${publier} link-missing-anchor`,
  ]);
});

test('an unrelated change to the default page leaves the guide with only its broken link into it', async () => {
  const dir = repository();
  writeFileSync(join(dir, english), `${readFileSync(join(dir, english), 'utf8')}\nOne more sentence about hosts.\n`);
  expect(await guideLinkFindings(dir)).toEqual([`${publier} link-missing-anchor`]);
});

test('the guide is checked again when the translation of the page it links to appears', async () => {
  const dir = repository();
  writeFileSync(join(dir, translation), frenchDeploy);
  // The link now lands on the translation, which has `#publier` and not `#upload-it`.
  expect(await guideLinkFindings(dir)).toEqual([`${uploadIt} link-missing-anchor`]);
});

test('a translation written as MDX, or as the index of a folder, counts as it appearing', async () => {
  const dir = repository();
  writeFileSync(join(dir, translation.replace(/\.md$/, '.mdx')), frenchDeploy);
  expect(await guideLinkFindings(dir)).toEqual([`${uploadIt} link-missing-anchor`]);
  const other = repository();
  mkdirSync(join(other, translation.replace(/\.md$/, '')));
  writeFileSync(join(other, translation.replace(/\.md$/, '/index.md')), frenchDeploy);
  expect(await guideLinkFindings(other)).toEqual([`${uploadIt} link-missing-anchor`]);
});

test('the guide is checked again when the translation of the page it links to goes, leaving the fallback', async () => {
  const dir = repository((dir) => writeFileSync(join(dir, translation), frenchDeploy));
  rmSync(join(dir, translation));
  // The link falls back to the English page again, which has `#upload-it` and not `#publier`.
  expect(await guideLinkFindings(dir)).toEqual([`${publier} link-missing-anchor`]);
});
