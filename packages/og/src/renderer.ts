import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { defaultOgCardTheme, drawCard, ogCardTree, rasterOptions, type OgCardContent, type OgCardTheme } from './card.js';
import { loadFonts } from './fonts.js';

export interface OgImageRendererOptions {
  /**
   * The folder that keeps drawn cards between builds, one PNG per content hash; `false` draws
   * every card. Defaults to `defaultOgCacheDir()`.
   */
  cacheDir?: string | false;
  theme?: OgCardTheme;
}

export interface OgImageStats {
  /** Cards drawn by satori and resvg in this renderer's life. */
  drawn: number;
  /** Cards read back from the cache folder. */
  fromCache: number;
}

export interface OgImageRenderer {
  /** The card as a 1200×630 PNG, from the cache when its inputs were drawn before. */
  render(content: OgCardContent): Promise<Buffer>;
  /** The hash a card is cached under: of the drawn tree, the fonts and the generator's versions. */
  cacheKey(content: OgCardContent): Promise<string>;
  readonly stats: Readonly<OgImageStats>;
}

/** Where build tools keep caches by convention: ignored by git and cleared with `node_modules`. */
export function defaultOgCacheDir(cwd: string = process.cwd()): string {
  return join(cwd, 'node_modules', '.cache', 'pressroom-og');
}

const require = createRequire(import.meta.url);
const versionOf = (manifest: string) => (require(manifest) as { version: string }).version;

/** The versions that draw a card: a new satori or resvg may draw the same tree differently. */
const generatorVersions = {
  og: versionOf('../package.json'),
  satori: versionOf('satori/package.json'),
  resvg: versionOf('@resvg/resvg-js/package.json'),
};

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pngEnd = Buffer.from('IEND', 'ascii');

/** A complete PNG starts with the signature and ends with the IEND chunk (and its CRC). */
function isCompletePng(data: Buffer): boolean {
  return data.length > 20 && data.subarray(0, 8).equals(pngSignature) && data.subarray(-8, -4).equals(pngEnd);
}

export function createOgImageRenderer(options: OgImageRendererOptions = {}): OgImageRenderer {
  const cacheDir = options.cacheDir === undefined ? defaultOgCacheDir() : options.cacheDir;
  const theme = options.theme ?? defaultOgCardTheme;
  const stats: OgImageStats = { drawn: 0, fromCache: 0 };
  let cacheUsable = cacheDir !== false;

  async function keyOf(tree: ReturnType<typeof ogCardTree>): Promise<string> {
    const { hash: fonts } = await loadFonts();
    return createHash('sha256')
      .update(JSON.stringify({ tree, fonts, generator: generatorVersions, raster: rasterOptions }))
      .digest('hex');
  }

  async function readCached(file: string): Promise<Buffer | undefined> {
    try {
      const data = await readFile(file);
      return isCompletePng(data) ? data : undefined;
    } catch {
      return undefined;
    }
  }

  // Made once per renderer, not once per card.
  let madeDir: Promise<unknown> | undefined;

  async function store(dir: string, file: string, png: Buffer): Promise<void> {
    // Written aside and renamed, so a build stopped half-way never leaves a truncated card behind.
    const partial = `${file}.${randomUUID()}.partial`;
    try {
      await (madeDir ??= mkdir(dir, { recursive: true }));
      await writeFile(partial, png);
      await rename(partial, file);
    } catch {
      // A read-only or full disk costs the next build its cache, not this build its images.
      cacheUsable = false;
      await rm(partial, { force: true }).catch(() => undefined);
    }
  }

  return {
    stats,
    cacheKey: (content) => keyOf(ogCardTree(content, theme)),
    async render(content) {
      const tree = ogCardTree(content, theme);
      if (cacheDir === false || !cacheUsable) {
        stats.drawn++;
        return drawCard(tree);
      }
      const file = join(cacheDir, `${await keyOf(tree)}.png`);
      const cached = await readCached(file);
      if (cached) {
        stats.fromCache++;
        return cached;
      }
      const png = await drawCard(tree);
      stats.drawn++;
      await store(cacheDir, file, png);
      return png;
    },
  };
}

/** Draws one card without a cache. */
export async function renderOgImage(content: OgCardContent, theme: OgCardTheme = defaultOgCardTheme): Promise<Buffer> {
  return drawCard(ogCardTree(content, theme));
}
