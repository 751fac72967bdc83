import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'scaffold', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
