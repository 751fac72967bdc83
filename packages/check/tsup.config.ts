import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** The version of a package as installed here: the bundle names its compiled dictionaries with it. */
const versionOf = (name: string) => (JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Dependencies are bundled into the build: a run of the CLI, and each of its worker threads, loads
 * a few files instead of hundreds of modules, which took a noticeable part of every start
 * (cspell-lib alone, in the dictionary thread; figures in `docs/benchmarks/check-design.md`).
 * cspell's dictionaries stay packages of their own (`@cspell/cspell-bundled-dicts` and the
 * `@cspell/dict-*` it names): cspell-lib finds its default configuration from where its code is,
 * and this package depends on the bundled dictionaries so that they resolve from `dist` too. So do
 * vfile and vfile-message, whose classes are part of this package's API.
 * Astro and Starlight are never bundled: a repository with a Starlight site has its own, whose
 * `docsSchema` the frontmatter check loads from there (`rules/frontmatter/starlight.ts`); so the
 * bundled packages are this package's devDependencies, and its dependencies are what the bundle
 * loads at run time and what its types name.
 */
const bundled = /^(?!(?:vfile|vfile-message|@cspell\/cspell-bundled-dicts|@cspell\/dict-[^/]+|astro|@astrojs\/[^/]+)(?:\/|$))/;

export default defineConfig({
  // Named as `dist/` has them: the bin loads `cli.js`, the threads start `worker.js` and
  // `dictionary-worker.js` beside the bundle, and the build runs `compile-dictionaries.js`.
  entry: {
    index: 'src/index.ts',
    cli: 'src/cli/main.ts',
    worker: 'src/run/worker.ts',
    'dictionary-worker': 'src/spelling/dictionary-worker.ts',
    'compile-dictionaries': 'src/spelling/compile.ts',
  },
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'node24',
  noExternal: [bundled],
  define: { __PRESSROOM_BUNDLED_VERSIONS__: JSON.stringify({ 'cspell-lib': versionOf('cspell-lib'), 'cspell-trie-lib': versionOf('cspell-trie-lib') }) },
  // Bundled CommonJS modules (yaml, picomatch) call `require` for Node's own modules.
  banner: { js: "import { createRequire as createRequireForBundledModules } from 'node:module';\nconst require = createRequireForBundledModules(import.meta.url);" },
});
