import { join } from 'node:path';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { markdownTwinPath } from '@pressroom/markdown';
import { absoluteUrl, createRoutes, defaultSiteLocale, loadSiteConfig } from '@pressroom/site-config';
import { contentPageIds } from './content-pages.ts';
import { readLastCommitDates } from './last-updated.ts';
import { ogImageUrl } from './og.ts';
import { docsPageId } from './page-id.ts';
import { status as translationStatus } from './translation-status.ts';
import { addOutdatedBanner, outdatedNotice, type UiStrings } from './translations.ts';

const { rootDir, config } = loadSiteConfig();
const contentDir = join(rootDir, config.sites.docs.contentDir);
const routes = createRoutes(config);
const defaultLang = defaultSiteLocale(config.sites.docs).lang;
const twinUrl = (pageId: string) => absoluteUrl(config, 'docs', markdownTwinPath(routes.docsPage(pageId), routes.docsPage('index')));
// Starlight's own lookup reads git history for src/content/docs only; the pages live in content/docs.
const lastCommitDateById = new Map([...readLastCommitDates(contentDir)].map(([path, date]) => [docsPageId(path), date]));
const contentIds = contentPageIds(contentDir);

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  // Starlight writes the other Open Graph tags; the image is the card beside the page, and pages
  // that are not in content/docs (the not-found page) share the home page's.
  // Starlight gives the home page (`index`) the id ''. A page a locale falls back to (`/fr/guides/x/`)
  // carries the default page's entry: it shows that page, so it names that page's card and twin.
  const pageId = route.entry.id === '' ? 'index' : route.entry.id;
  const ownCard = contentIds.has(pageId);
  const image = ogImageUrl(ownCard ? pageId : 'index');
  route.head.push(
    { tag: 'meta', attrs: { property: 'og:image', content: image } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: ownCard ? route.entry.data.title : config.sites.docs.title } },
    { tag: 'meta', attrs: { name: 'twitter:image', content: image } },
  );
  // The not-found page is no page of any locale: Starlight's `hreflang` links would name `/404/`
  // and `/fr/404/`, which are not served.
  if (!ownCard) route.head = route.head.filter((entry) => !(entry.tag === 'link' && entry.attrs?.rel === 'alternate' && entry.attrs.hreflang !== undefined));
  // Each content page has a Markdown twin beside it (src/pages/[...slug].md.ts); a fallback page
  // names the default page's, in that page's language.
  if (ownCard) {
    const hreflang = route.isFallback ? { hreflang: route.entryMeta.lang } : {};
    route.head.push({ tag: 'link', attrs: { rel: 'alternate', type: 'text/markdown', title: 'Markdown', href: twinUrl(pageId), ...hreflang } });
  }
  // Search finds a language's own pages: a fallback page is the default page again, in the wrong
  // language for its locale's index (Pagefind splits indexes by `<html lang>`).
  if (route.isFallback) route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
  // A translation behind its source says so at its top.
  // Its words are UI strings (src/content/i18n/), in the page's language through Starlight's `t`;
  // the cast: Starlight types `t`'s keys as its own, the i18n collection's schema adds these.
  const t = context.locals.t as unknown as UiStrings;
  addOutdatedBanner(route, context.url.pathname, translationStatus, (lang) => outdatedNotice(t, lang, defaultLang));
  const { lastUpdated } = route.entry.data;
  // A date or `false` in the frontmatter wins over git.
  if (lastUpdated instanceof Date || lastUpdated === false) return;
  route.lastUpdated = lastCommitDateById.get(pageId);
});
