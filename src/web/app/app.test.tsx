import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DOCUMENTED_EXAMPLE } from '../mocks/documented-example';
import { configHandler } from '../mocks/handlers';
import { server } from '../test-support/msw-server';
import { renderApp } from '../test-support/render-app';

describe('app shell', () => {
  it('redirects / to the work queues, where agents land', async () => {
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Queues' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/queues');
  });

  it('has a header with the product name and a link for each screen an operator may open', async () => {
    renderApp('/transactions');
    const header = await screen.findByRole('banner');
    expect(within(header).getByText('Rampdesk')).toBeInTheDocument();
    const nav = within(header).getByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/queues', '/transactions', '/audit']);
    expect(within(nav).getByRole('link', { name: 'Transactions' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows a not-found page with a way home for an unknown path', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to transactions' })).toHaveAttribute('href', '/transactions');
  });

  it('shows the sandbox banner from the BFF config', async () => {
    renderApp('/transactions');
    expect(await screen.findByRole('region', { name: 'Environment' })).toHaveTextContent(
      'Sandbox—simulated Capa data, no real money moves',
    );
  });

  it('shows no banner in production', async () => {
    server.use(configHandler({ environment: 'production', upstreamHost: 'api.capa.fi' }));
    const { queryClient } = renderApp('/transactions');
    await screen.findByRole('heading', { name: 'Transactions' });
    await waitFor(() => expect(queryClient.getQueryData(['config'])).toBeDefined());
    expect(screen.queryByRole('region', { name: 'Environment' })).not.toBeInTheDocument();
  });

  it('sends X-CSRF: 1 on every request it makes', async () => {
    const headers: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => void headers.push(request.headers.get('x-csrf')));
    const { user } = renderApp('/transactions');
    await user.click(await screen.findByRole('link', { name: `Transaction ${DOCUMENTED_EXAMPLE.id}` }));
    await screen.findByText(DOCUMENTED_EXAMPLE.id);
    server.events.removeAllListeners();
    expect(headers.length).toBeGreaterThanOrEqual(3); // config, list, detail
    expect(headers.every((h) => h === '1')).toBe(true);
  });
});
