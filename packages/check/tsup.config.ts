import { defineConfig } from 'tsup';

/**
 * Dependencies are bundled into the build: a run of the CLI, and each of its worker threads, loads
 * a few files instead of some 530 modules from 144 packages, which took half of a second at every
 * start. cspell stays a package of its own: it finds its dictionaries next to its own files. So do
 * vfile and vfile-message, whose classes are part of this package's API.
 */
const bundled = /^(?!(?:cspell-lib|cspell-trie-lib|vfile|vfile-message)(?:\/|$)|@cspell\/)/;

export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts', 'src/worker.ts', 'src/dictionary-worker.ts', 'src/compile-dictionaries.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'node24',
  noExternal: [bundled],
  // Bundled CommonJS modules (yaml, picomatch) call `require` for Node's own modules.
  banner: { js: "import { createRequire as createRequireForBundledModules } from 'node:module';\nconst require = createRequireForBundledModules(import.meta.url);" },
});
