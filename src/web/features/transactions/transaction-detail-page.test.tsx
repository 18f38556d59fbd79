import { screen } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiErrorResponse } from '../../mocks/api-responses';
import { DOCUMENTED_EXAMPLE } from '../../mocks/documented-example';
import { FIXTURE_TRANSACTIONS } from '../../mocks/fixtures';
import { renderApp } from '../../test/render-app';
import { server } from '../../test/server';

describe('transaction page', () => {
  it("shows the transaction's basic fields, amounts exactly as given", async () => {
    renderApp(`/transactions/${DOCUMENTED_EXAMPLE.id}`);
    expect(await screen.findByRole('heading', { name: 'On-ramp' })).toBeInTheDocument();
    expect(screen.getByText(DOCUMENTED_EXAMPLE.id)).toBeInTheDocument();
    expect(screen.getByText('Pending')).toBeInTheDocument();
    expect(screen.getByText(/^Created and waiting to be processed/)).toBeInTheDocument();
    expect(screen.getByText('0.197576')).toBeInTheDocument();
    expect(screen.getByText('60.73613361949396')).toBeInTheDocument();
    expect(screen.getByText('on Optimism')).toBeInTheDocument();
    expect(screen.getByText(DOCUMENTED_EXAMPLE.destinationWalletAddress!)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All transactions' })).toHaveAttribute('href', '/transactions');
  });

  it('shows a cancelled transaction with its reason', async () => {
    const cancelled = FIXTURE_TRANSACTIONS.find(
      (tx) => tx.cancellationReason === 'NAME_VERIFICATION_FAILED',
    )!;
    renderApp(`/transactions/${cancelled.id}`);
    expect(await screen.findByText('NAME_VERIFICATION_FAILED')).toBeInTheDocument();
    expect(screen.getByText('Cancelled')).toBeInTheDocument();
  });

  it('says "not found" for an id the BFF does not know', async () => {
    const unknown = '0b7e1c2a-5d4f-4a3b-9c8d-7e6f5a4b3c2d';
    renderApp(`/transactions/${unknown}`);
    expect(await screen.findByRole('heading', { name: 'Transaction not found' })).toBeInTheDocument();
    expect(screen.getByText(unknown)).toBeInTheDocument();
  });

  it("treats another partner's transaction as not found", async () => {
    server.use(
      http.get('*/api/transactions/:id', () =>
        apiErrorResponse(403, 'TRANSACTION_ACCESS_DENIED', 'Transaction does not belong to this partner'),
      ),
    );
    renderApp(`/transactions/${DOCUMENTED_EXAMPLE.id}`);
    expect(await screen.findByRole('heading', { name: 'Transaction not found' })).toBeInTheDocument();
  });

  it('says a malformed id is not an id, without asking the server', async () => {
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => void asked.push(new URL(request.url).pathname));
    renderApp('/transactions/not-a-uuid');
    expect(await screen.findByRole('heading', { name: 'Transaction not found' })).toBeInTheDocument();
    expect(screen.getByText(/is not a transaction id/)).toBeInTheDocument();
    expect(asked.filter((p) => p.startsWith('/api/transactions'))).toEqual([]);
    server.events.removeAllListeners();
  });

  it('shows other errors with a retry', async () => {
    server.use(
      http.get('*/api/transactions/:id', () =>
        apiErrorResponse(504, 'UPSTREAM_TIMEOUT', 'Capa did not answer within 10 s.', { requestId: 'req-9' }),
      ),
    );
    renderApp(`/transactions/${DOCUMENTED_EXAMPLE.id}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Capa did not answer within 10 s.');
    expect(alert).toHaveTextContent('req-9');
  });
});
