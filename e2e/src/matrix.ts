import type { BrowserContextOptions } from 'playwright-core';

/** The widths every feature is tried at: a laptop and a small phone. */
export const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'mobile', width: 375, height: 740 },
] as const;

export const themes = ['light', 'dark'] as const;

export type Viewport = (typeof viewports)[number];
export type Theme = (typeof themes)[number];

export interface Setting {
  viewport: Viewport;
  theme: Theme;
  /** "desktop light", "mobile dark": for test names. */
  label: string;
}

/** Every viewport in both themes. Both sites follow the system's scheme until a reader picks one. */
export const settings: Setting[] = viewports.flatMap((viewport) => themes.map((theme) => ({ viewport, theme, label: `${viewport.name} ${theme}` })));

export const contextOptions = ({ viewport, theme }: Setting): BrowserContextOptions => ({
  viewport: { width: viewport.width, height: viewport.height },
  colorScheme: theme,
  // The emulated phone is a touch device, so hover-only styles do not hide what a phone shows.
  ...(viewport.name === 'mobile' && { hasTouch: true, isMobile: true, deviceScaleFactor: 2 }),
});
