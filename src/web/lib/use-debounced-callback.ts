import { useEffect, useEffectEvent, useState } from 'react';

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Runs a pending call now (e.g. on blur), instead of waiting for the delay. */
  flush: () => void;
  cancel: () => void;
}

/**
 * Calls `fn` once the calls stop for `delayMs`: text filters query after the agent pauses, not
 * on every keystroke. The pending call lives in state and its timer in an effect, so unmounting
 * cancels it, and the call always runs the latest `fn` (an effect event), so a re-render such
 * as a background refetch neither restarts nor loses it.
 */
export function useDebouncedCallback<A extends unknown[]>(
  fn: (...args: A) => void,
  delayMs: number,
): Debounced<A> {
  const [pending, setPending] = useState<{ args: A } | null>(null);
  const fire = useEffectEvent((args: A) => fn(...args));

  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => {
      setPending(null);
      fire(pending.args);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [pending, delayMs]);

  return Object.assign((...args: A) => setPending({ args }), {
    flush: () => {
      if (!pending) return;
      setPending(null);
      fn(...pending.args);
    },
    cancel: () => setPending(null),
  });
}
