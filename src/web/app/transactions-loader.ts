import { noop, type QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';
import { listQueryFor, parseListView } from '../features/transactions/list-view';
import { authQueries, sessionProbeBody, type Session } from '../lib/auth-queries';
import { warmFormatters } from '../lib/intl-cache';
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

/** Signed in and free to read (not held on choosing a password): the list would be answered. */
const mayList = (session: Session | undefined) => Boolean(session?.agent && !session.mustChangePassword);

/**
 * The same question of the session probe's JSON before its schema has checked it: only a clear
 * yes counts (an agent, mustChangePassword exactly false); anything else waits for the check.
 */
function probeSaysMayList(body: unknown): boolean {
  const probe = body as { agent?: unknown; mustChangePassword?: unknown } | null | undefined;
  return typeof probe?.agent === 'object' && probe.agent !== null && probe.mustChangePassword === false;
}

/** Whether the session probe in flight lets the agent read: its JSON's yes, else its checked answer. */
function allowedByProbe(queryClient: QueryClient): Promise<boolean> {
  // Starts the probe if main.tsx's has not (tests); else joins it, whose body sessionProbeBody holds.
  const checked = queryClient.query(authQueries.me()).then(mayList);
  checked.catch(noop); // a failed check is the guard's to show; the rows just do not go out
  return sessionProbeBody().then((body) => probeSaysMayList(body) || checked);
}

/**
 * The transactions route's loader. Asks for the page of rows the URL's view shows (the very query
 * the table reads) as soon as the session check says the agent may read it, in parallel with the
 * screen's code, instead of after both: the rows are what the agent came for. Never waits for the
 * answer, so the router renders as it would without it.
 *
 * Never before the session is known: a signed-out visitor's list request is one known to fail (a
 * 401 in the console), and the guard takes them to sign-in without it. The session check is
 * already on its way (main.tsx starts it), so this waits for the one request, not a new one, and
 * for its answer only, not for zod to check it (`allowedByProbe`).
 */
export function transactionsLoader(queryClient: QueryClient): LoaderFunction {
  return ({ request }) => {
    const me = authQueries.me();
    const known = queryClient.getQueryData<Session>(me.queryKey);
    if (known && !mayList(known)) return null; // the guard goes to sign-in or "choose a password"
    const list = transactionQueries.list(listQueryFor(parseListView(new URL(request.url).searchParams)));
    // As soon as the probe's answer says yes, not once zod (a lazy chunk) has loaded and checked
    // it: that took the first rows 150–650 ms on this VM (docs/performance.md, "First rows").
    const allowed = known ? Promise.resolve(true) : allowedByProbe(queryClient);
    const rows = allowed
      .then((may) => {
        if (!may) return undefined;
        const page = queryClient.query(list);
        // Intl's locale data loads while the rows travel, not in their first render (docs/performance.md).
        warmFormatters();
        return page;
      })
      .catch(noop);
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
