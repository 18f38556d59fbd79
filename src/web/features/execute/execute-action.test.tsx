import { screen } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { canExecute } from '../../../contract/execute';
import { apiErrorResponse } from '../../mocks/api-responses';
import { auditStore } from '../../mocks/audit-store';
import { DOCUMENTED_EXAMPLE } from '../../mocks/documented-example';
import { EVM_OFF_RAMP, fixture } from '../../test-support/execute-dialog';
import { server } from '../../test-support/msw-server';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { ExecuteAction } from './execute-action';

const tx = EVM_OFF_RAMP;
const BUTTON = { name: 'Execute off-ramp' } as const;

describe('who is offered Execute, and why not', () => {
  it('offers operators and admins the button on an executable off-ramp', async () => {
    renderWithProviders(<ExecuteAction tx={tx} />, { as: 'operator' });
    expect(await screen.findByRole('button', BUTTON)).toBeEnabled();
  });

  it('offers admins the button too', async () => {
    renderWithProviders(<ExecuteAction tx={tx} />, { as: 'admin' });
    expect(await screen.findByRole('button', BUTTON)).toBeInTheDocument();
  });

  it('tells a viewer which role executes, instead of a button', async () => {
    renderWithProviders(<ExecuteAction tx={tx} />, { as: 'viewer' });
    expect(
      await screen.findByText('You need the operator role to execute off-ramps. Ask an admin.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', BUTTON)).not.toBeInTheDocument();
  });

  it('says an on-ramp is not executable', async () => {
    renderWithProviders(<ExecuteAction tx={DOCUMENTED_EXAMPLE} />, { as: 'admin' });
    expect(await screen.findByText('Only off-ramp transactions can be executed.')).toBeVisible();
    expect(screen.queryByRole('button', BUTTON)).not.toBeInTheDocument();
  });

  it('says an off-ramp in a later status is not executable', async () => {
    const done = fixture((t) => t.type === 'OFF_RAMP' && t.status === 'COMPLETED');
    renderWithProviders(<ExecuteAction tx={done} />, { as: 'operator' });
    expect(await screen.findByText('A transaction in status “Completed” cannot be executed.')).toBeVisible();
    expect(screen.queryByRole('button', BUTTON)).not.toBeInTheDocument();
  });

  it('says who executed it and when, even though the status still allows it (E6)', async () => {
    expect(canExecute(tx)).toBe(true);
    auditStore.record({
      transactionId: tx.id,
      outcome: 'succeeded',
      agentEmail: 'ana@example.com',
      createdAt: '2025-11-20T10:00:00.000Z',
      upstreamStatus: 200,
    });
    renderWithProviders(<ExecuteAction tx={tx} />, { as: 'operator' });
    const note = await screen.findByText(/Executed by ana@example.com at/);
    expect(note).toHaveTextContent('2025-11-20 10:00:00 UTC');
    expect(screen.getByText(/does not execute it again/)).toBeVisible();
    expect(screen.queryByRole('button', BUTTON)).not.toBeInTheDocument();
  });

  it('says an execute is in progress', async () => {
    auditStore.record({ transactionId: tx.id, outcome: 'pending', agentEmail: 'ana@example.com' });
    renderWithProviders(<ExecuteAction tx={tx} />, { as: 'operator' });
    expect(await screen.findByText(/Execute in progress: started by ana@example.com/)).toBeVisible();
    expect(screen.queryByRole('button', BUTTON)).not.toBeInTheDocument();
  });

  it('says an outcome is unknown and not to execute again', async () => {
    auditStore.record({ transactionId: tx.id, outcome: 'unknown', agentEmail: 'ana@example.com' });
    renderWithProviders(<ExecuteAction tx={tx} />, { as: 'viewer' });
    expect(await screen.findByText(/Outcome unknown: the execute by ana@example.com/)).toBeVisible();
    expect(screen.getByText(/Do not execute it again/)).toBeVisible();
  });

  it('offers no button when the trail cannot be read, and a way to check again', async () => {
    server.use(
      http.get('*/api/transactions/:id/audit', () =>
        apiErrorResponse(502, 'INTERNAL_ERROR', 'The audit log could not be read.'),
      ),
    );
    const { user } = renderWithProviders(<ExecuteAction tx={tx} />, { as: 'operator' });
    expect(
      await screen.findByText(/could not check whether this transaction was already executed/),
    ).toBeVisible();
    expect(screen.queryByRole('button', BUTTON)).not.toBeInTheDocument();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByRole('button', BUTTON)).toBeInTheDocument();
  });
});
