import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { auditStore } from '../../mocks/audit-store';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { AuditTrail } from './audit-trail';

const TX = '5efb1ad2-30ac-455f-985b-73a4b92c888d';
const OTHER_TX = '530f971a-4a53-48e8-bc69-a33c54f42d77';
const HASH = `0x${'cd'.repeat(32)}`;

describe("the drawer's audit trail", () => {
  it('lists every attempt on this transaction, newest first: who, when, hash, outcome, Capa’s answer', async () => {
    auditStore.record({
      transactionId: TX,
      outcome: 'failed',
      agentEmail: 'ana@example.com',
      createdAt: '2025-11-20T09:00:00.000Z',
      transactionHash: HASH,
      upstreamStatus: 400,
      upstreamCode: 'INVALID_USER_INPUT_ERROR',
      upstreamMessage: 'Invalid transaction hash',
    });
    auditStore.record({
      transactionId: TX,
      outcome: 'unknown',
      agentEmail: 'bo@example.com',
      createdAt: '2025-11-20T10:00:00.000Z',
      resolvedAt: '2025-11-20T10:05:00.000Z',
      resolvedBy: 'status PENDING seen at 2025-11-20T10:05:00Z',
    });
    auditStore.record({
      transactionId: TX,
      outcome: 'rejected',
      agentEmail: 'cy@example.com',
      createdAt: '2025-11-20T11:00:00.000Z',
      upstreamCode: 'ALREADY_EXECUTED',
      upstreamMessage: 'This transaction was already executed through Rampdesk.',
    });
    auditStore.record({ transactionId: OTHER_TX, outcome: 'succeeded', agentEmail: 'dee@example.com' });

    renderWithProviders(<AuditTrail transactionId={TX} chain="ARB" />, { as: 'viewer' });
    const list = await screen.findByRole('list', { name: 'Execute attempts (3)' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByText(/@example.com/).textContent)).toEqual([
      'cy@example.com',
      'bo@example.com',
      'ana@example.com',
    ]);
    expect(items[0]).toHaveTextContent('Refused');
    expect(items[0]).toHaveTextContent(
      'Refused by Rampdesk · Already executed · This transaction was already executed',
    );
    expect(within(items[0]!).getByTitle('ALREADY_EXECUTED')).toHaveAttribute('data-raw');
    expect(items[0]).toHaveTextContent('No hash');
    expect(items[1]).toHaveTextContent('Outcome unknown');
    expect(items[1]).toHaveTextContent('No answer from Capa');
    // An entry written before statuses were put in words reads in words all the same.
    expect(items[1]).toHaveTextContent(
      /Resolved11\/20\/2025 \d\d:\d\d\s[AP]M: status Pending seen at 11\/20\/2025/,
    );
    expect(items[1]).not.toHaveTextContent(/PENDING|T10:05/);
    expect(items[2]).toHaveTextContent('Failed');
    expect(items[2]).toHaveTextContent('Capa refused the input · Invalid transaction hash');
    expect(within(items[2]!).getByTitle('HTTP 400 · INVALID_USER_INPUT_ERROR')).toHaveAttribute('data-raw');
    expect(within(items[2]!).getByTitle(HASH)).toHaveTextContent('0xcdcdcdcd…cdcdcd');
    expect(within(items[2]!).getByRole('link', { name: /block explorer/ })).toHaveAttribute(
      'href',
      `https://arbiscan.io/tx/${HASH}`,
    );
    expect(screen.queryByText('dee@example.com')).not.toBeInTheDocument();
    // Viewers read the trail but have no audit log to go to, and are sent no Idempotency-Keys.
    expect(screen.queryByRole('link', { name: 'Open in the audit log' })).not.toBeInTheDocument();
    expect(screen.queryByText('Idempotency key')).not.toBeInTheDocument();
    expect(screen.queryByText(/mock-key-/)).not.toBeInTheDocument();
  });

  it('shows operators each attempt’s Idempotency-Key', async () => {
    const entry = auditStore.record({ transactionId: TX, outcome: 'failed', agentEmail: 'ana@example.com' });
    renderWithProviders(<AuditTrail transactionId={TX} />, { as: 'operator' });
    const list = await screen.findByRole('list', { name: 'Execute attempts (1)' });
    expect(within(list).getByText('Idempotency key')).toBeVisible();
    expect(within(list).getByText(entry.idempotencyKey)).toBeVisible();
  });

  it('says when there is none, and links operators to the audit log', async () => {
    renderWithProviders(<AuditTrail transactionId={TX} />, { as: 'operator' });
    expect(await screen.findByText('No execute attempts through Rampdesk.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open in the audit log' })).toHaveAttribute(
      'href',
      `/audit?tx=${TX}`,
    );
  });
});
