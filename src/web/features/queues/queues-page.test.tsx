import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUEUES } from '../../../contract/queues-api';
import { QUEUES_REFRESH_MS } from '../../lib/queue-queries';
import { mockQueues } from '../../mocks/queue-handlers';
import { currentTransactions, setTransactionStatus } from '../../mocks/transaction-store';
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
