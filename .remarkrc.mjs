// Editors' remark integrations and remark-cli read this file: it lints with the same style rules as
// `pressroom check`. remark-cli is not a dependency here (`pressroom check` is the command line);
// to run it anyway: `pnpm dlx remark-cli@12 content --quiet --frail`. The preset is imported by path
// because the root has no dependency on it; build it first (`pnpm --filter @pressroom/remark-preset-lint build`).
import remarkPresetLintPressroom from './packages/remark-preset-lint/dist/index.js';

export default {
  plugins: [remarkPresetLintPressroom],
};
