import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'site-config', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
