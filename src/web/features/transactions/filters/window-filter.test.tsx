import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOCUMENTED_EXAMPLE } from '../../../mocks/documented-example';
import { FIXTURE_TRANSACTIONS } from '../../../mocks/fixtures';
import { server } from '../../../test-support/msw-server';
import { renderApp } from '../../../test-support/render-app';
import { bodyRows, findRowFor, recordListRequests } from '../../../test-support/transaction-list';

// The agent works in Mexico City (UTC−6 all year); "now" is 20 Nov 2025 15:30 there, the day of
// the newest fixture. Only Date is faked: debounces and MSW keep real timers.
const savedTz = process.env.TZ;
process.env.TZ = 'America/Mexico_City';
afterAll(() => {
  process.env.TZ = savedTz;
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-11-20T21:30:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
  server.events.removeAllListeners();
});

const NOV_FROM = '2025-11-01T06:00:00.000Z';
const DEC_FROM = '2025-12-01T06:00:00.000Z';
const search = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search);
const chips = () => screen.getByRole('list', { name: 'Active filters' });
const findChips = () => screen.findByRole('list', { name: 'Active filters' });
const createdIn = (from: string, to: string) =>
  FIXTURE_TRANSACTIONS.filter((tx) => tx.createdAt >= from && tx.createdAt < to);

describe('date window filter', () => {
  it('opens a link with a window: days in the agent’s zone, UTC under them, a chip in words, the list asked for it', async () => {
    const requests = recordListRequests();
    renderApp(`/transactions?from=${NOV_FROM}&to=${DEC_FROM}`);
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    expect(screen.getByLabelText('From date')).toHaveValue('2025-11-01');
    expect(screen.getByLabelText('To date')).toHaveValue('2025-11-30');
    expect(screen.getByLabelText('From time (optional)')).toHaveValue('');
    expect(screen.getByLabelText('From date')).toHaveAccessibleDescription('= 2025-11-01 06:00 UTC');
    expect(screen.getByLabelText('To date')).toHaveAccessibleDescription(
      '= 2025-12-01 06:00 UTC, not included The whole day is included unless you set a time.',
    );
    expect(screen.getByText(/your time zone, UTC−06:00/)).toBeInTheDocument();
    expect(within(chips()).getByText('Created Nov 1 – 30, 2025')).toBeInTheDocument();
    expect(requests.matching({ from: NOV_FROM, to: DEC_FROM }).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'This month' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('applies presets computed in the agent’s zone, marks the one in force, and clears', async () => {
    const { user, router } = renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    await user.click(screen.getByRole('button', { name: 'Yesterday' }));
    await waitFor(() => expect(search(router).get('from')).toBe('2025-11-19T06:00:00.000Z'));
    expect(search(router).get('to')).toBe('2025-11-20T06:00:00.000Z');
    expect(screen.getByRole('button', { name: 'Yesterday' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(chips()).getByText('Created Nov 19, 2025')).toBeInTheDocument();
    const yesterday = createdIn('2025-11-19T06:00:00.000Z', '2025-11-20T06:00:00.000Z');
    await waitFor(() => expect(bodyRows()).toHaveLength(yesterday.length));

    await user.click(screen.getByRole('button', { name: 'Last 7 days' }));
    await waitFor(() => expect(search(router).get('from')).toBe('2025-11-14T06:00:00.000Z'));
    expect(search(router).get('to')).toBe('2025-11-21T06:00:00.000Z');
    expect(within(chips()).getByText('Created Nov 14 – 20, 2025')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Last month' }));
    await waitFor(() => expect(search(router).get('from')).toBe('2025-10-01T06:00:00.000Z'));
    expect(search(router).get('to')).toBe(NOV_FROM);

    await user.click(screen.getByRole('button', { name: 'Clear the date window' }));
    await waitFor(() => expect(search(router).has('from')).toBe(false));
    expect(search(router).has('to')).toBe(false);
    expect(screen.getByLabelText('From date')).toHaveValue('');
  });

  it('takes typed days once the year is whole, the To day included', async () => {
    const { router } = renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    // A date input reports each keystroke of the year: none of them but the last is a window.
    for (const partial of ['0002-11-10', '0020-11-10', '0202-11-10', '2025-11-10'])
      fireEvent.change(screen.getByLabelText('From date'), { target: { value: partial } });
    fireEvent.change(screen.getByLabelText('To date'), { target: { value: '2025-11-12' } });
    await waitFor(() => expect(search(router).get('from')).toBe('2025-11-10T06:00:00.000Z'));
    expect(search(router).get('to')).toBe('2025-11-13T06:00:00.000Z');
    expect(await within(await findChips()).findByText('Created Nov 10 – 12, 2025')).toBeInTheDocument();
  });

  it('narrows To with a cut-off time, and refuses an end before the start', async () => {
    const { router } = renderApp(`/transactions?from=2025-11-10T06:00:00.000Z&to=2025-11-13T06:00:00.000Z`);
    await findChips();
    fireEvent.change(screen.getByLabelText('To time (optional)'), { target: { value: '17:00' } });
    await waitFor(() => expect(search(router).get('to')).toBe('2025-11-12T23:00:00.000Z'));
    expect(
      await within(chips()).findByText('Created Nov 10, 2025, 12:00 AM – Nov 12, 2025, 5:00 PM'),
    ).toBeInTheDocument();
    expect(screen.getByText('= 2025-11-12 23:00 UTC, not included')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('From date'), { target: { value: '2025-11-15' } });
    expect(await screen.findByRole('alert')).toHaveTextContent('The window must end after it starts.');
    expect(search(router).get('from')).toBe('2025-11-10T06:00:00.000Z');
  });

  it('removes the window with its chip, keeping the other filters', async () => {
    const { user, router } = renderApp(`/transactions?type=OFF_RAMP&from=${NOV_FROM}&to=${DEC_FROM}`);
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
    await user.click(
      screen.getByRole('button', { name: 'Remove filter Created Nov 1\u2009–\u200930, 2025' }),
    );
    await waitFor(() => expect(router.state.location.search).toBe('?type=OFF_RAMP'));
  });

  it('says which window emptied the table', async () => {
    renderApp('/transactions?from=2024-01-01T06:00:00.000Z&to=2024-01-02T06:00:00.000Z');
    expect(await screen.findByText('No transactions match these filters')).toBeInTheDocument();
    expect(screen.getByText('Nothing matches Created Jan 1, 2024')).toBeInTheDocument();
  });
});
