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
export { addedColor, diffScreenshots, removedColor, type Box, type PixelDiff } from './pixel-diff.js';
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
export { analyseContent, type ContentAnalysis, type ContentChange, type DependentPage, type LinkIntoChange, type SitePage } from './content-changes.js';
export { defaultBuildSetup, type BuildSetup, type BuildStatus } from './build.js';
export { changedPaths, GitError, type ChangedPath } from './git.js';
export {
  fitComment,
  GithubError,
  maxCommentLength,
  pullRequestOf,
  upsertComment,
  workflowRunOf,
  type GithubClient,
  type WorkflowRun,
} from './github.js';
export { postReport, type PostOptions, type PostResult } from './post.js';
export { acceptWordsCommand, renderMarkdown, renderText, type RenderOptions } from './render.js';
export { commentMarker, parseReport, ReportError, reportSchema, type PrReport, type ReportFinding, type ReportPage } from './report.js';
export { createReport, type ReportOptions } from './run.js';
export { main, type CliIo } from './cli.js';
export { deployDraft, deployPreviews, NetlifyError, type DeployFolder, type NetlifyClient } from './netlify.js';
