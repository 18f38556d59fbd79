const UNITS: readonly [limitSeconds: number, seconds: number, unit: string][] = [
  [60, 1, 's'],
  [3_600, 60, 'min'],
  [86_400, 3_600, 'h'],
  [86_400 * 30, 86_400, 'd'],
  [86_400 * 365, 86_400 * 30, 'mo'],
  [Infinity, 86_400 * 365, 'y'],
];

/**
 * "12 s ago", "4 min ago", "3 h ago": short enough for a table cell and the same in every
 * locale, so agents read ages at a glance. A time slightly in the future (clock skew between
 * the agent's machine and Capa) reads "just now" rather than a negative age.
 */
export function formatAge(thenMs: number, nowMs: number): string {
  if (!Number.isFinite(thenMs) || !Number.isFinite(nowMs)) return '';
  const seconds = Math.floor((nowMs - thenMs) / 1000);
  if (seconds < 1) return 'just now';
  for (const [limit, size, unit] of UNITS) {
    if (seconds < limit) return `${Math.floor(seconds / size)} ${unit} ago`;
  }
  return '';
}
