import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a build writes differently each time without any reader seeing a difference. */
export interface NoiseOptions {
  /**
   * Folders of the built site (relative to its root) whose files carry a content hash in their
   * name (`Layout.CFnAcMF0.css`). Default: `_astro`, where Astro and Vite put them.
   */
  assetDirs?: readonly string[];
  /** More patterns removed before comparing, e.g. a build timestamp a plugin writes. */
  noise?: readonly RegExp[];
}

export const defaultAssetDirs = ['_astro'] as const;

/**
 * Removed from every page and feed before comparing: the generator's version (an upgrade of Astro
 * alone changes nothing a reader sees), a feed's `<lastBuildDate>`, which feed generators commonly
 * set to the time of the build, and build times or ids written into a `<meta>` tag.
 */
export const defaultNoise: readonly RegExp[] = [
  /<meta\s+name=["']?generator["']?\s+content=["'][^"']*["']\s*\/?>/gi,
  /<lastBuildDate>[^<]*<\/lastBuildDate>/gi,
  /<meta\s+name=["']?(?:build-time|build-date|build-id)["']?\s+content=["'][^"']*["']\s*\/?>/gi,
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `name.HASH.ext` → `[name, ext]`; names without a hash segment are kept whole. */
function splitHashedName(fileName: string): { stem: string; ext: string } {
  const parts = fileName.split('.');
  if (parts.length < 3) return { stem: parts.slice(0, -1).join('.') || fileName, ext: parts.length > 1 ? parts.at(-1)! : '' };
  return { stem: parts.slice(0, -2).join('.'), ext: parts.at(-1)! };
}

/**
 * Normalises the pages of one built site. Each reference to a hashed asset is rewritten to the
 * asset's name with a fingerprint of its content, in which hashed names are stripped in turn: two
 * builds whose assets hold the same code compare equal whatever hashes the bundler chose, and a
 * changed stylesheet still changes every page that loads it.
 */
export class Normaliser {
  readonly #root: string;
  readonly #reference: RegExp;
  readonly #noise: readonly RegExp[];
  readonly #dirs: readonly string[];
  readonly #fingerprints = new Map<string, string | undefined>();
  #names: RegExp | null | undefined;

  constructor(root: string, options: NoiseOptions = {}) {
    this.#root = root;
    this.#dirs = (options.assetDirs ?? defaultAssetDirs).map((dir) => dir.replace(/^\/+|\/+$/g, ''));
    const alternatives = this.#dirs.map(escapeRegExp).join('|');
    // `_astro/Name.HASH.css`, as written in href, src, srcset, CSS url() and import statements.
    this.#reference = new RegExp(`((?:^|[^\\w-])(?:${alternatives})/)([\\w~@+.-]+)`, 'g');
    this.#noise = [...defaultNoise, ...(options.noise ?? [])];
  }

  /**
   * The names of the hashed files in the asset folders, as a pattern: chunks import each other by
   * relative name (`./ui-core.D5U32Csp.js`), without the folder in front.
   */
  #assetNames(): RegExp | undefined {
    if (this.#names !== undefined) return this.#names ?? undefined;
    const names = this.#dirs.flatMap((dir) => {
      try {
        return readdirSync(join(this.#root, dir)).filter((name) => name.split('.').length >= 3);
      } catch {
        return [];
      }
    });
    names.sort((a, b) => b.length - a.length);
    this.#names = names.length > 0 ? new RegExp(names.map(escapeRegExp).join('|'), 'g') : null;
    return this.#names ?? undefined;
  }

  /** The content fingerprint of an asset, the hashed names inside it stripped. */
  #fingerprint(assetPath: string): string | undefined {
    if (this.#fingerprints.has(assetPath)) return this.#fingerprints.get(assetPath);
    const file = join(this.#root, assetPath);
    let fingerprint: string | undefined;
    if (existsSync(file)) {
      const strip = (name: string) => {
        const { stem, ext } = splitHashedName(name);
        return `${stem}.*.${ext}`;
      };
      let text = readFileSync(file).toString('latin1');
      const names = this.#assetNames();
      if (names) text = text.replace(names, strip);
      fingerprint = createHash('sha256').update(text).digest('hex').slice(0, 12);
    }
    this.#fingerprints.set(assetPath, fingerprint);
    return fingerprint;
  }

  /** The page's text with build noise removed. */
  normalise(text: string): string {
    let result = text.replace(this.#reference, (_match, prefix: string, name: string) => {
      const { stem, ext } = splitHashedName(name);
      const dir = prefix.replace(/^[^\w-]/, '');
      return `${prefix}${stem}.${this.#fingerprint(`${dir}${name}`) ?? '*'}.${ext}`;
    });
    for (const pattern of this.#noise) result = result.replace(pattern, '');
    return result;
  }
}
