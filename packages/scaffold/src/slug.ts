import { contentId } from '@pressroom/site-config';
import { slug as githubSlug } from 'github-slugger';

export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

/**
 * The file name (without extension) for a title: slugged as GitHub slugs headings, then with runs
 * of hyphens collapsed and trimmed, so `A & B` gives `a-b` rather than `a--b`. The result is a fixed
 * point of `contentId`, so the file name and the page URL always agree.
 */
export function slugFromTitle(title: string): string {
  return githubSlug(title.trim())
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

const markdownExtension = /\.(?:md|mdx)$/i;

/**
 * The repository-relative id of a docs page from what a contributor typed: `Guides/Deploy Sites`
 * and `guides/deploy-sites.md` both give `guides/deploy-sites`.
 */
export function docIdFromPath(input: string): string {
  const trimmed = input.trim().replaceAll('\\', '/').replace(markdownExtension, '');
  if (trimmed.startsWith('/')) {
    throw new ScaffoldError(`Unexpected absolute path "${input}", expected a path inside the docs folder, e.g. guides/deploy-sites`);
  }
  const segments = trimmed.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) {
    throw new ScaffoldError(`Unexpected ".." in "${input}", expected a path inside the docs folder, e.g. guides/deploy-sites`);
  }
  const slugs = segments.map(slugFromTitle);
  if (slugs.length === 0 || slugs.some((segment) => segment === '')) {
    throw new ScaffoldError(`Unexpected path "${input}": a part of it has no letters or digits to make a file name from`);
  }
  const id = slugs.join('/');
  // Guards the promise above: if slugging rules ever drift apart, fail here rather than publish at a surprising URL.
  if (contentId(`${id}.md`) !== id) {
    throw new ScaffoldError(`The path "${input}" does not give a stable page address (${id} ≠ ${contentId(`${id}.md`)})`);
  }
  return id;
}

/** A readable title from the last part of a docs path: `deploy-sites` → `Deploy sites`, `Deploy Sites` stays. */
export function titleFromPathSegment(segment: string): string {
  const name = segment.trim().replace(markdownExtension, '');
  const looksLikeSlug = /^[\p{Ll}\p{Nd}-]+$/u.test(name);
  if (!looksLikeSlug) return name;
  const words = name.replace(/-+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
