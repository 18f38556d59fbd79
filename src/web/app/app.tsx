import { I18nProvider } from '@lingui/react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { AppToaster } from '../components/app-toaster';
import { i18n } from '../i18n/i18n';

type Router = ReturnType<typeof createBrowserRouter>;

/**
 * Providers around the router; main.tsx passes a browser router, tests a memory router. Lingui's
 * provider renders nothing until a locale is active, so no screen shows a message key.
 */
export function App({ queryClient, router }: { queryClient: QueryClient; router: Router }) {
  return (
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
        <AppToaster />
      </QueryClientProvider>
    </I18nProvider>
  );
}
