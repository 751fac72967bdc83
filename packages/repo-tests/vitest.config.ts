import { defineProject } from 'vitest/config';

export default defineProject({
  // Packing packages and running turbo in a temporary copy take longer than unit tests.
  test: { name: 'repo', include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
