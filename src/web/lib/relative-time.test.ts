import { describe, expect, it } from 'vitest';
import { formatAge } from './relative-time';

const NOW = Date.parse('2025-11-20T12:00:00Z');
const ago = (seconds: number) => formatAge(NOW - seconds * 1000, NOW);

describe('formatAge', () => {
  it('says how long ago in the largest whole unit', () => {
    expect(ago(12)).toBe('12 s ago');
    expect(ago(59)).toBe('59 s ago');
    expect(ago(60)).toBe('1 min ago');
    expect(ago(3_599)).toBe('59 min ago');
    expect(ago(3_600 * 5)).toBe('5 h ago');
    expect(ago(86_400 * 3)).toBe('3 d ago');
    expect(ago(86_400 * 62)).toBe('2 mo ago');
    expect(ago(86_400 * 800)).toBe('2 y ago');
  });

  it('reads a time in the future or under a second as "just now"', () => {
    expect(ago(0)).toBe('just now');
    expect(ago(-30)).toBe('just now');
  });

  it('gives nothing for an invalid time', () => {
    expect(formatAge(Number.NaN, NOW)).toBe('');
  });
});
