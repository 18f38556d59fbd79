import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, type RouteObject } from 'react-router';
import type { AgentRole } from '../../contract/auth';
import { App } from '../app/app';
import { createQueryClient } from '../app/query-client';
import { createRoutes } from '../app/routes';
import { mockSession } from '../mocks/agent-store';

export interface RenderAppOptions {
  /**
   * Who is signed in when the app starts: the seeded mock agent with that role, or null for no
   * session. Operator by default: most screens are about what an operator sees.
   */
  as?: AgentRole | null;
  /** Another route table (the real one with a screen's slots filled, e.g. render-drawer.tsx). */
  routes?: (queryClient: QueryClient) => RouteObject[];
}

/** The whole app at a URL, with the real route table and providers, against MSW. */
export function renderApp(path = '/', { as = 'operator', routes = createRoutes }: RenderAppOptions = {}) {
  if (as) mockSession.signInAs(as);
  // Retries would only slow failing tests down; the retry rule has its own test.
  const queryClient = createQueryClient({ retry: false });
  const router = createMemoryRouter(routes(queryClient), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} router={router} />);
  return { ...view, user, router, queryClient };
}
