import { describe, expect, test } from 'vitest';
import { attributeOf, config, exists, hrefs, kafkaPostId, page, routes } from './dist.js';

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
  test('lists published posts newest first, postsPerPage a page, and makes only as many pages as needed', () => {
    // The sample content: seven published posts at four a page (pressroom.config.json) make two pages.
    expect(config.sites.blog.postsPerPage).toBe(4);
    const first = page(routes.blogPosts());
    const second = page(routes.blogPosts(2));
    expect(hrefs(first.all('.post-list .post-card h2 a'))).toEqual(
      ['a-schema-for-the-configuration', 'machine-readable-sites', 'schedule-a-post', 'teach-the-spell-checker-a-word'].map((id) => routes.blogPost(id)),
    );
    expect(hrefs(second.all('.post-list .post-card h2 a'))).toEqual(
      ['check-only-what-changed', 'introducing-pressroom', kafkaPostId].map((id) => routes.blogPost(id)),
    );
    expect(exists(routes.blogPosts(3))).toBe(false);
    // Each page links to the other, and says where the reader is.
    expect(hrefs(first.all('nav.pagination a'))).toEqual([routes.blogPosts(2)]);
    expect(attributeOf(first.one('nav.pagination a'), 'rel')).toBe('next');
    expect(first.text('nav.pagination .pagination-status')).toBe('Page 1 of 2');
    expect(hrefs(second.all('nav.pagination a'))).toEqual([routes.blogPosts()]);
    expect(attributeOf(second.one('nav.pagination a'), 'rel')).toBe('prev');
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
    // Most used first, then by name.
    expect(hrefs(tags.all('main .tag-list a'))).toEqual(
      ['How-to', 'Release notes', 'Checks', 'Publishing', 'Concept Introduction', 'Configuration', 'Guide'].map((tag) => routes.blogTag(tag)),
    );
    expect(tags.text(`main .tag-list a[href="${routes.blogTag('Release notes')}"]`)).toBe('#Release notes (3 posts)');
    // The draft is tagged Guide too, and is not counted.
    expect(tags.text(`main .tag-list a[href="${routes.blogTag('Guide')}"]`)).toBe('#Guide (1 post)');
  });

  test('a tag page lists its posts newest first', () => {
    const releaseNotes = page(routes.blogTag('Release notes'));
    expect(hrefs(releaseNotes.all('.post-list .post-card-title a'))).toEqual(
      ['a-schema-for-the-configuration', 'machine-readable-sites', 'introducing-pressroom'].map((id) => routes.blogPost(id)),
    );
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
  test('group posts by year and month, newest first', () => {
    const archives = page(routes.blogArchives());
    expect(archives.all('main section[aria-labelledby^="year-"] h2').map((heading) => attributeOf(heading, 'id'))).toEqual(['year-2026', 'year-2025', 'year-2024']);
    expect(archives.text('section[aria-labelledby="year-2024"] h2')).toBe('2024');
    expect(archives.text('#month-2024-12')).toBe('December 2024');
    expect(hrefs(archives.all('section[aria-labelledby="year-2024"] .post-list a'))).toEqual([routes.blogPost(kafkaPostId)]);
    expect(hrefs(archives.all('section[aria-labelledby="year-2025"] .post-list a'))).toEqual(
      ['teach-the-spell-checker-a-word', 'check-only-what-changed', 'introducing-pressroom'].map((id) => routes.blogPost(id)),
    );
    expect(archives.text('#month-2026-12')).toBe('December 2026');
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

describe('previous and next', () => {
  test('a post links to the older and the newer post, the oldest and newest to one only', () => {
    const middle = page(routes.blogPost('check-only-what-changed'));
    expect(attributeOf(middle.one('a.older[rel="prev"]'), 'href')).toBe(routes.blogPost('introducing-pressroom'));
    expect(attributeOf(middle.one('a.newer[rel="next"]'), 'href')).toBe(routes.blogPost('teach-the-spell-checker-a-word'));
    const oldest = page(routes.blogPost(kafkaPostId));
    expect(oldest.one('a.older')).toBeUndefined();
    expect(attributeOf(oldest.one('a.newer'), 'href')).toBe(routes.blogPost('introducing-pressroom'));
    const newest = page(routes.blogPost('a-schema-for-the-configuration'));
    expect(newest.one('a.newer')).toBeUndefined();
    expect(attributeOf(newest.one('a.older'), 'href')).toBe(routes.blogPost('machine-readable-sites'));
  });
});

describe('series', () => {
  test('a post in a series lists every part oldest first and marks itself; a post in none shows no list', () => {
    const parts = ['introducing-pressroom', 'machine-readable-sites', 'a-schema-for-the-configuration'].map((id) => routes.blogPost(id));
    parts.forEach((path, index) => {
      const post = page(path);
      expect(post.text('nav.series .series-heading')).toBe(`Part ${index + 1} of 3 in the series Release notes`);
      expect(hrefs(post.all('nav.series ol a'))).toEqual(parts);
      expect(hrefs(post.all('nav.series a[aria-current="page"]'))).toEqual([path]);
    });
    expect(page(routes.blogPost('check-only-what-changed')).one('nav.series')).toBeUndefined();
  });
});
