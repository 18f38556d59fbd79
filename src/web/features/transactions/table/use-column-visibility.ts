import type { ColumnVisibilityState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { z } from 'zod';
import { useMediaQuery } from '../../../lib/use-media-query';

/** Versioned: a later change of column ids starts from the defaults instead of misreading. */
export const COLUMN_VISIBILITY_KEY = 'rampdesk.transactions.columns.v1';

/**
 * Below 1024 px these fold away by default so the amounts stay in view: the status and type move
 * under the id, whose column stays put while the table scrolls sideways.
 */
const NARROW_HIDDEN: ColumnVisibilityState = {
  userId: false,
  type: false,
  status: false,
  exchangeRate: false,
  completedAt: false,
};
export const NARROW_QUERY = '(max-width: 1023.98px)';

const storedSchema = z.record(z.string(), z.boolean());

function read(): ColumnVisibilityState {
  try {
    const raw = window.localStorage.getItem(COLUMN_VISIBILITY_KEY);
    const parsed = storedSchema.safeParse(raw ? JSON.parse(raw) : {});
    return parsed.success ? parsed.data : {};
  } catch {
    // Storage can be disabled (privacy modes) or hold garbage: the defaults still work.
    return {};
  }
}

/**
 * Which columns show: the defaults for the window's width, overridden by what the agent chose
 * in the column menu. Only the choices that differ from the defaults are remembered (per browser,
 * in localStorage), so showing the rate on a laptop does not hide anything on a wide screen.
 */
export function useColumnVisibility() {
  const narrow = useMediaQuery(NARROW_QUERY);
  const [overrides, setOverrides] = useState<ColumnVisibilityState>(read);
  const visibility = useMemo(() => ({ ...(narrow ? NARROW_HIDDEN : {}), ...overrides }), [narrow, overrides]);

  const update = useCallback(
    (next: ColumnVisibilityState) => {
      const base = narrow ? NARROW_HIDDEN : {};
      const changed = Object.fromEntries(
        Object.entries(next).filter(([id, shown]) => shown !== (base[id] ?? true)),
      );
      setOverrides(changed);
      try {
        window.localStorage.setItem(COLUMN_VISIBILITY_KEY, JSON.stringify(changed));
      } catch {
        // Not remembered this time; the table still changes.
      }
    },
    [narrow],
  );
  return [visibility, update] as const;
}
