export { brandFont, brandFontEntry, colors, customProperty, fonts, type ThemeColors, type ThemeName } from './tokens.js';
export { contrastRatio, relativeLuminance } from './contrast.js';
export { starlightCss, tokensCss } from './css.js';
