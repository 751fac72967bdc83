export {
  compareBuilds,
  listBuiltFiles,
  servedPath,
  visibleWords,
  type BuildComparison,
  type BuiltFile,
  type BuiltSite,
  type CompareOptions,
  type OutputKind,
  type PageDifference,
} from './compare-builds.js';
export { defaultNoise, Normaliser, type NoiseOptions } from './normalise.js';
export { diffScreenshots, type Box, type PixelDiff } from './pixel-diff.js';
export {
  ChromiumNotFoundError,
  defaultWidths,
  findChromium,
  picturePages,
  type PagePictures,
  type ScreenshotOptions,
  type ScreenshotTarget,
  type WidthPictures,
} from './screenshots.js';
