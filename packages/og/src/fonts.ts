import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

export interface LoadedFonts {
  fonts: CardFont[];
  /** sha256 of the font files: a new font release draws new cards. */
  hash: string;
}

// Satori reads WOFF (not WOFF2); the files come from an npm package so a build needs no network.
const require = createRequire(import.meta.url);
let loaded: Promise<LoadedFonts> | undefined;

export function loadFonts(): Promise<LoadedFonts> {
  loaded ??= (async () => {
    const fonts = await Promise.all(
      ([400, 700] as const).map(async (weight) => ({
        name: 'Inter',
        data: await readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      })),
    );
    const hash = createHash('sha256');
    for (const font of fonts) hash.update(`${font.name}/${font.weight}/${font.style}/${font.data.length}\0`).update(font.data);
    return { fonts, hash: hash.digest('hex') };
  })();
  return loaded;
}
