import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'markdown', include: ['test/**/*.test.ts'] },
});
