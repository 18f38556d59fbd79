import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiErrorResponse, htmlErrorResponse } from '../../mocks/api-responses';
import { DOCUMENTED_EXAMPLE } from '../../mocks/documented-example';
import { FIXTURE_COUNT, FIXTURE_TRANSACTIONS } from '../../mocks/fixtures';
import { server } from '../../test-support/msw-server';
import { renderApp } from '../../test-support/render-app';
import { bodyRows, findRowFor, LIST, recordListRequests } from '../../test-support/transaction-list';

afterEach(() => {
  server.events.removeAllListeners();
  vi.restoreAllMocks();
});

describe('transactions page: states', () => {
  it('shows skeleton rows under the real header first, then the first page with the total', async () => {
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    // Falls through to the fixture handler once the test lets it.
    server.use(http.get(LIST, () => answered.then(() => undefined)));
    renderApp('/transactions');
    expect(await screen.findByText('Loading transactions…')).toBeInTheDocument();
    expect(screen.getAllByTestId('skeleton-row').length).toBeGreaterThan(0);
    expect(screen.getByRole('columnheader', { name: /Created/ })).toBeInTheDocument();
    answer();
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    expect(screen.getByText(`${FIXTURE_COUNT} transactions · newest first`)).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(20);
    expect(screen.queryByTestId('skeleton-row')).not.toBeInTheDocument();
    expect(screen.getByText(`1–20 of ${FIXTURE_COUNT}`)).toBeInTheDocument();
  });

  it('shows every column, amounts exactly as the BFF sent them', async () => {
    renderApp('/transactions');
    const row = within(await findRowFor(DOCUMENTED_EXAMPLE.id));
    expect(row.getByText('0.197576')).toBeInTheDocument(); // a string, never through a float
    // A readable rate with its unit; the exact one on hover.
    expect(row.getByTitle('1 USDC = 60.73613361949396 DOP')).toHaveTextContent('60.736 DOP/USDC');
    expect(row.getByText('12.00')).toBeInTheDocument(); // a number amount, with DOP's minor units
    expect(row.getByText('DOP')).toBeInTheDocument();
    expect(row.getByText('USDC')).toBeInTheDocument();
    expect(row.getByText('OP')).toHaveAttribute('title', 'Optimism');
    expect(row.getByText('On-ramp')).toBeInTheDocument();
    expect(row.getByText('af6e3ab7')).toBeInTheDocument();
    expect(row.getByText('Pending')).toHaveAttribute('title', expect.stringMatching(/^Created and waiting/));
    expect(
      row.getByRole('button', { name: `Show only transactions of user ${DOCUMENTED_EXAMPLE.userId}` }),
    ).toBeInTheDocument();
    expect(row.getByRole('button', { name: 'Copy transaction id' })).toBeInTheDocument();
    expect(row.getByRole('button', { name: 'Copy user id' })).toBeInTheDocument();
    const created = row.getByText(/ago$/).closest('time')!;
    expect(created).toHaveAttribute('dateTime', DOCUMENTED_EXAMPLE.createdAt);
    expect(created).toHaveAttribute('title', expect.stringMatching(/ UTC$/));
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual([
      expect.stringMatching(/^Created \(UTC([+\u2212]\d\d:\d\d)?( \/ UTC([+\u2212]\d\d:\d\d)?)*\)$/),
      'Transaction',
      'User',
      'Type',
      'Status',
      'On it',
      'Fiat',
      'Crypto',
      'Rate',
      'Completed',
    ]);
  });

  it('says the time zone of its times once, in the Created header', async () => {
    vi.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(300);
    renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    expect(screen.getByRole('columnheader', { name: 'Created (UTC\u221205:00)' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Completed' })).toBeInTheDocument();
  });

  it('never sends a string amount through a float (trailing zeros, more digits than a double holds)', async () => {
    const precise = { ...DOCUMENTED_EXAMPLE, fiatAmount: '1000.5', cryptoAmount: '12345.000000000000000001' };
    server.use(http.get(LIST, () => HttpResponse.json({ total: 1, skip: 0, limit: 20, items: [precise] })));
    renderApp('/transactions');
    const row = within(await findRowFor(precise.id));
    expect(row.getByText('1,000.50')).toBeInTheDocument(); // grouped, with DOP's two decimals
    expect(row.getByText('12,345.000000000000000001')).toBeInTheDocument(); // every digit sent
  });

  it("shows the BFF's message and request id with a retry, and keeps the filters usable", async () => {
    let capaDown = true;
    server.use(
      http.get(LIST, () =>
        capaDown
          ? apiErrorResponse(503, 'UPSTREAM_UNAVAILABLE', 'Capa did not answer in time.', {
              requestId: 'req-7f3a',
            })
          : undefined,
      ),
    );
    const { user } = renderApp('/transactions?type=OFF_RAMP');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Transactions could not be loaded');
    expect(alert).toHaveTextContent('Capa did not answer in time.');
    expect(within(alert).getByText('req-7f3a')).toBeInTheDocument();
    expect(within(alert).getByText('UPSTREAM_UNAVAILABLE')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('OFF_RAMP');

    capaDown = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findAllByText('Off-ramp', { selector: 'td' })).not.toHaveLength(0);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a non-JSON error such as a proxy 502 page', async () => {
    server.use(http.get(LIST, () => htmlErrorResponse(502)));
    renderApp('/transactions');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Rampdesk's server could not be reached (HTTP 502). It may be restarting: retry in a moment.",
    );
  });

  it('says so when there are no transactions at all', async () => {
    server.use(http.get(LIST, () => HttpResponse.json({ total: 0, skip: 0, limit: 20, items: [] })));
    renderApp('/transactions');
    expect(await screen.findByRole('heading', { name: 'No transactions yet' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('names the filters that hid everything, and clears them in one click', async () => {
    const otherUser = '0b7e1c2a-5d4f-4a3b-9c8d-7e6f5a4b3c2d';
    const { user, router } = renderApp(
      `/transactions?status=FAILED&type=CROSS_RAMP&user=${otherUser}&size=50`,
    );
    expect(
      await screen.findByRole('heading', { name: 'No transactions match these filters' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Nothing matches Status Failed, Type Cross-ramp and User id 0b7e1c2a…'),
    ).toBeInTheDocument();
    const empty = screen.getByRole('heading', { name: 'No transactions match these filters' }).parentElement!;
    await user.click(within(empty).getByRole('button', { name: 'Clear all filters' }));
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    // The filters go; the page size the agent chose stays.
    expect(router.state.location.search).toBe('?size=50');
  });

  it('refreshes on demand and says how fresh the rows are', async () => {
    const requests = recordListRequests();
    const { user } = renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    expect(screen.getByText(/^Updated (now|\d+s ago)$/)).toBeInTheDocument();
    const before = requests.matching({ skip: '0' }).length;
    await user.click(screen.getByRole('button', { name: 'Refresh transactions' }));
    await waitFor(() => expect(requests.matching({ skip: '0' }).length).toBe(before + 1));
  });
});

describe('transactions page: fast and calm', () => {
  it('prefetches the next page, so Next shows it without waiting', async () => {
    const requests = recordListRequests();
    const { user } = renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    await waitFor(() => expect(requests.matching({ skip: '20', limit: '20' })).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await findRowFor(FIXTURE_TRANSACTIONS[20]!.id);
    expect(requests.matching({ skip: '20', limit: '20' })).toHaveLength(1);
  });

  it('keeps the previous rows on screen (no skeleton) while a new page loads', async () => {
    const { user } = renderApp('/transactions?size=50');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    // The new page waits for the test, however slow the machine: the checks below need it out.
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.get(LIST, async () => {
        await answered;
        return undefined;
      }),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'CROSS_RAMP');
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByTestId('skeleton-row')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Transaction ${DOCUMENTED_EXAMPLE.id}` })).toBeInTheDocument();
    answer();
    await waitFor(() => expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'false'));
    expect(
      screen.queryByRole('link', { name: `Transaction ${DOCUMENTED_EXAMPLE.id}` }),
    ).not.toBeInTheDocument();
  });

  it('cancels the request in flight when the filters change', async () => {
    const signals: AbortSignal[] = [];
    server.use(
      http.get(LIST, async ({ request }) => {
        if (new URL(request.url).searchParams.get('type') === 'ON_RAMP') {
          signals.push(request.signal);
          // Held until the page gives it up (or 10 s, for the test to fail on): never answered first.
          await Promise.race([
            delay(10_000),
            new Promise((resolve) => request.signal.addEventListener('abort', resolve, { once: true })),
          ]);
        }
        return undefined;
      }),
    );
    const { user } = renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'ON_RAMP');
    await waitFor(() => expect(signals).toHaveLength(1));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'OFF_RAMP');
    await waitFor(() => expect(signals[0]!.aborted).toBe(true));
  });
});
