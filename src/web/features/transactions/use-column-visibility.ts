import { useCallback, useState } from 'react';
import { z } from 'zod';
import type { ColumnVisibilityState } from '@tanstack/react-table';

/** Versioned: a later change of column ids starts from the defaults instead of misreading. */
export const COLUMN_VISIBILITY_KEY = 'rampdesk.transactions.columns.v1';

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

/** Which columns an agent hides, remembered per browser (localStorage), not per link. */
export function useColumnVisibility() {
  const [visibility, setVisibility] = useState<ColumnVisibilityState>(read);
  const update = useCallback((next: ColumnVisibilityState) => {
    setVisibility(next);
    try {
      window.localStorage.setItem(COLUMN_VISIBILITY_KEY, JSON.stringify(next));
    } catch {
      // Not remembered this time; the table still changes.
    }
  }, []);
  return [visibility, update] as const;
}
