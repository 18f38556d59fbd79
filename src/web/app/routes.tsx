import { Navigate, type RouteObject } from 'react-router';
import { PageSkeleton } from '../components/page-skeleton';
import { paths } from '../lib/paths';
import { NotFoundPage } from './not-found-page';
import { PublicLayout } from './public-layout';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

/**
 * The drawer with what other features put into it (execute, audit trail). Lazy as a whole: the
 * slots pull in the dialog primitives and toasts, which the first paint does not need.
 */
const loadDrawer = () =>
  Promise.all([import('../features/transactions/transaction-drawer'), import('./transaction-drawer-slots')]);

// Shown while the first screen's code loads.
const HydrateFallback = () => <PageSkeleton label="Loading Rampdesk" />;

/**
 * The one route table. Screens are lazy so the first load carries only the shell and the screen
 * asked for; later issues add theirs here (and a header link in nav.ts). Everything under `/`
 * needs a session (RootLayout is the guard); only sign-in is outside it.
 */
export const routes: RouteObject[] = [
  {
    path: paths.signIn(),
    Component: PublicLayout,
    ErrorBoundary: RouteError,
    HydrateFallback,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('../features/auth/sign-in-page')).SignInPage }),
      },
    ],
  },
  {
    path: '/',
    Component: RootLayout,
    ErrorBoundary: RouteError,
    HydrateFallback,
    children: [
      { index: true, Component: () => <Navigate to={paths.transactions()} replace /> },
      {
        path: 'transactions',
        lazy: async () => {
          // Fetched alongside the table, so a row click opens the drawer without waiting for code.
          // A failure here is only a missed head start: opening a row loads (and reports) it again.
          loadDrawer().catch(() => undefined);
          return { Component: (await import('../features/transactions/transactions-page')).TransactionsPage };
        },
        // The drawer is a child route: the table stays mounted under it, filters and scroll kept.
        children: [
          {
            path: ':id',
            lazy: async () => {
              const [{ TransactionDrawer }, { transactionDrawerSlots }] = await loadDrawer();
              return { Component: () => <TransactionDrawer slots={transactionDrawerSlots} /> };
            },
          },
        ],
      },
      {
        path: 'audit',
        lazy: async () => ({ Component: (await import('../features/audit/audit-page')).AuditPage }),
      },
      {
        path: 'admin/agents',
        lazy: async () => ({
          Component: (await import('../features/admin/admin-agents-page')).AdminAgentsPage,
        }),
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
];
