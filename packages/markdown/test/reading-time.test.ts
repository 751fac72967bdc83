import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { fixture, render } from './render.js';

const plugin = 'reading-time';

describe('remarkReadingTime', () => {
  test.each([
    ['short', 1],
    ['450-words', 3],
  ])('%s takes %i minute(s), stored in the frontmatter data', async (name, minutes) => {
    const { metadata } = await render(await readFile(fixture(plugin, name), 'utf8'));
    expect(metadata.frontmatter).toEqual({ readingTimeMinutes: minutes });
  });

  test('reads faster at a higher speed and under a chosen key', async () => {
    const { metadata } = await render(await readFile(fixture(plugin, '450-words'), 'utf8'), {
      readingTime: { wordsPerMinute: 450, field: 'minutesRead' },
    });
    expect(metadata.frontmatter).toEqual({ minutesRead: 1 });
  });

  test('changes nothing in the HTML', async () => {
    const markdown = await readFile(fixture(plugin, 'short'), 'utf8');
    expect((await render(markdown)).code).toBe((await render(markdown, { readingTime: false })).code);
  });
});
