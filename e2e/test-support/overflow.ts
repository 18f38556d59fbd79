/**
 * Text that does not fit its box: for pseudo-locale and translation runs (issue 17), where words
 * grow ~30% and a label that fit in English may be cut off or push past its container.
 */
import type { Locator } from '@playwright/test';

/**
 * Visible elements under `root` (itself included) whose content is wider than their box
 * (scrollWidth > clientWidth + 1), described as `tag.class "text"`. Not counted: what is meant to
 * scroll (overflow-x auto or scroll), inline boxes (their block holds the overflow and is counted),
 * visually hidden text (sr-only: clipped on purpose), and an ellipsis under a `title` (the whole
 * text is a hover away, as for a long agent name).
 */
export async function overflowingText(root: Locator): Promise<string[]> {
  return root.evaluate((top) => {
    const found: string[] = [];
    for (const element of [top, ...top.querySelectorAll<HTMLElement>('*')] as HTMLElement[]) {
      if (!element.checkVisibility() || !element.textContent?.trim()) continue;
      const style = getComputedStyle(element);
      if (style.display === 'inline' || style.display === 'contents') continue;
      if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
      if (element.clientWidth <= 1 || element.clientHeight <= 1) continue; // sr-only
      if (style.textOverflow === 'ellipsis' && element.closest('[title]')) continue;
      if (element.scrollWidth > element.clientWidth + 1) {
        const classes = [...element.classList].slice(0, 4).join('.');
        const text = element.textContent.trim().replace(/\s+/g, ' ').slice(0, 60);
        found.push(
          `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''} "${text}" (${element.scrollWidth} > ${element.clientWidth})`,
        );
      }
    }
    return found;
  });
}
