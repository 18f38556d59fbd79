import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Whether any `[data-clip]` element inside `container` holds more than it shows (its content
 * is taller than its box). Measured after each render that changes `content`, and again when the
 * container is resized (a narrower window clips more), so a "show all" control appears exactly
 * when something is hidden.
 */
export function useClipped(container: RefObject<HTMLElement | null>, content: unknown): boolean {
  const [clipped, setClipped] = useState(false);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const measure = () =>
      setClipped(
        Array.from(element.querySelectorAll<HTMLElement>('[data-clip]')).some(
          (part) => part.scrollHeight > part.clientHeight + 1,
        ),
      );
    measure();
    // Where ResizeObserver exists (browsers, and happy-dom in tests, which has no layout to measure).
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [container, content]);
  return clipped;
}
