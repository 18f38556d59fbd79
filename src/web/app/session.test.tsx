import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { agentStore, mockSession } from '../mocks/agent-store';
import { apiErrorResponse } from '../mocks/api-responses';
import { DOCUMENTED_EXAMPLE } from '../mocks/documented-example';
import { server } from '../test-support/msw-server';
import { renderApp } from '../test-support/render-app';

const DETAIL = `/transactions/${DOCUMENTED_EXAMPLE.id}`;

describe('session in the shell', () => {
  it('shows who is signed in, their email on hover, and their role', async () => {
    renderApp('/transactions', { as: 'operator' });
    const header = await screen.findByRole('banner');
    const who = await within(header).findByText('Sandbox Operator');
    expect(who.closest('[title]')).toHaveAttribute('title', 'operator@sandbox.rampdesk.test');
    expect(within(header).getByText('Operator')).toHaveAttribute('data-role', 'operator');
    expect(within(header).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('signs out to the sign-in page, forgets the data, and Back shows none of it', async () => {
    const { user, router, queryClient } = renderApp(DETAIL);
    await screen.findByText(DOCUMENTED_EXAMPLE.id);
    await user.keyboard('{Escape}'); // the drawer is modal: the header is behind it
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText('You have signed out.')).toBeInTheDocument();
    expect(router.state.location.search).toBe(''); // no `next`: signing out was on purpose
    expect(queryClient.getQueryCache().findAll({ queryKey: ['transactions'] })).toEqual([]);
    expect(mockSession.current()).toBeNull();

    await router.navigate(-1);
    // The guard sends Back to sign-in again (wait for that redirect, not the old page's heading).
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByText(DOCUMENTED_EXAMPLE.id)).not.toBeInTheDocument();
  });

  it('takes an agent whose session ends mid-work to sign-in, and back after', async () => {
    const { user, router, queryClient } = renderApp('/transactions');
    const link = await screen.findByRole('link', { name: `Transaction ${DOCUMENTED_EXAMPLE.id}` });
    // The page settled first (totals, the next page fetched ahead): a request of the table's
    // answered after the session ended would end it before the click, and rightly come back here.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => void asked.push(new URL(request.url).pathname));
    mockSession.signOut(); // the BFF's idle timeout, or an admin disabled them
    await user.click(link);

    expect(await screen.findByText(/Your session has ended/)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe(DETAIL);
    // One refused request, then no retries and no loop.
    expect(asked.filter((p) => p === `/api/transactions/${DOCUMENTED_EXAMPLE.id}`)).toHaveLength(1);
    server.events.removeAllListeners();

    await user.click(screen.getByRole('button', { name: /^Sign in as Operator/ }));
    expect(await screen.findByText(DOCUMENTED_EXAMPLE.id)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(DETAIL);
  });

  it('notices an expired session when the agent comes back to the tab', async () => {
    const { router, queryClient } = renderApp('/transactions');
    await screen.findByRole('heading', { name: 'Transactions' });
    mockSession.signOut();
    await queryClient.refetchQueries({ queryKey: ['auth', 'me'] }); // what a window focus triggers
    expect(await screen.findByText(/Your session has ended/)).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/transactions');
  });

  it('names the role a 403 needs, and re-reads the agent whose role changed', async () => {
    const operator = agentStore.byRole('operator');
    server.use(
      http.get('*/api/transactions/:id', () => {
        agentStore.update(operator.id, { role: 'viewer' }); // an admin demoted them meanwhile
        return apiErrorResponse(403, 'FORBIDDEN', 'This needs the Operator role.', {
          requiredRole: 'operator',
        });
      }),
    );
    renderApp(DETAIL, { as: 'operator' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You need the operator role for this. Ask an admin.',
    );
    // The drawer is modal, so the header is hidden from the accessibility tree behind it.
    const header = screen.getByRole('banner', { hidden: true });
    expect(await within(header).findByText('Viewer')).toBeInTheDocument();
  });
});

describe('what each role sees', () => {
  const adminLink = () => screen.queryByRole('link', { name: 'Agents' });

  it('shows the Agents admin link to admins only', async () => {
    const { unmount } = renderApp('/transactions', { as: 'admin' });
    expect(await screen.findByRole('link', { name: 'Agents' })).toHaveAttribute('href', '/admin/agents');
    unmount();
    for (const role of ['viewer', 'operator'] as const) {
      const view = renderApp('/transactions', { as: role });
      await screen.findByRole('heading', { name: 'Transactions' });
      expect(adminLink()).not.toBeInTheDocument();
      view.unmount();
    }
  });

  it('tells a non-admin who opens the agents page which role it needs', async () => {
    renderApp('/admin/agents', { as: 'operator' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You need the admin role to manage agents. Ask an admin.',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('offers a viewer nothing that executes', async () => {
    renderApp(DETAIL, { as: 'viewer' });
    await screen.findByText(DOCUMENTED_EXAMPLE.id);
    await waitFor(() => expect(screen.queryByRole('button', { name: /execute/i })).not.toBeInTheDocument());
    expect(screen.queryByText(/execute off-ramp/i)).not.toBeInTheDocument();
  });
});
