import { defineProject } from 'vitest/config';

export default defineProject({
  // The equivalence suites lint every upstream example and the repository's content twice: a few
  // seconds alone, more on a busy machine.
  test: { name: 'remark-preset-lint', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 60_000 },
});
