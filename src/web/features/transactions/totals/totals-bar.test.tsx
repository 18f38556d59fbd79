import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../../../contract/api';
import { apiErrorResponse } from '../../../mocks/api-responses';
import { DOCUMENTED_EXAMPLE } from '../../../mocks/documented-example';
import { FIXTURE_TRANSACTIONS } from '../../../mocks/fixtures';
import { server } from '../../../test-support/msw-server';
import { renderApp } from '../../../test-support/render-app';
import { findRowFor, LIST } from '../../../test-support/transaction-list';

const TOTALS = `*${API_PATHS.transactionTotals}`;
const bar = () => screen.getByRole('region', { name: 'Totals of this view' });

afterEach(() => server.events.removeAllListeners());

describe('totals bar', () => {
  it('shows progress while it adds up the view, then exact sums with grouping and every digit', async () => {
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.get(TOTALS, async () => {
        await answered;
        return HttpResponse.json({
          count: 60,
          fiat: { MXN: '1234567.5', DOP: '98765432109876543210.25', USD: '12' },
          crypto: { USDC: '10.000000000000000001', cbBTC: '0.00012345' },
        });
      }),
    );
    renderApp('/transactions');
    const progress = await screen.findByRole('progressbar', { name: 'Adding up 60 transactions' });
    expect(within(bar()).getByText('Adding up 60 transactions…')).toBeInTheDocument();
    answer();
    await waitFor(() => expect(progress).not.toBeInTheDocument());
    const totals = within(bar());
    expect(totals.getByText('Totals of 60 transactions')).toBeInTheDocument();
    const sum = (code: string) => totals.getByText(code, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(sum('MXN')).toBe('1,234,567.50');
    expect(sum('DOP')).toBe('98,765,432,109,876,543,210.25');
    expect(sum('USD')).toBe('12.00');
    expect(sum('USDC')).toBe('10.000000000000000001');
    expect(sum('cbBTC')).toBe('0.00012345');
  });

  it('adds up the same view as the table: filters and window, no paging', async () => {
    const asked: URLSearchParams[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === API_PATHS.transactionTotals) asked.push(url.searchParams);
    });
    const from = '2025-11-10T00:00:00.000Z';
    renderApp(`/transactions?type=OFF_RAMP&from=${from}&page=2&size=10`);
    const offRamps = FIXTURE_TRANSACTIONS.filter((tx) => tx.type === 'OFF_RAMP' && tx.createdAt >= from);
    expect(
      await within(await screen.findByRole('region', { name: 'Totals of this view' })).findByText(
        `Totals of ${offRamps.length} transactions`,
      ),
    ).toBeInTheDocument();
    expect(asked.map((p) => p.toString())).toEqual([`type=OFF_RAMP&from=${encodeURIComponent(from)}`]);
  });

  it('says in words when the view is too large to add up, instead of guessing', async () => {
    server.use(
      http.get(LIST, () =>
        HttpResponse.json({ total: 48_210, skip: 0, limit: 20, items: [DOCUMENTED_EXAMPLE] }),
      ),
      http.get(TOTALS, () =>
        apiErrorResponse(422, 'VIEW_TOO_LARGE', 'This view has 48210 rows; the limit is 20000.'),
      ),
    );
    renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    expect(
      await within(bar()).findByText(
        'This view has 48,210 transactions; totals are computed for up to 20,000. Narrow the filters or the date window.',
      ),
    ).toBeInTheDocument();
    expect(within(bar()).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(bar()).queryByRole('definition')).not.toBeInTheDocument();
  });

  it('offers a retry when the totals fail for another reason', async () => {
    let down = true;
    server.use(
      http.get(TOTALS, () =>
        down
          ? apiErrorResponse(503, 'UPSTREAM_UNAVAILABLE', 'Capa did not answer in time.')
          : HttpResponse.json({ count: 1, fiat: { MXN: '5' }, crypto: {} }),
      ),
    );
    const { user } = renderApp('/transactions');
    expect(
      await within(await screen.findByRole('region', { name: 'Totals of this view' })).findByRole('alert'),
    ).toHaveTextContent('Totals could not be computed: Capa did not answer in time.');
    down = false;
    await user.click(within(bar()).getByRole('button', { name: 'Retry totals' }));
    expect(await within(bar()).findByText('Totals of 1 transaction')).toBeInTheDocument();
    expect(within(bar()).getByText('5.00')).toBeInTheDocument();
  });
});
