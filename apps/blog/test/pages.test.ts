import { describe, expect, test } from 'vitest';
import { attributeOf, exists, hrefs, kafkaPostId, page, routes } from './dist.js';

const kafkaTitle = 'What, Why, When, and Where Kafka?';

describe('the home page', () => {
  test('features the featured posts and links to every post list', () => {
    const home = page(routes.blogHome());
    expect(hrefs(home.all('section[aria-labelledby="featured-heading"] .post-card-title a'))).toEqual([routes.blogPost(kafkaPostId)]);
    expect(home.text('section[aria-labelledby="featured-heading"] .post-card-title a')).toBe(kafkaTitle);
    expect(hrefs(home.all('header nav a'))).toEqual([routes.blogPosts(), routes.blogTags(), routes.blogArchives(), routes.blogSearch()]);
    expect(hrefs(home.all('a.more-link'))).toEqual([routes.blogPosts()]);
  });
});

describe('the list of posts', () => {
  test('lists published posts on /posts/ and makes only as many pages as needed', () => {
    const posts = page(routes.blogPosts());
    expect(hrefs(posts.all('.post-list .post-card h2 a'))).toEqual([routes.blogPost(kafkaPostId)]);
    // One post fits on one page: no page 2 and no page navigation.
    expect(exists(routes.blogPosts(2))).toBe(false);
    expect(posts.one('nav.pagination')).toBeUndefined();
  });

  test('marks the Posts link as the current section on a post page', () => {
    const post = page(routes.blogPost(kafkaPostId));
    expect(attributeOf(post.one(`header nav a[href="${routes.blogPosts()}"]`), 'aria-current')).toBe('true');
    expect(attributeOf(page(routes.blogPosts()).one(`header nav a[href="${routes.blogPosts()}"]`), 'aria-current')).toBe('page');
  });
});

describe('tags', () => {
  test('the tag index links every tag of a published post, with its count of published posts only', () => {
    const tags = page(routes.blogTags());
    expect(hrefs(tags.all('main .tag-list a'))).toEqual([routes.blogTag('Concept Introduction'), routes.blogTag('Guide')]);
    // The draft is tagged Guide too, and is not counted.
    expect(tags.text(`main .tag-list a[href="${routes.blogTag('Guide')}"]`)).toBe('#Guide (1 post)');
  });

  test.each(['Guide', 'Concept Introduction'])('the page of tag %s lists the post', (tag) => {
    const tagPage = page(routes.blogTag(tag));
    expect(tagPage.text('h1')).toBe(`Tag: ${tag}`);
    expect(hrefs(tagPage.all('.post-list .post-card-title a'))).toEqual([routes.blogPost(kafkaPostId)]);
    // Each card also links the post's tags.
    expect(hrefs(tagPage.all('.post-list .tag-list a'))).toContain(routes.blogTag(tag));
    expect(exists(routes.blogTag(tag, 2))).toBe(false);
  });
});

describe('archives', () => {
  test('group posts by year and month', () => {
    const archives = page(routes.blogArchives());
    expect(archives.text('section[aria-labelledby="year-2024"] h2')).toBe('2024');
    expect(archives.text('#month-2024-12')).toBe('December 2024');
    expect(hrefs(archives.all('section[aria-labelledby="year-2024"] .post-list a'))).toEqual([routes.blogPost(kafkaPostId)]);
  });
});

describe('search', () => {
  test('loads Pagefind on the search page only, over an index built from the site', () => {
    const search = page(routes.blogSearch());
    expect(search.one('#search')).toBeDefined();
    expect(attributeOf(search.one('script[src]'), 'src')).toBe(`${routes.blogHome()}pagefind/pagefind-ui.js`);
    expect(exists(`${routes.blogHome()}pagefind/pagefind-ui.js`)).toBe(true);
    expect(exists(`${routes.blogHome()}pagefind/pagefind-entry.json`)).toBe(true);
    for (const path of [routes.blogHome(), routes.blogPosts(), routes.blogPost(kafkaPostId)]) {
      expect(page(path).all('script[src]'), path).toEqual([]);
    }
  });
});

describe('every page', () => {
  test.each([routes.blogHome(), routes.blogPosts(), routes.blogTags(), routes.blogTag('Guide'), routes.blogArchives(), routes.blogSearch()])(
    '%s has a title, landmarks, a skip link and a theme toggle',
    (path) => {
      const html = page(path);
      expect(html.text('title')).toMatch(/Pressroom Blog$/);
      expect(html.all('h1')).toHaveLength(1);
      for (const landmark of ['header', 'nav', 'main#main-content', 'footer']) expect(html.one(landmark), landmark).toBeDefined();
      expect(attributeOf(html.one('a.skip-link'), 'href')).toBe('#main-content');
      expect(html.one('button#theme-toggle')).toBeDefined();
      expect(html.attribute('meta[property="og:image"]', 'content')).toMatch(/^https:\/\/.+\.png$/);
      for (const image of html.all('img')) expect(attributeOf(image, 'alt'), 'img without alt').toBeDefined();
    },
  );
});
