/**
 * The docs app built over the check's multilingual fixture (packages/check/test/fixtures/
 * starlight-i18n: an English root, French, Brazilian Portuguese and Arabic, labelled asides, MDX
 * with Starlight's components, pages a locale has not translated), in a throwaway workspace whose
 * `pressroom.config.json` declares the fixture's locales as the manifest gives them. The app is
 * built once for the file; the tests read the HTML it writes.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { prepareAppWorkspace, repositoryRoot } from '../../../bench/src/app-workspace.ts';
import { parseSitemap } from './sitemap.ts';

const fixture = join(repositoryRoot, 'packages/check/test/fixtures/starlight-i18n');
const manifest = JSON.parse(readFileSync(join(fixture, 'manifest.json'), 'utf8')) as {
  docs: { locales: Record<string, { label: string; lang?: string; dir?: string }> };
};
const locales = Object.entries(manifest.docs.locales).map(([key, locale]) => ({
  prefix: key === 'root' ? '' : `${key}/`,
  label: locale.label,
  lang: locale.lang ?? key,
  dir: locale.dir ?? 'ltr',
}));
const translatedLocales = locales.filter((locale) => locale.prefix !== '');

/** The fixture's pages as `<locale folder>/<slug>/` (`guides/setup/`, `fr/guides/setup/`, `` for the home). */
const pageFiles = readdirSync(join(fixture, 'docs'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
  .map((entry) => relative(join(fixture, 'docs'), join(entry.parentPath, entry.name)).replace(/\.mdx?$/, '/').replace(/(?:^|\/)index\/$/, (match) => match.slice(0, -6)));
const defaultPages = pageFiles.filter((page) => !translatedLocales.some((locale) => page.startsWith(locale.prefix)));

/** Translations the workspace marks outdated: French has its own notice, Brazilian Portuguese none. */
const outdatedPages = ['fr/reference/options.md', 'pt-br/index.md'];

let workspace = '';
let dist = '';
const read = (page: string) => readFileSync(join(dist, page, 'index.html'), 'utf8');
const htmlTag = (html: string) => /<html[^>]*>/.exec(html)?.[0] ?? '';

beforeAll(async () => {
  // Inside the repository, as prepareAppWorkspace() requires; removed after the tests.
  workspace = mkdtempSync(join(repositoryRoot, '.site-workspace-'));
  cpSync(join(fixture, 'docs'), join(workspace, 'content/docs'), { recursive: true });
  // Two translations behind their source, by the source hash they record (no git history here).
  for (const page of outdatedPages) {
    const file = join(workspace, 'content/docs', page);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, "---\ntranslation:\n  sourceHash: '0000000'\n"));
  }
  mkdirSync(join(workspace, 'content/blog'), { recursive: true });
  const config = JSON.parse(readFileSync(join(repositoryRoot, 'pressroom.config.json'), 'utf8'));
  delete config.$schema;
  config.sites.docs = { ...config.sites.docs, ...manifest.docs, contentDir: 'content/docs' };
  writeFileSync(join(workspace, 'pressroom.config.json'), `${JSON.stringify(config, null, 2)}\n`);
  prepareAppWorkspace(workspace, ['docs']);
  const app = join(workspace, 'apps/docs');
  // Astro's build alone: the app's build script also writes the reference pages generated from
  // this repository's schema into the content folder.
  await promisify(execFile)('nice', ['-n', '10', process.execPath, join(app, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: app,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  dist = join(app, 'dist');
}, 600_000);

afterAll(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('the docs app built over the multilingual fixture', () => {
  test('builds every page in every locale: its translation, or the default page it falls back to', () => {
    expect(defaultPages.length).toBeGreaterThanOrEqual(5);
    for (const locale of locales) {
      for (const page of defaultPages) expect(existsSync(join(dist, locale.prefix, page, 'index.html')), `${locale.prefix}${page}`).toBe(true);
    }
    // A page only a translation has is built in its locale.
    expect(read('fr/guides/tips/')).toMatch(/<h1[^>]*>Installer Lantern<\/h1>/);
  });

  test.each(locales.map((locale) => [locale.prefix || '(root)', locale] as const))('gives the pages of %s their language and direction', (_, locale) => {
    for (const page of ['', 'guides/setup/']) {
      const tag = htmlTag(read(`${locale.prefix}${page}`));
      expect(tag).toContain(` lang="${locale.lang}"`);
      expect(tag).toContain(` dir="${locale.dir}"`);
    }
  });

  test('lists in the sitemap the pages that exist in each language, with their translations as alternates', () => {
    const site = `${JSON.parse(readFileSync(join(repositoryRoot, 'pressroom.config.json'), 'utf8')).sites.docs.url}/`;
    const entries = parseSitemap(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'));
    expect(entries.map((entry) => entry.url.slice(site.length)).sort()).toEqual([...pageFiles].sort());
    const alternates = Object.fromEntries(entries.map((entry) => [entry.url.slice(site.length), entry.alternates]));
    // Translated in French only: no Portuguese or Arabic alternate, which would be the English page again.
    expect(alternates['guides/setup/']).toEqual({ en: `${site}guides/setup/`, fr: `${site}fr/guides/setup/` });
    expect(alternates['fr/guides/setup/']).toEqual(alternates['guides/setup/']);
    // Translated nowhere: no alternate at all.
    expect(alternates['guides/deploy/']).toEqual({});
  });

  test('sets Arabic pages right to left', () => {
    expect(htmlTag(read('ar/'))).toMatch(/ dir="rtl"/);
    expect(read('ar/')).toContain('يحوّل لانترن مجلدًا من الملاحظات');
  });

  test("lists every locale in Starlight's language picker, each linking to the same page in it", () => {
    for (const page of ['guides/setup/', 'fr/guides/deploy/', 'ar/']) {
      const html = read(page);
      const picker = html.slice(html.indexOf('<starlight-lang-select'), html.indexOf('</starlight-lang-select>'));
      expect(picker, page).not.toBe('');
      const options = [...picker.matchAll(/<option value="([^"]*)"[^>]*>\s*([^<]*?)\s*<\/option>/g)].map((match) => [match[1], match[2]]);
      const localPath = translatedLocales.reduce((path, locale) => (path.startsWith(locale.prefix) ? path.slice(locale.prefix.length) : path), page);
      expect(options, page).toEqual(locales.map((locale) => [`/${locale.prefix}${localPath}`, locale.label]));
    }
  });

  test("serves the English page at an untranslated French path, with Starlight's fallback notice", () => {
    const html = read('fr/guides/deploy/');
    expect(htmlTag(html)).toContain(' lang="fr"');
    expect(html).toMatch(/<h1[^>]*>Deploying Lantern<\/h1>/);
    expect(html).toContain('Ce contenu n’est pas encore disponible dans votre langue.');
    // A translated page has no such notice.
    expect(read('fr/guides/setup/')).not.toContain('Ce contenu n’est pas encore disponible');
  });

  test('renders a labelled aside as an aside titled with its label, in each language', () => {
    for (const [page, label, type] of [
      ['guides/setup/', 'Did you know?', 'tip'],
      ['fr/guides/setup/', 'Le saviez-vous ?', 'tip'],
      ['fr/', 'En bref', 'note'],
      ['ar/', 'تنبيه', 'caution'],
    ] as const) {
      const html = read(page);
      expect(html, page).toContain(`<aside aria-label="${label}" class="starlight-aside starlight-aside--${type}"`);
      expect(html, page).toMatch(new RegExp(`<p class="starlight-aside__title"[^>]*>[\\s\\S]*?${label.replace('?', '\\?')}\\s*</p>`));
      expect(html, page).not.toMatch(/<p>:::/);
    }
  });

  test("renders the MDX page's Starlight components, in English and in French", () => {
    for (const [page, aside] of [
      ['guides/components/', 'One at a time'],
      ['fr/guides/components/', 'Un seul à la fois'],
    ] as const) {
      const html = read(page);
      expect(html, page).toContain('<starlight-tabs');
      expect(html, page).toMatch(/role="tab"[^>]*>\s*pnpm\s*<\/a>/);
      expect(html, page).toMatch(/role="tab"[^>]*>\s*npm\s*<\/a>/);
      expect(html, page).toContain(`<aside aria-label="${aside}" class="starlight-aside starlight-aside--caution"`);
      // No import statement or JSX reaches the page as text.
      expect(html, page).not.toContain('@astrojs/starlight/components');
      expect(html, page).not.toContain('&lt;TabItem');
    }
  });

  test('puts the outdated notice on an outdated translation, in its language or marked as English', () => {
    expect(read('fr/reference/options/')).toContain(
      '<span class="pressroom-outdated-translation">La page d’origine a changé depuis cette traduction : certains passages de cette page peuvent ne plus être à jour. <a href="/reference/options/">Lire la page d’origine</a></span>',
    );
    expect(read('pt-br/')).toContain(
      '<span class="pressroom-outdated-translation" lang="en">The source page changed since this translation was made: parts of this page may be out of date. <a href="/">Read the source page</a></span>',
    );
    // An up-to-date translation and a fallback page carry none.
    for (const page of ['fr/guides/setup/', 'fr/guides/deploy/', 'reference/options/']) expect(read(page), page).not.toContain('pressroom-outdated-translation');
  });
});
