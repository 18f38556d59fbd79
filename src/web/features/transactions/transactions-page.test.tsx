import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiErrorResponse, htmlErrorResponse } from '../../mocks/api-responses';
import { DOCUMENTED_EXAMPLE } from '../../mocks/documented-example';
import { FIXTURE_COUNT } from '../../mocks/fixtures';
import { renderApp } from '../../test/render-app';
import { server } from '../../test/server';

const LIST = '*/api/transactions';

async function rowFor(id: string) {
  const link = await screen.findByRole('link', { name: `Transaction ${id}` });
  return link.closest('tr')!;
}

describe('transactions page', () => {
  it('shows a skeleton first, then the first page with the total', async () => {
    server.use(
      http.get(LIST, async () => {
        await delay(150);
        return undefined; // fall through to the fixture handler
      }),
    );
    renderApp('/transactions');
    expect(await screen.findByText('Loading transactions…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Transactions' })).toBeInTheDocument();
    expect(screen.getByText(`Showing 20 of ${FIXTURE_COUNT} · newest first`)).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(21); // header + 20
    expect(screen.queryByText('Loading transactions…')).not.toBeInTheDocument();
  });

  it('shows amounts exactly as the BFF sent them, with status label and meaning', async () => {
    renderApp('/transactions');
    const row = within(await rowFor(DOCUMENTED_EXAMPLE.id));
    expect(row.getByText('0.197576')).toBeInTheDocument(); // a string, never through a float
    expect(row.getByText('60.73613361949396')).toBeInTheDocument();
    expect(row.getByText('12')).toBeInTheDocument(); // a number amount
    expect(row.getByText('DOP')).toBeInTheDocument();
    expect(row.getByText('USDC')).toBeInTheDocument();
    expect(row.getByText('OP')).toHaveAttribute('title', 'Optimism');
    expect(row.getAllByText('On-ramp').length).toBeGreaterThan(0); // its own column, or under the id when narrow
    expect(row.getByText('af6e3ab7')).toBeInTheDocument();
    expect(row.getByText('Pending')).toHaveAttribute('title', expect.stringMatching(/^Created and waiting/));
  });

  it('never sends a string amount through a float (trailing zeros, more digits than a double holds)', async () => {
    const precise = { ...DOCUMENTED_EXAMPLE, fiatAmount: '1000.50', cryptoAmount: '250.000000000000000001' };
    server.use(http.get(LIST, () => HttpResponse.json({ total: 1, skip: 0, limit: 20, items: [precise] })));
    renderApp('/transactions');
    const row = within(await rowFor(precise.id));
    expect(row.getByText('1000.50')).toBeInTheDocument();
    expect(row.getByText('250.000000000000000001')).toBeInTheDocument();
  });

  it('formats a large total with separators', async () => {
    server.use(
      http.get(LIST, () =>
        HttpResponse.json({ total: 4237, skip: 0, limit: 20, items: [DOCUMENTED_EXAMPLE] }),
      ),
    );
    renderApp('/transactions');
    expect(await screen.findByText('Showing 1 of 4,237 · newest first')).toBeInTheDocument();
  });

  it("shows the BFF's message and request id, and Retry loads the list", async () => {
    server.use(
      http.get(
        LIST,
        () =>
          apiErrorResponse(503, 'UPSTREAM_UNAVAILABLE', 'Capa did not answer in time.', {
            requestId: 'req-7f3a',
          }),
        { once: true },
      ),
    );
    const { user } = renderApp('/transactions');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Transactions could not be loaded');
    expect(alert).toHaveTextContent('Capa did not answer in time.');
    expect(within(alert).getByText('req-7f3a')).toBeInTheDocument();
    expect(within(alert).getByText('UPSTREAM_UNAVAILABLE')).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await rowFor(DOCUMENTED_EXAMPLE.id)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a non-JSON error such as a proxy 502 page', async () => {
    server.use(http.get(LIST, () => htmlErrorResponse(502)));
    renderApp('/transactions');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Rampdesk's server could not be reached (HTTP 502). It may be restarting: retry in a moment.",
    );
    expect(screen.queryByText(/<html>/)).not.toBeInTheDocument();
  });

  it('says so when there are no transactions at all', async () => {
    server.use(http.get(LIST, () => HttpResponse.json({ total: 0, skip: 0, limit: 20, items: [] })));
    renderApp('/transactions');
    expect(await screen.findByRole('heading', { name: 'No transactions yet' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('links each row to its transaction page', async () => {
    const { user, router } = renderApp('/transactions');
    await user.click(await screen.findByRole('link', { name: `Transaction ${DOCUMENTED_EXAMPLE.id}` }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/transactions/${DOCUMENTED_EXAMPLE.id}`),
    );
    expect(await screen.findByText(DOCUMENTED_EXAMPLE.id)).toBeInTheDocument();
  });
});
