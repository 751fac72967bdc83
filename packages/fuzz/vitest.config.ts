import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'fuzz',
    include: ['test/**/*.test.ts'],
    // The fuzz run bounds each case itself (worker timeouts); these only stop a broken harness.
    testTimeout: 900_000,
    hookTimeout: 180_000,
  },
});
