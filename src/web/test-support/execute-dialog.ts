import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import type { Transaction } from '../../contract/capa';
import { canExecute } from '../../contract/execute';
import { FIXTURE_TRANSACTIONS } from '../mocks/fixtures';
import { server } from './msw-server';

export const EXECUTE_URL = '*/api/transactions/:id/execute';

export function fixture(predicate: (tx: Transaction) => boolean): Transaction {
  const tx = FIXTURE_TRANSACTIONS.find(predicate);
  if (!tx) throw new Error('no fixture matches');
  return tx;
}

/** An executable off-ramp on an EVM chain with a verified bank account and an invoice hash. */
export const EVM_OFF_RAMP = fixture(
  (tx) =>
    canExecute(tx) &&
    tx.blockchainSymbol === 'ARB' &&
    tx.bankAccount?.isVerified === true &&
    Boolean(tx.invoice?.transactionHash),
);
export const VALID_EVM_HASH = `0x${'ab'.repeat(32)}`;

/** Every execute request the app sends, with what the BFF would see of it. */
export function recordExecutes() {
  const sent: { key: string | null; body: unknown }[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method !== 'POST' || !request.url.endsWith('/execute')) return;
    const entry: { key: string | null; body: unknown } = {
      key: request.headers.get('idempotency-key'),
      body: null,
    };
    sent.push(entry);
    void request
      .clone()
      .json()
      .then((body: unknown) => (entry.body = body));
  });
  return sent;
}

/** Opens the dialog and goes to the confirm step, optionally with a hash. */
export async function openToReview(user: UserEvent, hash?: string) {
  await user.click(await screen.findByRole('button', { name: 'Execute off-ramp' }));
  const dialog = await screen.findByRole('dialog', { name: 'Execute off-ramp' });
  if (hash) {
    // Agents paste hashes; typing 66 characters one by one only slows the test down.
    await user.click(within(dialog).getByLabelText(/Transaction hash/));
    await user.paste(hash);
  }
  await user.click(within(dialog).getByRole('button', { name: 'Review execute' }));
  expect(within(dialog).getByText(/Step 2 of 2/)).toBeInTheDocument();
  return dialog;
}

export async function confirmExecute(user: UserEvent, dialog: HTMLElement, tx: Transaction) {
  await user.type(within(dialog).getByLabelText(/type the last 4 characters/i), tx.id.slice(-4));
  await user.click(within(dialog).getByRole('button', { name: 'Execute off-ramp' }));
}
