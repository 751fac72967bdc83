export { defaultOgCardTheme, ogImageSize, type OgCardContent, type OgCardTheme } from './card.js';
export {
  createOgImageRenderer,
  defaultOgCacheDir,
  renderOgImage,
  type OgImageRenderer,
  type OgImageRendererOptions,
  type OgImageStats,
} from './renderer.js';
