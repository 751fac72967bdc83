import { describe, expect, test } from 'vitest';
import { colors, contrastRatio, customProperty, starlightCss, tokensCss, type ThemeColors } from '../src/index.js';

// WCAG 2.2: 4.5:1 for text (1.4.3), 3:1 for the focus ring and control borders that must be seen (1.4.11).
const textPairs: Array<[keyof ThemeColors, keyof ThemeColors]> = [
  ['text', 'bg'],
  ['text', 'bgRaised'],
  ['muted', 'bg'],
  ['muted', 'bgRaised'],
  ['accent', 'bg'],
  ['accent', 'bgRaised'],
  ['accent', 'accentSoft'],
  ['accentHover', 'bg'],
  ['onAccent', 'accent'],
  ['onHighlight', 'highlight'],
  ['text', 'accentSoft'],
];

describe.each(['light', 'dark'] as const)('the %s theme', (name) => {
  const theme = colors[name];

  test.each(textPairs)('%s on %s reads at 4.5:1 or more', (foreground, background) => {
    expect(contrastRatio(theme[foreground], theme[background])).toBeGreaterThanOrEqual(4.5);
  });

  test('the focus ring stands out at 3:1 from the page and from raised surfaces', () => {
    expect(contrastRatio(theme.focus, theme.bg)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(theme.focus, theme.bgRaised)).toBeGreaterThanOrEqual(3);
  });

  test('the focus ring and the accent are one colour', () => {
    expect(theme.focus).toBe(theme.accent);
  });
});

describe('contrastRatio', () => {
  test('gives WCAG figures: 21 for black on white, 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0d6e66', '#0d6e66')).toBe(1);
  });

  test('names the bad value and the expected form', () => {
    expect(() => contrastRatio('teal', '#ffffff')).toThrow(/Unexpected colour "teal", expected a six-digit hex colour/);
  });
});

describe('the stylesheets', () => {
  test('tokens.css declares every token for light, for dark, and for a dark system without a script', () => {
    const css = tokensCss();
    for (const name of Object.keys(colors.light) as Array<keyof ThemeColors>) {
      expect(css).toContain(`${customProperty(name)}: ${colors.light[name]};`);
      expect(css.split(`${customProperty(name)}: ${colors.dark[name]};`)).toHaveLength(colors.light[name] === colors.dark[name] ? 4 : 3);
    }
    expect(css).toMatch(/:root\[data-theme='dark'\]/);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\s*{\s*:root:not\(\[data-theme\]\)/);
  });

  test('starlight.css maps the accent onto Starlight under its own selectors', () => {
    const css = starlightCss();
    const [dark, light] = css.split(":root[data-theme='light']") as [string, string];
    expect(dark).toContain(`--sl-color-accent-low: ${colors.dark.accentSoft};`);
    expect(dark).toContain(`--sl-color-accent-high: ${colors.dark.accent};`);
    expect(light).toContain(`--sl-color-accent: ${colors.light.accent};`);
    expect(light).toContain(`--sl-color-accent-low: ${colors.light.accentSoft};`);
    expect(css).toMatch(/#starlight__search mark\s*{\s*background-color: var\(--pr-highlight\)/);
  });

  test('customProperty names a token in kebab case', () => {
    expect(customProperty('accentSoft')).toBe('--pr-accent-soft');
    expect(customProperty('onHighlight')).toBe('--pr-on-highlight');
  });
});
