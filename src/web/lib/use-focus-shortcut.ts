import { useEffect, type RefObject } from 'react';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * A single-key shortcut that focuses a field (`/` for search, as in GitHub or Gmail). It stays
 * out of the way while the agent types anywhere, and of browser shortcuts with modifiers.
 */
export function useFocusShortcut(key: string, target: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== key || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isTyping(event.target)) return;
      const element = target.current;
      if (!element) return;
      event.preventDefault();
      element.focus();
      if (element instanceof HTMLInputElement) element.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [key, target]);
}
