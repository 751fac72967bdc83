// Runs after tsup: writes the stylesheets from the built tokens and copies the logo beside them.
import { copyFileSync, writeFileSync } from 'node:fs';
import { starlightCss, tokensCss } from '../dist/index.js';

const dist = new URL('../dist/', import.meta.url);
writeFileSync(new URL('tokens.css', dist), tokensCss());
writeFileSync(new URL('starlight.css', dist), starlightCss());
copyFileSync(new URL('../assets/logo.svg', import.meta.url), new URL('logo.svg', dist));
