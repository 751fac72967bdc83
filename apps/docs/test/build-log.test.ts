import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// What `astro build` printed (scripts/build.ts writes it): the test command has just built the site.
const log = readFileSync(new URL('../build.log', import.meta.url), 'utf8');

test('the docs build prints no warning', () => {
  // A real build's log: it names the pages it rendered.
  expect(log).toMatch(/\d+ page\(s\) built in/);
  const warnings = log.split('\n').filter((line) => /\[WARN\]|\bwarn(?:ing)?\b/i.test(line));
  expect(warnings).toEqual([]);
});

test('the not-found page is built without a 404 entry in the content', () => {
  const page = readFileSync(new URL('../dist/404.html', import.meta.url), 'utf8');
  expect(page).toMatch(/<h1[^>]*>404<\/h1>/);
  expect(page).toContain('Page not found');
});
