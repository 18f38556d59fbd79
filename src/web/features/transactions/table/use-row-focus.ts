import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

const NEXT = new Set(['ArrowDown', 'j']);
const PREVIOUS = new Set(['ArrowUp', 'k']);

/**
 * Roving focus over table rows: one row is in the tab order; arrow keys and j/k move between
 * rows, Home/End jump, Enter opens. Keys pressed on a control inside a row (copy, filter by
 * user) keep their own meaning, except moving between rows.
 */
export function useRowFocus(rowIds: readonly string[], onOpen: (id: string) => void) {
  const [chosen, setChosen] = useState<string | null>(null);
  // The chosen row may have left the page (next page, new filter): fall back to the first.
  const activeId = chosen !== null && rowIds.includes(chosen) ? chosen : (rowIds[0] ?? null);
  const rows = useRef(new Map<string, HTMLTableRowElement>());

  const focusRow = useCallback((id: string | undefined) => {
    if (id === undefined) return;
    setChosen(id);
    rows.current.get(id)?.focus();
  }, []);

  const rowProps = (id: string) => ({
    ref: (el: HTMLTableRowElement | null) => {
      if (el) rows.current.set(id, el);
      else rows.current.delete(id);
    },
    tabIndex: id === activeId ? 0 : -1,
    onFocus: () => setChosen(id),
    onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const index = rowIds.indexOf(id);
      let target: string | undefined;
      if (NEXT.has(event.key)) target = rowIds[Math.min(index + 1, rowIds.length - 1)];
      else if (PREVIOUS.has(event.key)) target = rowIds[Math.max(index - 1, 0)];
      else if (event.key === 'Home') target = rowIds[0];
      else if (event.key === 'End') target = rowIds[rowIds.length - 1];
      else if (event.key === 'Enter' && event.target === event.currentTarget) {
        event.preventDefault();
        onOpen(id);
        return;
      } else return;
      event.preventDefault();
      focusRow(target);
    },
  });

  /** Focuses a row on this page (the drawer closing hands focus back); false when it is not here. */
  const focusRowIfShown = useCallback(
    (id: string) => {
      if (!rows.current.has(id)) return false;
      focusRow(id);
      return true;
    },
    [focusRow],
  );

  return { activeId, rowProps, focusRow: focusRowIfShown };
}
