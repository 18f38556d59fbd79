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

  it('folds the navigation and Change password into a Menu button that closes on the page it opens', async () => {
    const { user, router } = renderApp('/transactions');
    const header = await screen.findByRole('banner');
    const menu = within(header).getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    // Role and sign-out are never inside it.
    expect(within(header).getByRole('button', { name: 'Sign out' })).toBeVisible();
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(menu.getAttribute('aria-controls')!)!;
    expect(panel).toBeVisible();
    expect(within(panel).getByRole('link', { name: 'Change password' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    await user.click(menu);
    await user.click(within(panel).getByRole('link', { name: 'Audit' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/audit');
    const after = within(screen.getByRole('banner')).getByRole('button', { name: 'Menu' });
    expect(after).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(after.getAttribute('aria-controls')!)).not.toBeVisible();
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
