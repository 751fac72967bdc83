import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
export const blogAppDir = fileURLToPath(new URL('../../apps/blog/', import.meta.url));
export const docsAppDir = fileURLToPath(new URL('../../apps/docs/', import.meta.url));
/** Committed: the README links them. */
export const screenshotsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
/** Not committed: written only when a test fails. */
export const failureScreenshotsDir = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
