import { defineConfig } from 'tsup';

export default defineConfig({
  // `translations` reads content and asks git: an entry of its own, which the main one never loads.
  entry: { index: 'src/index.ts', translations: 'src/translations/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node24',
});
