import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs`, for labels such as "updated 12 s ago" that
 * must move on their own. One timer per caller: keep callers few (a page, not every cell).
 */
export function useNow(intervalMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
