import { colors, customProperty, fonts, type ThemeColors } from './tokens.js';

const header = '/* Generated from @pressroom/theme (src/tokens.ts): change the tokens there, not this file. */\n';

function declarations(theme: ThemeColors, indent: string): string {
  return (Object.keys(theme) as Array<keyof ThemeColors>).map((name) => `${indent}${customProperty(name)}: ${theme[name]};`).join('\n');
}

/**
 * The tokens as custom properties (`--pr-accent`, …) for a site that marks its theme with
 * `<html data-theme="light|dark">` and follows the system's scheme until a script sets it.
 */
export function tokensCss(): string {
  const dark = `  color-scheme: dark;\n${declarations(colors.dark, '  ')}`;
  return `${header}
:root {
  color-scheme: light;
${declarations(colors.light, '  ')}
  --pr-font-sans: ${fonts.sans};
  --pr-font-mono: ${fonts.mono};
}

:root[data-theme='dark'] {
${dark}
}

/* Without a script to set data-theme, the system's scheme decides. */
@media (prefers-color-scheme: dark) {
  :root:not([data-theme]) {
  ${dark.replaceAll('\n', '\n  ')}
  }
}
`;
}

/** Starlight's accent scale for one theme: low is a background tint, high the strongest text tone. */
function starlightAccent(theme: ThemeColors, high: string): string {
  return [
    `  --sl-color-accent-low: ${theme.accentSoft};`,
    `  --sl-color-accent: ${theme === colors.dark ? theme.accentLine : theme.accent};`,
    `  --sl-color-accent-high: ${high};`,
    `  --pr-focus: ${theme.focus};`,
    `  --pr-highlight: ${theme.highlight};`,
    `  --pr-on-highlight: ${theme.onHighlight};`,
  ].join('\n');
}

/**
 * The same tokens mapped onto Starlight's custom properties (`--sl-color-accent*`), under
 * Starlight's own theme selectors (dark by default, `data-theme="light"` for light), with the
 * focus ring and search highlights in the accent. Add it to Starlight's `customCss`.
 */
export function starlightCss(): string {
  // Starlight reads links from accent-high in its dark theme and from accent in its light theme.
  return `${header}
:root {
${starlightAccent(colors.dark, colors.dark.accent)}
}

:root[data-theme='light'] {
${starlightAccent(colors.light, colors.light.accentHover)}
}

:focus-visible {
  outline: 2px solid var(--pr-focus);
  outline-offset: 2px;
}

mark,
#starlight__search mark {
  background-color: var(--pr-highlight);
  color: var(--pr-on-highlight);
}
`;
}
