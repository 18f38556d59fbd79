import { useSyncExternalStore } from 'react';

/**
 * Whether a CSS media query matches, kept current as the window resizes. Where matchMedia is
 * missing it reads as not matching (tests' happy-dom has one, for a 1024 × 768 window).
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
  );
}
