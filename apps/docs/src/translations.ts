/**
 * What the docs show of their translations, from `@pressroom/site-config/translations` (the
 * comparison the `translation-outdated` check makes): the status page's rows and the banner of an
 * outdated translated page. Pure functions of a status, so a test can give them fixture content.
 */
import type { PageTranslationStatus, TranslationState, TranslationStatus } from '@pressroom/site-config/translations';

/**
 * The banner's words are Starlight UI strings of the docs app (`src/content/i18n/<lang>.json`, the
 * i18n collection's schema names them), read through Starlight's `Astro.locals.t` of the page.
 */
export const outdatedNoticeKeys = { text: 'pressroom.outdatedTranslation.text', link: 'pressroom.outdatedTranslation.link' } as const;

/** What the banner reads of Starlight's UI strings in the page's language (`Astro.locals.t`). */
export interface UiStrings {
  (key: string): string;
  exists(key: string, options?: { fallbackLng?: string[] }): boolean;
}

export interface OutdatedNotice {
  /** The language the words are in: the page's, or the default locale's where the page's has none. */
  lang: string;
  text: string;
  link: string;
}

/**
 * The notice in `t`, the UI strings of a page in `lang`. Starlight falls back to the default
 * locale's strings (`defaultLang`) where a language has none: the notice is then marked as such.
 */
export function outdatedNotice(t: UiStrings, lang: string, defaultLang: string): OutdatedNotice {
  // Without the fallback: whether the page's language (or its base, `fr` for `fr-CA`) has its own.
  const own = t.exists(outdatedNoticeKeys.text, { fallbackLng: [] });
  return { lang: own ? lang : defaultLang, text: t(outdatedNoticeKeys.text), link: t(outdatedNoticeKeys.link) };
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
 * outdated translation: the notice in the page's language (`notice` of its lang) and a link to its source page.
 */
export function outdatedBanner(status: TranslationStatus, pathname: string, notice: (lang: string) => OutdatedNotice): string | undefined {
  const found = outdatedTranslation(status, pathname);
  if (!found) return undefined;
  const words = notice(found.lang);
  const lang = words.lang === found.lang ? '' : ` lang="${escapeHtml(words.lang)}"`;
  return `<span class="pressroom-outdated-translation"${lang}>${escapeHtml(words.text)} <a href="${escapeHtml(found.page.sourceRoute)}">${escapeHtml(words.link)}</a></span>`;
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
export function addOutdatedBanner(route: BannerRoute, pathname: string, status: TranslationStatus, notice: (lang: string) => OutdatedNotice): void {
  const outdated = route.isFallback ? undefined : outdatedBanner(status, pathname, notice);
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
