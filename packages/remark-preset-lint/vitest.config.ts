import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'remark-preset-lint', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
