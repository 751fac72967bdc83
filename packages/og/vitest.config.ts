import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'og', include: ['test/**/*.test.ts'] },
});
