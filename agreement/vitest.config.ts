import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'agreement',
    include: ['test/**/*.test.ts'],
    // Each file builds sites: one at a time on the two cores these machines have.
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 900_000,
  },
});
