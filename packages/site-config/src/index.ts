export { siteConfigSchema, type SiteConfig, type SiteConfigInput, type SiteName } from './schema.js';
export {
  configFileName,
  findConfigFile,
  loadSiteConfig,
  parseSiteConfig,
  SiteConfigError,
  type LoadedSiteConfig,
} from './load.js';
export { absoluteUrl, contentId, createRoutes, editUrl, tagSlug, type Routes } from './routes.js';
export {
  blogFixedPaths,
  blogListingPaths,
  contentPagePath,
  isMarkdownPath,
  isPublished,
  locateContentFile,
  locateSiteUrl,
  markdownLinkUrl,
  siteNames,
  siteOrigin,
  stripSiteBase,
  type ContentFileLocation,
  type PublishingFields,
  type SitePathLocation,
} from './locate.js';
