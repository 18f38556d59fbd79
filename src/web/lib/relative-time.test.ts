import { describe, expect, it } from 'vitest';
import { formatAge } from './relative-time';

const NOW = Date.parse('2025-11-20T12:00:00Z');
const ago = (seconds: number) => formatAge(NOW - seconds * 1000, NOW);

describe('formatAge', () => {
  it('says how long ago in the largest whole unit, in the active locale (English here)', () => {
    expect(ago(12)).toBe('12s ago');
    expect(ago(59)).toBe('59s ago');
    expect(ago(60)).toBe('1m ago');
    expect(ago(3_599)).toBe('59m ago');
    expect(ago(3_600 * 5)).toBe('5h ago');
    expect(ago(86_400 * 3)).toBe('3d ago');
    expect(ago(86_400 * 62)).toBe('2mo ago');
    expect(ago(86_400 * 800)).toBe('2y ago');
  });

  it.each([
    ['en-GB', ['12 sec ago', '4 min ago', '5 hr ago', '3 days ago', 'now']],
    ['es-MX', ['hace 12 s', 'hace 4 min', 'hace 5 h', 'hace 3 días', 'ahora']],
    ['es-DO', ['hace 12 s', 'hace 4 min', 'hace 5 h', 'hace 3 días', 'ahora']],
    ['es-ES', ['hace 12 s', 'hace 4 min', 'hace 5 h', 'hace 3 d', 'ahora']],
  ])('reads in %s with the locale’s own words', (locale, words) => {
    const [s, min, h, d, now] = words;
    expect(formatAge(NOW - 12_000, NOW, locale)).toBe(s);
    expect(formatAge(NOW - 240_000, NOW, locale)).toBe(min);
    expect(formatAge(NOW - 5 * 3_600_000, NOW, locale)).toBe(h);
    expect(formatAge(NOW - 3 * 86_400_000, NOW, locale)).toBe(d);
    expect(formatAge(NOW, NOW, locale)).toBe(now);
  });

  it('reads a time in the future or under a second as "now"', () => {
    expect(ago(0)).toBe('now');
    expect(ago(-30)).toBe('now');
  });

  it('gives nothing for an invalid time', () => {
    expect(formatAge(Number.NaN, NOW)).toBe('');
  });
});
