import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { loadFonts } from './fonts.js';

export const ogImageSize = { width: 1200, height: 630 } as const;

/** What a share card says. */
export interface OgCardContent {
  title: string;
  /** A line under the title: the author and date of a post, or the page's or site's description. */
  subtitle: string;
  /** Shown above the title, in the accent colour. */
  siteTitle: string;
  /** Shown at the bottom, e.g. `blog.example.com`. */
  siteHost: string;
}

/** The card's colours, as CSS colours. */
export interface OgCardTheme {
  background: string;
  text: string;
  muted: string;
  accent: string;
}

export const defaultOgCardTheme: OgCardTheme = {
  background: '#0f1216',
  text: '#e4e7eb',
  muted: '#a2abb7',
  accent: '#79b8ff',
};

/** A satori element: plain data, so the whole card can be hashed before it is drawn. */
export interface CardElement {
  type: string;
  props: { style: Record<string, unknown>; children?: string | CardElement[] };
}

const element = (type: string, style: Record<string, unknown>, children?: string | CardElement[]): CardElement => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** The element tree satori draws: the title large, the subtitle under it, the site above and below. */
export function ogCardTree(content: OgCardContent, theme: OgCardTheme = defaultOgCardTheme): CardElement {
  const padding = 80;
  const accentBar = 24;
  // Satori wraps text only within an explicit width; percentages here ignore the padding.
  const contentWidth = ogImageSize.width - 2 * padding - accentBar;
  const titleSize = content.title.length > 60 ? 56 : 68;
  // A very long description would run off the card: satori clips nothing by itself.
  const subtitle = content.subtitle.length > 160 ? `${content.subtitle.slice(0, 157).trimEnd()}…` : content.subtitle;
  return element(
    'div',
    {
      width: ogImageSize.width,
      height: ogImageSize.height,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `72px ${padding}px`,
      background: theme.background,
      color: theme.text,
      fontFamily: 'Inter',
      borderLeft: `${accentBar}px solid ${theme.accent}`,
    },
    [
      element('div', { display: 'flex', fontSize: 28, color: theme.accent, fontWeight: 700 }, content.siteTitle),
      element('div', { display: 'flex', flexDirection: 'column', gap: 24, maxWidth: contentWidth }, [
        element('div', { display: 'block', fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, letterSpacing: '-0.02em' }, content.title),
        element('div', { display: 'block', fontSize: 30, color: theme.muted, lineHeight: 1.4 }, subtitle),
      ]),
      element('div', { display: 'flex', fontSize: 26, color: theme.muted }, content.siteHost),
    ],
  );
}

/** How resvg turns satori's SVG into pixels; part of the cache key. */
export const rasterOptions = { fitTo: { mode: 'width', value: ogImageSize.width } } as const;

/**
 * Satori draws text as paths, so resvg needs no font: loading the system's fonts for every card
 * (resvg's default) costs time and changes no pixel, which is why it stays out of the cache key.
 */
const resvgFonts = { loadSystemFonts: false } as const;

/** The SVG satori draws for a card tree. */
export async function cardSvg(tree: CardElement): Promise<string> {
  const { fonts } = await loadFonts();
  return satori(tree as unknown as Parameters<typeof satori>[0], { ...ogImageSize, fonts });
}

/** Draws a card tree to a 1200×630 PNG. */
export async function drawCard(tree: CardElement): Promise<Buffer> {
  return new Resvg(await cardSvg(tree), { ...rasterOptions, font: resvgFonts }).render().asPng();
}
