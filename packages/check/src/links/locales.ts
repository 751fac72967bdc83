import { contentFolderOf, contentId, localeOfPath, siteLocales, type SiteConfig, type SiteLocale } from '@pressroom/site-config';

// The docs site's locales as the link graph sees them: each docs route splits into a locale and
// the route below it (`/fr/guides/x/` → `fr`, `/guides/x/`), the same in every locale.

/** The locale of a docs content file (`content/docs/fr/x.md` → `fr`); `undefined` outside the docs. */
export function docsLocaleOf(config: SiteConfig, relativePath: string): SiteLocale | undefined {
  const folder = contentFolderOf(config, relativePath);
  if (folder?.site !== 'docs') return undefined;
  return localeOfPath(config.sites.docs, folder.inside).locale;
}

/** The URL segment of a locale: its folder slugged as page ids are (`pt-BR` → `pt-br`). */
function segmentOf(locale: SiteLocale): string {
  return locale.prefix === '' ? '' : contentId(locale.prefix);
}

export interface LocaleRoute {
  /** `undefined` for a route outside every locale of a site without a root locale. */
  locale: SiteLocale | undefined;
  /** The route below the locale's segment, starting with `/`. */
  localRoute: string;
}

/** Splits a docs route (without the base path) into its locale and the route below it. */
export function splitDocsRoute(config: SiteConfig, route: string): LocaleRoute {
  const locales = siteLocales(config.sites.docs);
  for (const locale of locales) {
    const segment = segmentOf(locale);
    if (segment !== '' && (route === `/${segment}/` || route === `/${segment}` || route.startsWith(`/${segment}/`))) {
      return { locale, localRoute: route.slice(segment.length + 1) || '/' };
    }
  }
  return { locale: locales.find((locale) => locale.prefix === ''), localRoute: route };
}

/** The route of `localRoute` in `locale` (`/guides/x/` in `fr` → `/fr/guides/x/`). */
export function docsRouteIn(locale: SiteLocale, localRoute: string): string {
  const segment = segmentOf(locale);
  return segment === '' ? localRoute : `/${segment}${localRoute}`;
}

/** Whether the docs site is published in more than one language. */
export function isMultilingual(config: SiteConfig): boolean {
  return siteLocales(config.sites.docs).length > 1;
}
