// The package ships no types; it is a unified attacher like every remark-lint rule.
declare module 'remark-lint-no-trailing-spaces' {
  import type { Plugin } from 'unified';
  const remarkLintNoTrailingSpaces: Plugin;
  export default remarkLintNoTrailingSpaces;
}
