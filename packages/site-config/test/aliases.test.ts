import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { aliasPatterns, parseSiteConfig, resolveAlias, unknownAlias } from '../src/index.js';

const repoConfig = JSON.parse(readFileSync(new URL('../../../pressroom.config.json', import.meta.url), 'utf8'));
const config = parseSiteConfig(JSON.stringify({ ...repoConfig, aliases: { '@/': './', '@/images/': 'media/pictures' } }));

describe('aliases', () => {
  test('an aliased path resolves from the repository root, the longest prefix first', () => {
    expect(resolveAlias(config, '/repo', '@/assets/a.png')).toEqual({ alias: '@/', path: '/repo/assets/a.png' });
    expect(resolveAlias(config, '/repo', '@/images/b.png')).toEqual({ alias: '@/images/', path: '/repo/media/pictures/b.png' });
    expect(resolveAlias(config, '/repo', './a.png')).toBeUndefined();
  });

  test('a path that looks aliased without a configured alias is named', () => {
    const plain = parseSiteConfig(JSON.stringify(repoConfig));
    expect(unknownAlias(plain, '@/assets/a.png')).toBe('@/');
    expect(unknownAlias(plain, '~/a.png')).toBe('~/');
    expect(unknownAlias(config, '@/assets/a.png')).toBeUndefined();
    expect(unknownAlias(plain, './a.png')).toBeUndefined();
  });

  test('the Vite entries map each prefix to its folder', () => {
    const patterns = aliasPatterns(config, '/repo');
    expect(patterns.map(({ find, replacement }) => [find.source, replacement])).toEqual([
      ['^@\\/images\\/', '/repo/media/pictures/'],
      ['^@\\/', '/repo/'],
    ]);
    expect('@/a.png'.replace(patterns[1]!.find, patterns[1]!.replacement)).toBe('/repo/a.png');
  });

  test('a prefix must end with a slash', () => {
    expect(() => parseSiteConfig(JSON.stringify({ ...repoConfig, aliases: { '@': './' } }))).toThrow(/aliases\.@: Expected a prefix that ends with "\/"/);
  });
});
