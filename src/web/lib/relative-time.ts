import { formatLocale, relativeTimeFormat } from './intl-cache';

const UNITS: readonly [limitSeconds: number, seconds: number, unit: Intl.RelativeTimeFormatUnit][] = [
  [60, 1, 'second'],
  [3_600, 60, 'minute'],
  [86_400, 3_600, 'hour'],
  [86_400 * 30, 86_400, 'day'],
  [86_400 * 365, 86_400 * 30, 'month'],
  [Infinity, 86_400 * 365, 'year'],
];

/**
 * "12s ago", "4m ago", "3h ago" (en-US), "hace 4 min" (es): the locale's narrowest words from
 * Intl, short enough for a table cell, in the largest whole unit. A time slightly in the future
 * (clock skew between the agent's machine and Capa) reads "now" rather than a negative age.
 */
export function formatAge(thenMs: number, nowMs: number, locale: string = formatLocale()): string {
  if (!Number.isFinite(thenMs) || !Number.isFinite(nowMs)) return '';
  const seconds = Math.floor((nowMs - thenMs) / 1000);
  if (seconds < 1) return relativeTimeFormat(locale, 'auto').format(0, 'second');
  for (const [limit, size, unit] of UNITS) {
    if (seconds < limit)
      return relativeTimeFormat(locale, 'always').format(-Math.floor(seconds / size), unit);
  }
  return '';
}
