import { noop, type QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';
import { listQueryFor, parseListView } from '../features/transactions/list-view';
import { isUnauthenticated } from '../lib/api-client';
import { authQueries, endSession, type Session } from '../lib/auth-queries';
import { transactionQueries } from '../lib/transaction-queries';

/** The transactions screen's code; the route's `lazy` and the loader share the one import. */
export const loadTransactionsScreen = () => import('../features/transactions/transactions-page');

/**
 * The drawer with what other features put into it (execute, audit trail). Lazy as a whole: the
 * slots pull in the dialog primitives and toasts, which the first paint does not need.
 */
export const loadDrawer = () =>
  Promise.all([
    import('../features/transactions/drawer/transaction-drawer'),
    import('./transaction-drawer-slots'),
  ]);

/** After the work in hand (rendering the rows), when the browser has nothing else to do. */
function whenIdle(work: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2_000 });
  else setTimeout(work, 200);
}

/**
 * The transactions route's loader. Asks for the page of rows the URL's view shows (the very query
 * the table reads) at once, in parallel with the session check and the screen's code, instead of
 * after both: the rows are what the agent came for. Never waits for the answer, so the router
 * renders as it would without it.
 *
 * Before the session is known a 401 here is only "not signed in": the route guard acts on the
 * session check's answer (sign-in, `next` kept, no "session ended" notice). Any other failure is
 * the table's to show, as if it had asked itself (it does not ask again on mount).
 */
export function transactionsLoader(queryClient: QueryClient): LoaderFunction {
  return ({ request }) => {
    const session = queryClient.getQueryData<Session>(authQueries.me().queryKey);
    if (session?.agent === null) return null; // signed out: the guard goes to sign-in, nothing to ask
    const view = parseListView(new URL(request.url).searchParams);
    const list = transactionQueries.list(listQueryFor(view));
    const rows = queryClient
      .query(session ? list : { ...list, meta: { unauthenticatedIsAnswer: true } })
      .catch(noop)
      .then(() => {
        const query = queryClient.getQueryCache().find({ queryKey: list.queryKey, exact: true });
        if (session || !query || !isUnauthenticated(query.state.error)) return;
        // Refused before the guard knew: if the table is already up, the session check said
        // signed in a moment ago, so the session has just ended; otherwise leave the guard to it
        // (and the table, if it mounts, to ask again with the usual meaning of a 401).
        if (query.getObserversCount() > 0) endSession(queryClient, 'expired');
        else queryClient.removeQueries({ queryKey: list.queryKey, exact: true });
      });
    // The drawer's code once the first rows are up, so a row click opens it without waiting for code.
    // A failure is only a missed head start: opening a row loads (and reports) it again.
    void Promise.all([rows, loadTransactionsScreen()]).then(
      () =>
        whenIdle(() => {
          if (queryClient.getQueryData<Session>(authQueries.me().queryKey)?.agent)
            loadDrawer().catch(() => undefined);
        }),
      () => undefined,
    );
    return null;
  };
}
