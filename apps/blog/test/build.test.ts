import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// These tests read the site the test command has just built (`turbo run build` runs first).
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const read = (path: string) => readFileSync(`${dist}${path}`, 'utf8');
const postHtml = () => read('posts/what-why-when-where-kafka/index.html');

describe('the built blog', () => {
  test('publishes the Kafka post at /posts/<file-name>/ with its title and headings', () => {
    const html = postHtml();
    expect(html).toMatch(/<title>What, Why, When, and Where Kafka\? \| Pressroom Blog<\/title>/);
    expect(html).toMatch(/<h1[^>]*>What, Why, When, and Where Kafka\?<\/h1>/);
    for (const heading of ['Introduction', 'What is Kafka', 'Why Kafka?', 'Cases where you should use Kafka', 'Conclusion']) {
      expect(html).toMatch(new RegExp(`<h[23][^>]*>[^<]*${heading.replace('?', '\\?')}`));
    }
  });

  test("puts the post's description, date, author and tags in <meta>", () => {
    const html = postHtml();
    expect(html).toContain('<meta name="description" content="What Apache Kafka is, why LinkedIn built it');
    expect(html).toContain('<meta property="article:published_time" content="2024-12-04T00:00:00.000Z"');
    expect(html).toContain('<meta name="author" content="Bryan Montalvan"');
    expect(html).toContain('<meta property="article:tag" content="Concept Introduction"');
  });

  test('lists the post on the home page and links to it', () => {
    const html = read('index.html');
    expect(html).toMatch(/href="\/posts\/what-why-when-where-kafka\/"[^>]*>What, Why, When, and Where Kafka\?/);
  });

  test('never publishes a draft', () => {
    expect(existsSync(`${dist}posts/kafka-partitions-and-consumer-groups/index.html`)).toBe(false);
    expect(read('index.html')).not.toContain('Kafka partitions and consumer groups');
  });
});
