/** First re-read of a transaction that can still change, and the slowest pace polling backs off to. */
export const POLL_FASTEST_MS = 2_000;
export const POLL_SLOWEST_MS = 30_000;
const BACKOFF = 1.5;

/**
 * How long to wait before the next re-read, after `unchanged` reads that brought no new status:
 * 2 s, 3 s, 4.5 s, … up to 30 s. A status that just moved is likely to move again soon; one that
 * has sat still for minutes is not worth a request every two seconds.
 */
export function pollDelay(unchanged: number): number {
  const steps = Number.isFinite(unchanged) ? Math.max(0, Math.floor(unchanged)) : 0;
  return Math.min(POLL_SLOWEST_MS, Math.round(POLL_FASTEST_MS * BACKOFF ** steps));
}
