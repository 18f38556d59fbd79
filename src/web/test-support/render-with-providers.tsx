import { I18nProvider } from '@lingui/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { AgentRole } from '../../contract/auth';
import { createQueryClient } from '../app/query-client';
import { AppToaster } from '../components/app-toaster';
import { i18n } from '../i18n/i18n';
import { mockSession } from '../mocks/agent-store';

/**
 * One component with the app's providers (query client, a router for its links, the toaster),
 * signed in as `as`, against MSW: for a piece the route table does not mount on its own, such as
 * the drawer's execute action.
 */
export function renderWithProviders(ui: ReactElement, { as = 'operator' }: { as?: AgentRole } = {}) {
  mockSession.signInAs(as);
  const queryClient = createQueryClient({ retry: false });
  const router = createMemoryRouter([{ path: '*', element: ui }]);
  const user = userEvent.setup();
  const view = render(
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
        <AppToaster />
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { ...view, user, queryClient, router };
}
