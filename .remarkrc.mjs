// remark-cli reads this file: `remark content --quiet --frail` lints with the same style rules as
// `pressroom check`. The preset is imported by path because the root has no dependency on it;
// build it first (`pnpm --filter @pressroom/remark-preset-lint build`).
import remarkPresetLintPressroom from './packages/remark-preset-lint/dist/index.js';

export default {
  plugins: [remarkPresetLintPressroom],
};
