/** The colours of one theme. Every value is a six-digit hex colour, so contrast can be computed. */
export interface ThemeColors {
  /** Page background. */
  bg: string;
  /** Raised surfaces on the page: cards, code titles, the table of contents. */
  bgRaised: string;
  /** Body text. */
  text: string;
  /** Secondary text: dates, captions, counts. */
  muted: string;
  /** Hairlines and control borders. */
  border: string;
  /** The accent: links, the current page, active controls. Readable as text on `bg`, `bgRaised` and `accentSoft`. */
  accent: string;
  /** The accent on hover and pressed, one step further from the background. */
  accentHover: string;
  /** A tint of the accent for backgrounds: tags, the current item, hover fills. */
  accentSoft: string;
  /** A middle tone of the accent for borders and fills that carry no text. */
  accentLine: string;
  /** Text on a fill of `accent` (buttons). */
  onAccent: string;
  /** The keyboard focus ring. */
  focus: string;
  /** Background of highlighted matches (search results, `<mark>`). */
  highlight: string;
  /** Text on `highlight`. */
  onHighlight: string;
}

export type ThemeName = 'light' | 'dark';

/**
 * The one palette of both sites. A teal accent, chosen to read as the brand beside Starlight's
 * default indigo and GitHub's blue, with every text pair at 4.5:1 or more (see the tests).
 */
export const colors: Record<ThemeName, ThemeColors> = {
  light: {
    bg: '#ffffff',
    bgRaised: '#f5f7f8',
    text: '#1b2228',
    muted: '#56616b',
    border: '#d5dce1',
    accent: '#0d6e66',
    accentHover: '#0a524c',
    accentSoft: '#e3f4f1',
    accentLine: '#5cbfb2',
    onAccent: '#ffffff',
    focus: '#0d6e66',
    highlight: '#c7eee7',
    onHighlight: '#1b2228',
  },
  dark: {
    // The background is Starlight's own dark background, so both sites sit on the same colour.
    bg: '#17191c',
    bgRaised: '#1f2228',
    text: '#e6e9ee',
    muted: '#a3acb8',
    border: '#353b44',
    accent: '#4fd1c0',
    accentHover: '#8be4d8',
    accentSoft: '#12332f',
    accentLine: '#1f9e8f',
    onAccent: '#17191c',
    focus: '#4fd1c0',
    highlight: '#1f4d47',
    onHighlight: '#e6e9ee',
  },
};

/** Font stacks. The brand face (Inter) is loaded by each site; these are what follows it. */
export const fonts = {
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  mono: "ui-monospace, 'SFMono-Regular', 'Cascadia Code', Menlo, Consolas, 'Liberation Mono', monospace",
} as const;

/** The CSS custom property a colour is published as: `accentSoft` → `--pr-accent-soft`. */
export const customProperty = (name: keyof ThemeColors): string => `--pr-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/**
 * The brand face both sites self-host: Inter's Latin subset as one variable woff2 (every weight,
 * about 48 KB) from `@fontsource-variable/inter`, which each site depends on. `src` is a package
 * path for Astro's local font provider; `unicodeRange` is the subset's, so other scripts fall back.
 */
export const brandFont = {
  name: 'Inter',
  cssVariable: '--font-inter',
  src: '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  unicodeRange: ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'],
} as const;

/**
 * The `fonts` entry of both sites' Astro configuration, self-hosted from the npm package, so the
 * two sites cannot drift apart. Astro's local provider is passed in: this package does not
 * depend on Astro.
 */
export function brandFontEntry<Provider>(localProvider: Provider) {
  // Tuples throughout: Astro's types want at least one variant, source and range.
  const src: [string] = [brandFont.src];
  const unicodeRange: [string, ...string[]] = [brandFont.unicodeRange[0], ...brandFont.unicodeRange.slice(1)];
  const variant = { src, weight: brandFont.weight, style: 'normal' as const, unicodeRange };
  const variants: [typeof variant] = [variant];
  return {
    provider: localProvider,
    name: brandFont.name,
    cssVariable: brandFont.cssVariable,
    fallbacks: ['sans-serif'],
    display: 'swap' as const,
    options: { variants },
  };
}
