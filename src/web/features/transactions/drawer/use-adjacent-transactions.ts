import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { translate } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
import { transactionQueries } from '../../../lib/transaction-queries';
import { listQueryFor, listViewToParams } from '../list-view';
import type { DrawerHost } from './drawer-host';

export type Step = -1 | 1;

/**
 * Previous / next transaction in the table's order. Past either end of the page it moves the
 * table to the neighbouring page too (the query string says which page), so the drawer and the
 * rows under it never disagree. A drawer opened from a link to a row not on the page has no
 * neighbours.
 */
export function useAdjacentTransactions(id: string, host: DrawerHost | undefined) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const index = host ? host.rowIds.indexOf(id) : -1;
  const pageCount = host?.total === undefined ? 1 : Math.max(1, Math.ceil(host.total / host.view.size));

  const can = (step: Step): boolean => {
    if (!host || index < 0) return false;
    if (host.rowIds[index + step]) return true;
    return step < 0 ? host.view.page > 1 : host.view.page < pageCount;
  };

  const go = async (step: Step) => {
    if (!host || !can(step)) return;
    let view = host.view;
    let target = host.rowIds[index + step];
    if (!target) {
      view = { ...view, page: view.page + step };
      try {
        const page = await queryClient.query(transactionQueries.list(listQueryFor(view)));
        target = step > 0 ? page.items[0]?.id : page.items.at(-1)?.id;
      } catch {
        toast.error(translate('drawer.pageFailed', { direction: step > 0 ? 'next' : 'previous' }));
        return;
      }
    }
    if (!target) return;
    // Replace: stepping through rows is one visit to the drawer, Back returns to where it began.
    void navigate(
      { pathname: paths.transaction(target), search: listViewToParams(view).toString() },
      { replace: true },
    );
  };

  return { canPrevious: can(-1), canNext: can(1), go };
}
