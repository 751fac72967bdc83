export { siteConfigSchema, type SiteConfig, type SiteConfigInput, type SiteName } from './schema.js';
export { checksConfigSchema, checksDefaults, type ChecksConfig } from './checks.js';
export { anyConfigJsonSchema, configJsonSchemaFile, siteConfigJsonSchema } from './json-schema.js';
export { isLightConfig, lightConfigJsonSchema, lightConfigSchema, type LightConfig } from './light.js';
export {
  configEnvironmentVariable,
  configFileName,
  findConfigFile,
  loadSiteConfig,
  parseSiteConfig,
  SiteConfigError,
  type LoadedSiteConfig,
} from './load.js';
export {
  archiveIds,
  archiveMonthId,
  archiveYearId,
  blogMainContentId,
  contentExtensionPattern,
  contentExtensions,
  contentGlob,
  docsTopId,
  pageIds,
} from './content.js';
export { toPosixPath } from './paths.js';
export {
  defaultSiteLocale,
  localeOfPath,
  localeSchema,
  localizedPath,
  rootLocaleKey,
  siteLocales,
  type LocaleSettings,
  type PathLocale,
  type SiteLocale,
} from './locales.js';
export { absoluteUrl, blogArchivesPath, contentId, createRoutes, editUrl, tagSlug, type Routes } from './routes.js';
export {
  blogFixedPaths,
  blogListingPaths,
  contentFolderOf,
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
export { aliasPatterns, resolveAlias, unknownAlias, type AliasedPath } from './aliases.js';
export {
  blogPostId,
  blogPostPath,
  collectionPattern,
  fileExtension,
  loadsFile,
  publishedExtensions,
  samePageFiles,
  type IdentityFields,
} from './entries.js';
