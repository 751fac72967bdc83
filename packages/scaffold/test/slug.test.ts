import { contentId } from '@pressroom/site-config';
import { describe, expect, test } from 'vitest';
import { docIdFromPath, slugFromTitle, titleFromPathSegment } from '../src/index.js';

describe('slugFromTitle', () => {
  test.each([
    ['punctuation is dropped', 'What, Why, When, and Where Kafka?', 'what-why-when-and-where-kafka'],
    ['runs of hyphens collapse', 'C++ & C#: a -- comparison', 'c-c-a-comparison'],
    ['surrounding space and hyphens are trimmed', '  - Hello world -  ', 'hello-world'],
    ['accented letters are kept, lower-cased', 'Kafka für Anfänger', 'kafka-für-anfänger'],
    ['scripts without case are kept', '日本語の投稿', '日本語の投稿'],
    ['digits are kept', 'Top 10 tips for 2025', 'top-10-tips-for-2025'],
    ['a title with no letters or digits gives nothing', '🎉 !!!', ''],
  ])('%s', (_name, title, expected) => {
    expect(slugFromTitle(title)).toBe(expected);
  });

  test.each(['What, Why, When, and Where Kafka?', 'Kafka für Anfänger', 'C++ & C#: a -- comparison'])(
    'the slug of %j is the content id of its own file, so file name and URL agree',
    (title) => {
      const slug = slugFromTitle(title);
      expect(contentId(`${slug}.md`)).toBe(slug);
    },
  );
});

describe('docIdFromPath', () => {
  test.each([
    ['guides/deploy-sites', 'guides/deploy-sites'],
    ['Guides/Deploy Sites', 'guides/deploy-sites'],
    ['guides/deploy-sites.md', 'guides/deploy-sites'],
    ['./reference//CLI Options', 'reference/cli-options'],
  ])('%j → %j', (input, expected) => {
    expect(docIdFromPath(input)).toBe(expected);
  });

  test.each([
    ['../outside', /Unexpected "\.\."/],
    ['/etc/passwd', /Unexpected absolute path/],
    ['guides/!!!', /has no letters or digits/],
    ['', /has no letters or digits/],
  ])('rejects %j with a clear message', (input, message) => {
    expect(() => docIdFromPath(input)).toThrow(message);
  });
});

describe('titleFromPathSegment', () => {
  test('a slug becomes a sentence-case title', () => {
    expect(titleFromPathSegment('deploy-sites')).toBe('Deploy sites');
  });
  test('a segment typed as a title is kept as typed', () => {
    expect(titleFromPathSegment('Deploy to GitHub Pages')).toBe('Deploy to GitHub Pages');
  });
});
