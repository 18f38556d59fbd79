import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUEUES } from '../../../contract/queues-api';
import { activateLocale } from '../../i18n/i18n';
import { QUEUES_REFRESH_MS } from '../../lib/queue-queries';
import { collaborationStore } from '../../mocks/collaboration-store';
import { mockQueues } from '../../mocks/queue-handlers';
import { currentTransactions, setTransactionStatus } from '../../mocks/transaction-store';
import { browserSpeaks } from '../../test-support/browser-speaks';
import { server } from '../../test-support/msw-server';
import { renderApp } from '../../test-support/render-app';

afterEach(() => vi.useRealTimers());

const card = (name: string) => screen.getByRole('region', { name });
const countOn = (name: string) => within(card(name)).getByTestId('queue-count').textContent;

describe('the Queues page', () => {
  it('is where an agent lands, and shows every queue with its count and oldest item', async () => {
    const { router } = renderApp('/', { as: 'viewer' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/queues'));
    const expected = mockQueues();
    for (const queue of expected.queues) {
      await waitFor(() => expect(countOn(queue.name)).toBe(String(queue.count)));
      if (queue.oldestCreatedAt) expect(within(card(queue.name)).getByText(/ago$/)).toBeInTheDocument();
    }
    expect(screen.getAllByTestId('queue-count')).toHaveLength(QUEUES.length);
    expect(screen.getByRole('link', { name: 'Queues' })).toHaveAttribute('aria-current', 'page');
  });

  it('opens a queue as the table of its statuses, oldest first, with the card’s count as total', async () => {
    const { user, router } = renderApp('/queues', { as: 'viewer' });
    const needs = mockQueues().queues.find((q) => q.id === 'needs-attention')!;
    await waitFor(() => expect(countOn('Needs attention')).toBe(String(needs.count)));
    await user.click(within(card('Needs attention')).getByRole('link', { name: 'Needs attention' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/transactions'));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('status')).toBe(needs.statuses.join(','));
    expect(params.get('sort')).toBe('asc');
    expect(
      await screen.findByRole('button', {
        name: 'Status Crypto not received, Awaiting manual crypto transfer, Awaiting manual fiat transfer',
      }),
    ).toBeInTheDocument();
    expect(await screen.findByText(new RegExp(` of ${needs.count}$`))).toBeInTheDocument();
  });

  it('counts again every few seconds: an item that moves on leaves its queue', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderApp('/queues', { as: 'viewer' });
    const ready = mockQueues().queues.find((q) => q.id === 'ready-to-execute')!;
    await waitFor(() => expect(countOn('Ready to execute')).toBe(String(ready.count)));
    const item = currentTransactions().find(
      (tx) => tx.type === 'OFF_RAMP' && (ready.statuses as string[]).includes(tx.status),
    )!;
    setTransactionStatus(item.id, 'PENDING');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(QUEUES_REFRESH_MS);
    });
    await waitFor(() => expect(countOn('Ready to execute')).toBe(String(ready.count - 1)));
  });
});

describe('stuck items', () => {
  const HOUR = 3_600_000;
  const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

  it('a card says how many are stuck and opens them, longest in status first; one that moved on is left out', async () => {
    const ready = QUEUES.find((q) => q.id === 'ready-to-execute')!;
    const [older, newer, moved] = currentTransactions().filter(
      (tx) => tx.type === 'OFF_RAMP' && (ready.statuses as readonly string[]).includes(tx.status),
    );
    collaborationStore.setSeen(newer!.id, newer!.status, ago(2 * HOUR));
    collaborationStore.setSeen(older!.id, older!.status, ago(5 * HOUR));
    // Seen stuck in its status, then Capa moved it on: the card counts it (the last sighting says
    // so), the Stuck-only table, which asks Capa, does not.
    collaborationStore.setSeen(moved!.id, moved!.status, ago(3 * HOUR));
    setTransactionStatus(moved!.id, 'PENDING');
    const { user, router } = renderApp('/queues', { as: 'viewer' });
    const link = await waitFor(() => within(card('Ready to execute')).getByTestId('queue-stuck'));
    expect(link).toHaveAccessibleName(/^3 stuck in Ready to execute/);
    expect(within(card('Needs attention')).queryByTestId('queue-stuck')).toBeNull();
    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe('/transactions'));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('stuck')).toBe('true');
    expect(params.get('status')).toBe(ready.statuses.join(','));
    expect(
      await screen.findByText(/2 transactions matching the filters · stuck only, longest in status first/),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Stuck only' })).toBeChecked();
    expect(screen.getByRole('list', { name: 'Active filters' })).toHaveTextContent('Stuck only');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(older!.id.slice(0, 8));
    expect(rows[1]).toHaveTextContent(newer!.id.slice(0, 8));
  });

  it('the Stuck only toggle appears with a status filter and turns the view on and off', async () => {
    const { user, router } = renderApp('/transactions', { as: 'viewer' });
    await screen.findByRole('search', { name: 'Filter transactions' });
    expect(screen.queryByRole('checkbox', { name: 'Stuck only' })).toBeNull();
    await act(() => router.navigate('/transactions?status=CRYPTO_RECEIVED'));
    await user.click(await screen.findByRole('checkbox', { name: 'Stuck only' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('stuck')).toBe('true'));
    expect(await screen.findByText(/No transactions match/i)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove filter Stuck only' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('stuck')).toBeNull());
  });
});

describe('in Spanish', () => {
  afterEach(() => activateLocale('en-US'));

  it('names the queues, their counts and stuck items in Spanish, with plurals', async () => {
    const counted = mockQueues();
    // The BFF's English names stay as sent: the page shows its own words for each queue id.
    const patch: Record<string, { count: number; stuck: number }> = {
      'ready-to-execute': { count: 1, stuck: 1 },
      'needs-attention': { count: 3, stuck: 2 },
    };
    const queues = counted.queues.map((q) => ({ ...q, ...patch[q.id] }));
    server.use(http.get('*/api/queues', () => HttpResponse.json({ ...counted, queues })));
    await browserSpeaks('es-MX');
    renderApp('/queues', { as: 'viewer' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Colas' })).toBeInTheDocument();
    const ready = await screen.findByRole('region', { name: 'Listas para ejecutar' });
    await waitFor(() => expect(within(ready).getByTestId('queue-count')).toHaveTextContent('1'));
    expect(ready).toHaveTextContent('1transacción');
    expect(ready).toHaveTextContent('Off-ramps cuya cripto ya llegó');
    expect(within(ready).getByTestId('queue-stuck')).toHaveTextContent('1 atascada');
    expect(within(ready).getByTestId('queue-stuck')).toHaveAccessibleName(
      '1 atascada en Listas para ejecutar: verla',
    );
    const needs = screen.getByRole('region', { name: 'Requieren atención' });
    expect(needs).toHaveTextContent('3transacciones');
    expect(within(needs).getByTestId('queue-stuck')).toHaveTextContent('2 atascadas');
    expect(screen.getByRole('region', { name: 'Esperando al usuario' })).toBeInTheDocument();
    const failed = screen.getByRole('region', { name: 'Fallidas o canceladas' });
    expect(failed).toHaveTextContent('creadas en los últimos 7 días');
    expect(screen.queryByText(/Ready to execute|stuck|transactions/)).toBeNull();
  });
});
