import type { QueryClient } from '@tanstack/react-query';
import { Navigate, type RouteObject } from 'react-router';
import { paths } from '../lib/paths';
import { AppLoading } from './app-loading';
import { PublicLayout } from './public-layout';
import { RouteError } from './route-error';
import { loadDrawer, loadTransactionsScreen, transactionsLoader } from './transactions-loader';

// Shown while the first screen's code loads (and, from index.html, before any script runs).
const HydrateFallback = AppLoading;

/**
 * The one route table. Screens and the signed-in shell are lazy so the first load carries only
 * what every first screen needs (docs/performance.md, issue 16) and the screen asked for; later issues add theirs here (and a header link in nav.ts). Everything under `/`
 * needs a session (RootLayout is the guard); only sign-in is outside it. Loaders start a screen's
 * data with its code (they need the app's query client).
 */
export const createRoutes = (queryClient: QueryClient): RouteObject[] => [
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
    // The guard and the signed-in shell (header, navigation, account menu) load beside the screen
    // asked for (the router runs every matched route's `lazy` at once): sign-in never needs them.
    lazy: async () => ({ Component: (await import('./root-layout')).RootLayout }),
    ErrorBoundary: RouteError,
    HydrateFallback,
    children: [
      // Agents land on the work queues (issue 14).
      { index: true, Component: () => <Navigate to={paths.queues()} replace /> },
      {
        path: 'queues',
        lazy: async () => ({ Component: (await import('../features/queues/queues-page')).QueuesPage }),
      },
      {
        path: 'transactions',
        loader: transactionsLoader(queryClient),
        // Only on the way in: within the screen (filters, pages, the drawer) the table asks for
        // itself, and without a loader to run the router moves at once, as it did before.
        shouldRevalidate: () => false,
        lazy: async () => ({ Component: (await loadTransactionsScreen()).TransactionsPage }),
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
        path: 'choose-password',
        lazy: async () => ({
          Component: (await import('../features/auth/change-password-page')).ChoosePasswordPage,
        }),
      },
      {
        path: 'account/password',
        lazy: async () => ({
          Component: (await import('../features/auth/change-password-page')).ChangePasswordPage,
        }),
      },
      {
        path: 'admin/agents',
        lazy: async () => ({
          Component: (await import('../features/admin/admin-agents-page')).AdminAgentsPage,
        }),
      },
      { path: '*', lazy: async () => ({ Component: (await import('./not-found-page')).NotFoundPage }) },
    ],
  },
];
