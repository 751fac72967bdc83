import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'create-pressroom', include: ['test/**/*.test.ts'] },
});
