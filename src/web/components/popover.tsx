import { clsx } from 'clsx';
import { useId, useRef, useState, type ReactNode } from 'react';

export interface PopoverProps {
  /** Content of the trigger button. */
  trigger: ReactNode;
  triggerClassName?: string;
  /** Ids naming the trigger (e.g. a visible label and the current value). */
  triggerLabelledBy?: string;
  triggerLabel?: string;
  /** Which edge of the trigger the panel lines up with. */
  align?: 'start' | 'end';
  panelClassName?: string;
  /** 'menu' when the panel is an ARIA menu; 'dialog' for a panel of form controls. */
  hasPopup?: 'menu' | 'dialog';
  /** Called with the panel once it is open: move focus into it here. */
  onOpen?: (panel: HTMLElement) => void;
  children: ReactNode;
}

const safeIdent = (id: string) => id.replace(/[^a-zA-Z0-9_-]/g, '');

/**
 * Closes the popover that holds `from` (e.g. after a choice in a menu) and gives focus back to
 * its trigger. Where the popover API is missing (older browsers) the panel is always shown: nothing to do.
 */
export function closePopover(from: Element) {
  const panel = from.closest<HTMLElement>('[popover]');
  if (!panel) return;
  panel.hidePopover?.();
  // Ids come from useId, stripped to [A-Za-z0-9_-]: safe in a selector as they are.
  document.querySelector<HTMLElement>(`[popovertarget="${panel.id}"]`)?.focus();
}

/**
 * A trigger and a panel on the browser's own popover API: it brings Escape, light dismiss, the
 * top layer and focus return to the trigger, so nothing here traps or juggles focus by hand.
 * The panel is placed under its trigger with CSS anchor positioning.
 */
export function Popover({
  trigger,
  triggerClassName,
  triggerLabelledBy,
  triggerLabel,
  align = 'start',
  panelClassName,
  hasPopup = 'dialog',
  onOpen,
  children,
}: PopoverProps) {
  const id = safeIdent(useId());
  const panelId = `popover-${id}`;
  const anchor = `--anchor-${id}`;
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);

  return (
    <>
      <button
        type="button"
        popoverTarget={panelId}
        aria-expanded={open}
        aria-haspopup={hasPopup}
        aria-controls={panelId}
        aria-labelledby={triggerLabelledBy}
        aria-label={triggerLabel}
        style={{ anchorName: anchor }}
        className={triggerClassName}
      >
        {trigger}
      </button>
      <div
        ref={panel}
        id={panelId}
        popover="auto"
        onToggle={(event) => {
          const isOpen = event.newState === 'open';
          setOpen(isOpen);
          if (isOpen && panel.current) onOpen?.(panel.current);
        }}
        style={{
          positionAnchor: anchor,
          positionArea: align === 'start' ? 'block-end span-inline-end' : 'block-end span-inline-start',
          positionTryFallbacks: 'flip-block, flip-inline',
        }}
        className={clsx(
          'inset-auto m-0 mt-1 max-h-[min(32rem,80vh)] overflow-auto rounded-lg border border-slate-200 bg-white p-1 text-sm text-slate-900 shadow-lg',
          panelClassName,
        )}
      >
        {children}
      </div>
    </>
  );
}
