import { dirname, isAbsolute, join, posix, relative } from 'node:path';
import { resolveAlias, unknownAlias } from '@pressroom/site-config';
import type { LinkOccurrence } from '../rule.js';
import type { LinkGraph } from './graph.js';
import type { Resolution } from './resolve.js';

/** The extensions Astro's image pipeline imports (its `VALID_INPUT_FORMATS`); it leaves other paths as written. */
const imageExtensions = new Set(['jpeg', 'jpg', 'png', 'tiff', 'webp', 'gif', 'svg', 'avif']);

const scheme = /^[a-z][a-z\d+.-]*:/i;

/**
 * Where the build finds an image it imports (a Markdown image, an `ogImage`), when the link is
 * one: from the file's folder, or through one of the configured aliases; a site-root path in the
 * frontmatter is imported too, but the image pipeline does not read `public/`. `undefined` for
 * what the build leaves as written (a URL, a site-root Markdown image, another extension), which
 * resolves as any link.
 */
export function resolveImportedImage(graph: LinkGraph, from: string, link: LinkOccurrence): Resolution | undefined {
  const raw = link.url.trim();
  if (!link.imported || raw === '' || scheme.test(raw) || raw.startsWith('//') || raw.includes('?') || raw.includes('#')) return undefined;
  if (link.imported === 'markdown' && raw.startsWith('/')) return undefined;
  let path = raw;
  if (link.imported === 'markdown') {
    try {
      // Astro reads a Markdown image's URL decoded.
      path = decodeURI(raw);
    } catch {
      path = raw;
    }
  }
  if (!imageExtensions.has(posix.extname(path).slice(1).toLowerCase())) return undefined;

  const { config, rootDir } = graph;
  const aliased = resolveAlias(config, rootDir, path);
  if (!aliased) {
    const alias = unknownAlias(config, path);
    if (alias !== undefined) {
      return {
        status: 'missing-file',
        target: raw,
        reason: `\`${alias}\` is not one of the \`aliases\` of pressroom.config.json, expected a path relative to this file or a configured alias (for AstroPaper's, add \`"aliases": { "${alias}": "./" }\`)`,
        candidates: () => [],
      };
    }
    if (path.startsWith('/')) {
      return {
        status: 'missing-file',
        target: raw,
        reason: "the image pipeline does not read the site's `public/` folder, expected a path relative to this file, an alias or a full URL",
        candidates: () => [],
      };
    }
  }
  const absolute = aliased ? aliased.path : join(rootDir, dirname(from), path);
  const fromRoot = relative(rootDir, absolute);
  if (fromRoot.startsWith('..') || isAbsolute(fromRoot)) {
    return { status: 'missing-file', target: raw, reason: 'it points outside the repository, which the sites never publish', candidates: () => [] };
  }
  if (!graph.isFile(absolute)) {
    return {
      status: 'missing-file',
      target: raw,
      reason: `\`${fromRoot.split('\\').join('/')}\` does not exist, expected an image file there: the build stops on an image it cannot find`,
      candidates: () => [],
    };
  }
  const problem = graph.imageProblem(absolute);
  return problem === undefined ? { status: 'ok' } : { status: 'unreadable-image', target: raw, problem };
}
