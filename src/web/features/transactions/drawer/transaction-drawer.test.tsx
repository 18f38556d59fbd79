import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiErrorResponse } from '../../../mocks/api-responses';
import { DOCUMENTED_EXAMPLE } from '../../../mocks/documented-example';
import { FIXTURE_TRANSACTIONS } from '../../../mocks/fixtures';
import { server } from '../../../test-support/msw-server';
import { renderApp } from '../../../test-support/render-app';
import { renderDrawer } from '../../../test-support/render-drawer';
import { findRowFor, tableSettled } from '../../../test-support/transaction-list';

afterEach(() => server.events.removeAllListeners());

const drawer = () => screen.findByRole('dialog');
const rowsBehind = () =>
  screen
    .getAllByRole('row', { hidden: true })
    .filter((row) => row.closest('tbody') && !row.hasAttribute('aria-hidden'));

describe('transaction drawer', () => {
  it('opens from a row over the table, at its own URL with the filters, and closes back to the row', async () => {
    const { user, router } = renderApp('/transactions?type=OFF_RAMP&size=10');
    const offRamps = FIXTURE_TRANSACTIONS.filter((tx) => tx.type === 'OFF_RAMP');
    const row = await findRowFor(offRamps[2]!.id);
    await user.click(row);

    const dialog = await screen.findByRole('dialog', { name: 'Off-ramp' });
    expect(router.state.location.pathname).toBe(`/transactions/${offRamps[2]!.id}`);
    expect(router.state.location.search).toBe('?type=OFF_RAMP&size=10');
    expect(within(dialog).getByText(offRamps[2]!.id)).toBeInTheDocument();
    // The table stays mounted under the drawer.
    expect(rowsBehind()).toHaveLength(10);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/transactions');
    expect(router.state.location.search).toBe('?type=OFF_RAMP&size=10');
    await waitFor(() => expect(row).toHaveFocus());
  });

  it('deep link: shows the transaction with the table behind it; the close button goes to the table', async () => {
    const { user, router } = renderApp(`/transactions/${DOCUMENTED_EXAMPLE.id}?type=ON_RAMP`);
    const dialog = await screen.findByRole('dialog', { name: 'On-ramp' });
    expect(within(dialog).getByText('Pending')).toBeInTheDocument();
    expect(within(dialog).getByText(/^Created and waiting to be processed/)).toBeInTheDocument();
    expect(within(dialog).getByText(/The user pays/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/transactions'));
    expect(router.state.location.search).toBe('?type=ON_RAMP');
    expect(await findRowFor(DOCUMENTED_EXAMPLE.id)).toHaveFocus();
  });

  it('steps to the previous and next transaction with buttons and j / k, across a page boundary', async () => {
    const { user, router } = renderApp('/transactions?size=10');
    const rows = FIXTURE_TRANSACTIONS; // newest first, like the table
    await user.click(await findRowFor(rows[8]!.id));
    const dialog = await drawer();
    const previous = within(dialog).getByRole('button', { name: 'Previous transaction' });
    const next = within(dialog).getByRole('button', { name: 'Next transaction' });
    expect(within(dialog).getByText('9 of 60')).toBeInTheDocument();

    await user.click(next);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/transactions/${rows[9]!.id}`));
    expect(await within(dialog).findByText('10 of 60')).toBeInTheDocument();
    await user.keyboard('j'); // past the end of page 1: the table moves to page 2 with it
    await waitFor(() => expect(router.state.location.pathname).toBe(`/transactions/${rows[10]!.id}`));
    expect(router.state.location.search).toBe('?page=2&size=10');
    expect(await within(dialog).findByText('11 of 60')).toBeInTheDocument();
    await user.keyboard('k');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/transactions/${rows[9]!.id}`));
    expect(router.state.location.search).toBe('?size=10');
    expect(await within(dialog).findByText('10 of 60')).toBeInTheDocument();
    await user.click(previous);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/transactions/${rows[8]!.id}`));
    expect(within(dialog).getByText(rows[8]!.id)).toBeInTheDocument();
  });

  it('has no previous transaction before the newest', async () => {
    const { user } = renderApp(`/transactions/${DOCUMENTED_EXAMPLE.id}`);
    const dialog = await drawer();
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Next transaction' })).toBeEnabled(),
    );
    expect(within(dialog).getByRole('button', { name: 'Previous transaction' })).toBeDisabled();
    await user.keyboard('k');
    expect(within(dialog).getByText(DOCUMENTED_EXAMPLE.id)).toBeInTheDocument();
  });

  it('has no neighbours for a linked transaction that is not on the page', async () => {
    const elsewhere = FIXTURE_TRANSACTIONS[45]!;
    renderApp(`/transactions/${elsewhere.id}?size=10`);
    const dialog = await drawer();
    expect(await within(dialog).findByText(elsewhere.id)).toBeInTheDocument();
    await tableSettled();
    expect(within(dialog).getByRole('button', { name: 'Next transaction' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Previous transaction' })).toBeDisabled();
  });

  it('says "not found" for an id the BFF does not know, in the drawer', async () => {
    const unknown = '0b7e1c2a-5d4f-4a3b-9c8d-7e6f5a4b3c2d';
    renderApp(`/transactions/${unknown}`);
    const dialog = await screen.findByRole('dialog', { name: 'Transaction not found' });
    expect(within(dialog).getByText(unknown)).toBeInTheDocument();
    expect(within(dialog).getByText(/exists for this partner/)).toBeInTheDocument();
  });

  it('"Back to transactions" from not found returns to the table with its filters', async () => {
    const { user, router } = renderApp('/transactions/0b7e1c2a-5d4f-4a3b-9c8d-7e6f5a4b3c2d?currency=EUR');
    const dialog = await screen.findByRole('dialog', { name: 'Transaction not found' });
    await user.click(within(dialog).getByRole('button', { name: 'Back to transactions' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/transactions'));
    expect(router.state.location.search).toBe('?currency=EUR');
  });

  it('names the environment in the drawer, which covers the page stripe', async () => {
    renderApp(`/transactions/${DOCUMENTED_EXAMPLE.id}`);
    const dialog = await drawer();
    expect(await within(dialog).findByText('Sandbox')).toHaveAttribute('data-environment', 'sandbox');
  });

  it("treats another partner's transaction as not found", async () => {
    server.use(
      http.get('*/api/transactions/:id', () =>
        apiErrorResponse(403, 'TRANSACTION_ACCESS_DENIED', 'Transaction does not belong to this partner'),
      ),
    );
    renderApp('/transactions/0b7e1c2a-5d4f-4a3b-9c8d-7e6f5a4b3c2d');
    expect(await screen.findByRole('dialog', { name: 'Transaction not found' })).toBeInTheDocument();
  });

  it('says a malformed id is not an id, without asking the server', async () => {
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => void asked.push(new URL(request.url).pathname));
    renderApp('/transactions/not-a-uuid');
    const dialog = await screen.findByRole('dialog', { name: 'Transaction not found' });
    expect(within(dialog).getByText(/is not a transaction id/)).toBeInTheDocument();
    // The page under the drawer may add up its view; nothing asks for the malformed id.
    expect(asked.filter((p) => p.includes('not-a-uuid'))).toEqual([]);
  });

  it('shows other errors with the request id and a retry', async () => {
    server.use(
      http.get('*/api/transactions/:id', () =>
        apiErrorResponse(504, 'UPSTREAM_TIMEOUT', 'Capa did not answer within 10 s.', { requestId: 'req-9' }),
      ),
    );
    renderApp('/transactions/0b7e1c2a-5d4f-4a3b-9c8d-7e6f5a4b3c2d');
    const dialog = await drawer();
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Capa did not answer within 10 s.');
    expect(alert).toHaveTextContent('req-9');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('renders the slots with the transaction: actions under the header, extra sections before the JSON', async () => {
    const actions = vi.fn((tx: { id: string }) => <button type="button">Act on {tx.id.slice(0, 8)}</button>);
    const extraSections = vi.fn(() => (
      <section aria-label="Audit trail">
        <h3>Audit trail</h3>
      </section>
    ));
    renderDrawer(`/transactions/${DOCUMENTED_EXAMPLE.id}`, { actions, extraSections });
    const dialog = await drawer();
    const bar = await within(dialog).findByRole('group', { name: 'Actions' });
    expect(
      within(bar).getByRole('button', { name: `Act on ${DOCUMENTED_EXAMPLE.id.slice(0, 8)}` }),
    ).toBeInTheDocument();
    const headings = within(dialog)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings.slice(-2)).toEqual(['Audit trail', 'Raw JSON']);
    expect(actions).toHaveBeenCalledWith(expect.objectContaining({ id: DOCUMENTED_EXAMPLE.id }), {
      refresh: expect.any(Function),
    });
  });

  it('renders no slot for a transaction that is not found', async () => {
    const actions = vi.fn(() => <button type="button">Act</button>);
    renderDrawer('/transactions/0b7e1c2a-5d4f-4a3b-9c8d-7e6f5a4b3c2d', { actions, extraSections: actions });
    await screen.findByRole('dialog', { name: 'Transaction not found' });
    expect(actions).not.toHaveBeenCalled();
  });
});
