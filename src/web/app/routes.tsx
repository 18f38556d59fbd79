import { Navigate, type RouteObject } from 'react-router';
import { PageSkeleton } from '../components/page-skeleton';
import { paths } from '../lib/paths';
import { NotFoundPage } from './not-found-page';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

/**
 * The one route table. Screens are lazy so the first load carries only the shell and the screen
 * asked for; later issues add theirs here (and a header link in nav.ts).
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: RootLayout,
    ErrorBoundary: RouteError,
    // Shown while the first screen's code loads.
    HydrateFallback: () => <PageSkeleton label="Loading Rampdesk" />,
    children: [
      { index: true, Component: () => <Navigate to={paths.transactions()} replace /> },
      {
        path: 'transactions',
        lazy: async () => ({
          Component: (await import('../features/transactions/transactions-page')).TransactionsPage,
        }),
      },
      {
        path: 'transactions/:id',
        lazy: async () => ({
          Component: (await import('../features/transactions/transaction-detail-page')).TransactionDetailPage,
        }),
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
];
