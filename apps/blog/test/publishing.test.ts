import { describe, expect, test } from 'vitest';
import { isPublished } from '../src/lib/publishing';

const now = new Date('2026-06-01T12:00:00Z');

describe('isPublished', () => {
  test('a past post is published, a draft never is', () => {
    expect(isPublished({ pubDatetime: new Date('2024-12-04') }, now, 15)).toBe(true);
    expect(isPublished({ pubDatetime: new Date('2024-12-04'), draft: true }, now, 15)).toBe(false);
  });

  test('a scheduled post stays hidden until its time, less the margin', () => {
    expect(isPublished({ pubDatetime: new Date('2026-06-01T12:30:00Z') }, now, 15)).toBe(false);
    expect(isPublished({ pubDatetime: new Date('2026-06-01T12:10:00Z') }, now, 15)).toBe(true);
    expect(isPublished({ pubDatetime: new Date('2026-06-01T12:10:00Z') }, now, 0)).toBe(false);
  });
});
