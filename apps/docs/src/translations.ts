/**
 * What the docs show of their translations, from `@pressroom/site-config/translations` (the
 * comparison the `translation-outdated` check makes): the status page's rows and the banner of an
 * outdated translated page. Pure functions of a status, so a test can give them fixture content.
 */
import type { PageTranslationStatus, TranslationState, TranslationStatus } from '@pressroom/site-config/translations';

/** The banner's words, by BCP-47 language; a language without its own gets English. */
export const outdatedNotices: Readonly<Record<string, { text: string; link: string }>> = {
  en: { text: 'The source page changed since this translation was made: parts of this page may be out of date.', link: 'Read the source page' },
  fr: { text: 'La page d’origine a changé depuis cette traduction : certains passages de cette page peuvent ne plus être à jour.', link: 'Lire la page d’origine' },
};

/** The notice for `lang`: its own, its base language's (`fr` for `fr-CA`), else English. */
export function outdatedNotice(lang: string): { lang: string; text: string; link: string } {
  const base = lang.split('-')[0]!;
  for (const candidate of [lang, base]) {
    const notice = outdatedNotices[candidate];
    if (notice) return { lang: candidate, ...notice };
  }
  return { lang: 'en', ...outdatedNotices.en! };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The translated page served at `pathname`, with its locale's language, when it is outdated. */
export function outdatedTranslation(status: TranslationStatus, pathname: string): { page: PageTranslationStatus; lang: string } | undefined {
  for (const locale of status.locales) {
    const page = locale.pages.find((candidate) => candidate.status === 'outdated' && candidate.route === pathname);
    if (page) return { page, lang: locale.lang };
  }
  return undefined;
}

/**
 * The banner's HTML (Starlight's `banner.content`) for the page at `pathname`, when it is an
 * outdated translation: the notice in the page's language and a link to its source page.
 */
export function outdatedBanner(status: TranslationStatus, pathname: string): string | undefined {
  const found = outdatedTranslation(status, pathname);
  if (!found) return undefined;
  const notice = outdatedNotice(found.lang);
  const lang = notice.lang === found.lang ? '' : ` lang="${escapeHtml(notice.lang)}"`;
  return `<span class="pressroom-outdated-translation"${lang}>${escapeHtml(notice.text)} <a href="${escapeHtml(found.page.sourceRoute)}">${escapeHtml(notice.link)}</a></span>`;
}

/** The part of Starlight's route data the banner reads and writes. */
export interface BannerRoute {
  isFallback?: boolean | undefined;
  entry: { data: { banner?: { content: string } | undefined } };
}

/**
 * Puts the outdated banner on `route` when the page at `pathname` is an outdated translation,
 * before a banner the page's frontmatter sets. A fallback page is the source itself: never.
 */
export function addOutdatedBanner(route: BannerRoute, pathname: string, status: TranslationStatus): void {
  const outdated = route.isFallback ? undefined : outdatedBanner(status, pathname);
  if (!outdated) return;
  const own = route.entry.data.banner?.content;
  route.entry.data.banner = { content: own ? `${outdated} ${own}` : outdated };
}

/** How the status page names each state. */
export const stateLabels: Readonly<Record<TranslationState, string>> = {
  done: 'Up to date',
  outdated: 'Outdated',
  missing: 'Missing',
  unknown: 'Unknown',
};

/** A locale's totals as a sentence: `1 up to date, 0 outdated, 23 missing of 24 pages`. */
export function totalsLine(totals: Readonly<Record<TranslationState, number>>): string {
  const pages = Object.values(totals).reduce((sum, count) => sum + count, 0);
  const parts = (['done', 'outdated', 'missing'] as const).map((state) => `${totals[state]} ${stateLabels[state].toLowerCase()}`);
  if (totals.unknown > 0) parts.push(`${totals.unknown} unknown`);
  return `${parts.join(', ')} of ${pages} ${pages === 1 ? 'page' : 'pages'}`;
}

/** The frontmatter a new translation of `page` starts from: the source's title, to translate, and its hash. */
export function startingFrontmatter(page: PageTranslationStatus): string {
  const title = page.sourceTitle === undefined ? '' : ` ${JSON.stringify(page.sourceTitle)}`;
  return `---\ntitle:${title}\ntranslation:\n  sourceHash: '${page.sourceHash.slice(0, 12)}'\n---\n`;
}
