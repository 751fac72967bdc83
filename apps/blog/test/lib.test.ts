import { describe, expect, test } from 'vitest';
import { formatDate } from '../src/lib/format';
import { paginate } from '../src/lib/pagination';
import { archive, collectTags, neighbours, postsWithTag, seriesParts, type PostSummary } from '../src/lib/taxonomy';

const route = (page: number) => (page === 1 ? '/posts/' : `/posts/${page}/`);
const post = (id: string, date: string, tags: string[]): PostSummary => ({ id, data: { title: id, pubDatetime: new Date(date), tags } });

describe('paginate', () => {
  test('splits items into pages with their URLs and neighbours', () => {
    const pages = paginate(['a', 'b', 'c', 'd', 'e'], 2, route);
    expect(pages.map((page) => page.items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(pages.map((page) => [page.url, page.previousUrl, page.nextUrl])).toEqual([
      ['/posts/', undefined, '/posts/2/'],
      ['/posts/2/', '/posts/', '/posts/3/'],
      ['/posts/3/', '/posts/2/', undefined],
    ]);
    expect(pages.every((page) => page.lastPage === 3)).toBe(true);
  });

  test('makes one empty page of nothing, and refuses a page size below 1', () => {
    expect(paginate([], 10, route)).toMatchObject([{ number: 1, items: [], lastPage: 1, nextUrl: undefined }]);
    expect(() => paginate(['a'], 0, route)).toThrow('perPage must be a positive integer, got 0');
  });
});

describe('tags', () => {
  const posts = [post('b', '2025-02-01', ['Guide', 'Kafka']), post('a', '2024-12-04', ['guide', 'Streams'])];

  test('are counted once per slug, most used first, named as first written', () => {
    expect(collectTags(posts)).toEqual([
      { name: 'Guide', slug: 'guide', count: 2 },
      { name: 'Kafka', slug: 'kafka', count: 1 },
      { name: 'Streams', slug: 'streams', count: 1 },
    ]);
    expect(postsWithTag(posts, 'guide').map((entry) => entry.id)).toEqual(['b', 'a']);
    expect(postsWithTag(posts, 'streams').map((entry) => entry.id)).toEqual(['a']);
  });
});

describe('archive', () => {
  test('groups by year and month, newest first, by UTC date', () => {
    const posts = [
      post('dec', '2024-12-04T00:00:00Z', []),
      post('jan', '2025-01-31T23:30:00Z', []),
      post('jan-2', '2025-01-02T00:00:00Z', []),
      post('mar', '2025-03-01T00:00:00Z', []),
    ];
    expect(archive(posts).map(({ year, months }) => [year, months.map(({ month, posts }) => [month, posts.map((entry) => entry.id)])])).toEqual([
      [2025, [[3, ['mar']], [1, ['jan', 'jan-2']]]],
      [2024, [[12, ['dec']]]],
    ]);
  });
});

describe('neighbours', () => {
  test('are the newer and older posts of a newest-first list', () => {
    const posts = [{ id: 'c' }, { id: 'b' }, { id: 'a' }];
    expect(neighbours(posts, 'b')).toEqual({ newer: { id: 'c' }, older: { id: 'a' } });
    expect(neighbours(posts, 'c')).toEqual({ newer: undefined, older: { id: 'b' } });
    expect(neighbours(posts, 'x')).toEqual({ newer: undefined, older: undefined });
  });
});

describe('formatDate', () => {
  test('shows the day in the given time zone, UTC when none is given', () => {
    const lateEvening = new Date('2022-06-09T20:42:51Z');
    expect(formatDate(lateEvening)).toBe('June 9, 2022');
    expect(formatDate(lateEvening, 'Asia/Yangon')).toBe('June 10, 2022');
    expect(formatDate(lateEvening, 'America/Los_Angeles')).toBe('June 9, 2022');
  });
});

describe('seriesParts', () => {
  const part = (id: string, day: number, series?: string) => ({ id, data: { pubDatetime: new Date(Date.UTC(2025, 0, day)), series } });
  const posts = [part('third', 9, 'Release notes'), part('alone', 8), part('first', 1, 'release notes'), part('other', 5, 'Kafka'), part('second', 4, 'Release Notes')];

  test('gives the posts of one series, oldest first, its name matched as a tag is', () => {
    expect(seriesParts(posts, posts[0]!).map((post) => post.id)).toEqual(['first', 'second', 'third']);
    expect(seriesParts(posts, posts[3]!).map((post) => post.id)).toEqual(['other']);
  });

  test('gives none for a post in no series', () => {
    expect(seriesParts(posts, posts[1]!)).toEqual([]);
  });
});
