/**
 * happy-dom has no popover API, so a panel could never open in a test. This gives the part tests
 * can observe: a closed panel is hidden, popovertarget buttons toggle their panel,
 * show/hide/togglePopover work, Escape closes, and a toggle event carries newState.
 * Browsers provide the real behaviour (top layer, light dismiss, focus return).
 */
type PopoverElement = HTMLElement & { showPopover(): void; hidePopover(): void };

const proto = HTMLElement.prototype as PopoverElement;

if (typeof proto.showPopover !== 'function') {
  const open = new Set<HTMLElement>();
  const announce = (element: HTMLElement, newState: 'open' | 'closed') => {
    const event = Object.assign(new Event('toggle'), {
      newState,
      oldState: newState === 'open' ? 'closed' : 'open',
    });
    element.dispatchEvent(event);
  };
  // The browser's own stylesheet hides a closed panel (`[popover]:not(:popover-open)`); happy-dom's
  // does not, and knows no :popover-open, so every [popover] is hidden here and an open one shown by
  // an inline display. The window outlives each test file (vitest `isolate: false`): added once.
  const hidden = document.createElement('style');
  hidden.textContent = '[popover] { display: none; }';
  document.head.append(hidden);
  proto.showPopover = function showPopover(this: HTMLElement) {
    if (open.has(this)) return;
    open.add(this);
    // An inline display beats the `[popover] { display: none }` above.
    this.style.display = 'block';
    announce(this, 'open');
  };
  proto.hidePopover = function hidePopover(this: HTMLElement) {
    if (!open.delete(this)) return;
    this.style.removeProperty('display');
    announce(this, 'closed');
  };
  (proto as unknown as { togglePopover: (force?: boolean) => boolean }).togglePopover =
    function togglePopover(this: PopoverElement, force?: boolean) {
      const show = force ?? !open.has(this);
      if (show) this.showPopover();
      else this.hidePopover();
      return show;
    };
  document.addEventListener('click', (event) => {
    const invoker = (event.target as Element | null)?.closest?.('[popovertarget]');
    const id = invoker?.getAttribute('popovertarget');
    const panel = id ? (document.getElementById(id) as PopoverElement | null) : null;
    if (!panel) return;
    if (open.has(panel)) panel.hidePopover();
    else panel.showPopover();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const panel of [...open]) (panel as PopoverElement).hidePopover();
  });
}

export {};
