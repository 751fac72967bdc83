import { defineProject } from 'vitest/config';

export default defineProject({
  // Generous: the smoke run spawns real tools, and the machine may be shared. No test asserts a time.
  test: { name: 'bench', include: ['test/**/*.test.ts'], testTimeout: 180_000 },
});
