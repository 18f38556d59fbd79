import { useOutletContext } from 'react-router';
import type { ListView } from '../list-view';

/**
 * What the table under the drawer tells it (React Router's outlet context): the rows on screen
 * for previous / next, and a way to hand focus back to a row when the drawer closes. Undefined
 * when the drawer is rendered without the table (component tests of the drawer alone).
 */
export interface DrawerHost {
  view: ListView;
  /** Ids of the current page's rows, in order; empty while the page loads. */
  rowIds: readonly string[];
  /** Transactions matching the view, once known. */
  total: number | undefined;
  /** Focuses that row if it is on the page; false when it is not. */
  focusRow: (id: string) => boolean;
}

export function useDrawerHost(): DrawerHost | undefined {
  return useOutletContext<DrawerHost | undefined>();
}
