import { createOgImageRenderer, defaultOgCacheDir } from '@pressroom/og';
import { rootDir } from '../lib/site';

/**
 * The blog's share cards. Cards drawn by an earlier build are read back from the repository's
 * `node_modules/.cache/pressroom-og` (keyed by content hash), so a build redraws only what changed.
 */
export const ogImages = createOgImageRenderer({ cacheDir: defaultOgCacheDir(rootDir) });
