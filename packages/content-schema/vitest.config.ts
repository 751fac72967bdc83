import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'content-schema', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
