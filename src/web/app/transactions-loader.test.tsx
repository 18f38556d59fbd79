import { screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../contract/api';
import { agentStore, mockSession } from '../mocks/agent-store';
import { apiErrorResponse } from '../mocks/api-responses';
import { server } from '../test-support/msw-server';
import { renderApp } from '../test-support/render-app';

/** The session check's answer waits until the test lets it through. */
function holdSessionCheck() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  // Returning nothing passes the request on to the usual handlers, once the gate opens.
  server.use(http.get(`*${API_PATHS.session}`, () => gate.then(() => undefined)));
  return release;
}

interface Asked {
  url: URL;
  status?: number;
}

/** Every /api request the app makes (by request id), with the status of its answer once it has one. */
function recordRequests(): Map<string, Asked> {
  const asked = new Map<string, Asked>();
  server.events.on('request:start', ({ request, requestId }) => {
    asked.set(requestId, { url: new URL(request.url) });
  });
  server.events.on('response:mocked', ({ response, requestId }) => {
    const entry = asked.get(requestId);
    if (entry) entry.status = response.status;
  });
  return asked;
}

/** The list requests for one page (by its `skip`). */
const listRequests = (asked: Map<string, Asked>, skip: string) =>
  [...asked.values()].filter(
    ({ url }) => url.pathname === API_PATHS.transactions && url.searchParams.get('skip') === skip,
  );

afterEach(() => server.events.removeAllListeners());

describe('opening the transactions page', () => {
  it("asks for the URL's page of rows once the session check says signed in, and only once", async () => {
    const asked = recordRequests();
    const release = holdSessionCheck();
    renderApp('/transactions?status=pending&page=2&size=50');

    // Nothing is asked for while the session is not known: it may be a signed-out visitor.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(listRequests(asked, '50')).toEqual([]);
    release();

    await waitFor(() => expect(listRequests(asked, '50')[0]?.status).toBe(200));
    const [list] = listRequests(asked, '50');
    expect(Object.fromEntries(list!.url.searchParams)).toEqual({
      status: 'PENDING',
      skip: '50',
      limit: '50',
      sortOrder: 'DESC',
    });
    expect((await screen.findAllByRole('link', { name: /^Transaction / })).length).toBeGreaterThan(0);
    // The table showed the answer it found: the page was asked for once.
    expect(listRequests(asked, '50')).toHaveLength(1);
  });

  it('takes a signed-out visitor to sign-in with the page kept in `next`, asking for nothing known to fail', async () => {
    const asked = recordRequests();
    const { router, queryClient } = renderApp('/transactions?currency=MXN', { as: null });

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/transactions?currency=MXN');
    // No list request, and no answer other than 2xx: the session check said "not signed in" in a 200.
    expect([...asked.values()].filter(({ url }) => url.pathname.startsWith(API_PATHS.transactions))).toEqual(
      [],
    );
    await waitFor(() => expect([...asked.values()].every(({ status }) => status !== undefined)).toBe(true));
    expect([...asked.values()].filter(({ status }) => status! >= 400)).toEqual([]);
    // A first visit, not a session that ended under the agent.
    expect(screen.queryByText(/Your session has ended/)).not.toBeInTheDocument();
    expect(queryClient.getQueryCache().findAll({ queryKey: ['transactions'] })).toEqual([]);
  });

  it('asks for no rows for an agent who must choose a password first, and takes them to choose one', async () => {
    const asked = recordRequests();
    const { agent } = agentStore.add({ email: 'new@example.com', displayName: 'New Agent', role: 'viewer' });
    mockSession.signIn(agent.id);
    const { router } = renderApp('/transactions', { as: null });

    await waitFor(() => expect(router.state.location.pathname).toBe('/choose-password'));
    await waitFor(() => expect([...asked.values()].every(({ status }) => status !== undefined)).toBe(true));
    expect(listRequests(asked, '0')).toEqual([]);
  });

  it('shows a failure of that early request as the table would, without asking again behind the retry rule', async () => {
    const asked = recordRequests();
    server.use(
      http.get(`*${API_PATHS.transactions}`, () =>
        apiErrorResponse(502, 'UPSTREAM_AUTH_FAILED', 'Capa refused the partner key.'),
      ),
    );
    renderApp('/transactions');
    expect(await screen.findByRole('alert')).toHaveTextContent('Transactions could not be loaded');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument(); // still signed in
    expect(listRequests(asked, '0')).toHaveLength(1);
  });

  it('signs the visitor in and back to the same view, with its rows', async () => {
    const { user, router } = renderApp('/transactions?type=off_ramp', { as: null });
    await user.click(await screen.findByRole('button', { name: /^Sign in as Operator/ }));
    expect((await screen.findAllByRole('link', { name: /^Transaction / })).length).toBeGreaterThan(0);
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
      '/transactions?type=off_ramp',
    );
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('OFF_RAMP');
  });
});
