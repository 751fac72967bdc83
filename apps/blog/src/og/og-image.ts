import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

export const ogImageSize = { width: 1200, height: 630 } as const;

export interface OgImageContent {
  title: string;
  /** A line under the title: the author and date of a post, or the site's description. */
  subtitle: string;
  siteTitle: string;
  siteHost: string;
}

type SatoriElement = Parameters<typeof satori>[0];

const element = (type: string, style: Record<string, unknown>, children?: unknown): SatoriElement =>
  ({ type, props: { style, children } }) as unknown as SatoriElement;

// Satori reads WOFF (not WOFF2); the files come from an npm package so the build needs no network.
const require = createRequire(import.meta.url);
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;
const loadFonts = () =>
  (fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Inter',
      data: await readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  ));

/** A 1200×630 PNG share card: the title large, the subtitle and site below. */
export async function renderOgImage(content: OgImageContent): Promise<Buffer> {
  const padding = 80;
  const accentBar = 24;
  // Satori wraps text only within an explicit width; percentages here ignore the padding.
  const contentWidth = ogImageSize.width - 2 * padding - accentBar;
  const titleSize = content.title.length > 60 ? 56 : 68;
  const tree = element(
    'div',
    {
      width: ogImageSize.width,
      height: ogImageSize.height,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `72px ${padding}px`,
      background: '#0f1216',
      color: '#e4e7eb',
      fontFamily: 'Inter',
      borderLeft: `${accentBar}px solid #79b8ff`,
    },
    [
      element('div', { display: 'flex', fontSize: 28, color: '#79b8ff', fontWeight: 700 }, content.siteTitle),
      element('div', { display: 'flex', flexDirection: 'column', gap: 24, maxWidth: contentWidth }, [
        element('div', { display: 'block', fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, letterSpacing: '-0.02em' }, content.title),
        element('div', { display: 'block', fontSize: 30, color: '#a2abb7', lineHeight: 1.4 }, content.subtitle),
      ]),
      element('div', { display: 'flex', fontSize: 26, color: '#a2abb7' }, content.siteHost),
    ],
  );
  const svg = await satori(tree, { ...ogImageSize, fonts: await loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: ogImageSize.width } }).render().asPng();
}
