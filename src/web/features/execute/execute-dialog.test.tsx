import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { ApiListResponse } from '../../../contract/api';
import { formatRate } from '../../lib/amount-format';
import { transactionQueries } from '../../lib/transaction-queries';
import { auditStore } from '../../mocks/audit-store';
import {
  confirmExecute,
  EVM_OFF_RAMP,
  EXECUTE_URL,
  fixture,
  openToReview,
  recordExecutes,
  VALID_EVM_HASH,
} from '../../test-support/execute-dialog';
import { server } from '../../test-support/msw-server';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { ExecuteAction } from './execute-action';

const tx = EVM_OFF_RAMP;

describe('execute dialog', () => {
  it('summarises the payout with the bank account masked, and asks before it executes', async () => {
    const { user } = renderWithProviders(<ExecuteAction tx={tx} />);
    await user.click(await screen.findByRole('button', { name: 'Execute off-ramp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Execute off-ramp' });
    expect(dialog).toHaveTextContent(tx.userId);
    expect(dialog).toHaveTextContent(`${String(tx.cryptoAmount)} ${tx.tokenSymbol} on Arbitrum`);
    expect(dialog).toHaveTextContent(`${String(tx.fiatAmount)} ${tx.fiatCurrency}`);
    const account = tx.bankAccount!.accountIdentifier!;
    expect(dialog).toHaveTextContent(`${tx.bankAccount!.bankName} •••• ${account.slice(-4)}`);
    expect(dialog).not.toHaveTextContent(account);
    expect(dialog).toHaveTextContent(tx.destinationWalletAddress!);
    // Step 1 already names the transaction (short, whole on hover and copy) and its rate.
    expect(within(dialog).getByTitle(tx.id)).toHaveTextContent(`${tx.id.slice(0, 8)}…`);
    await user.click(within(dialog).getByRole('button', { name: 'Copy transaction id' }));
    expect(await navigator.clipboard.readText()).toBe(tx.id);
    // Readable, with its unit; the exact rate is the hover text.
    expect(dialog).toHaveTextContent(
      `Exchange rate${formatRate(tx.exchangeRate)} ${tx.fiatCurrency}/${tx.tokenSymbol}`,
    );
    expect(
      within(dialog).getByTitle(`1 ${tx.tokenSymbol} = ${String(tx.exchangeRate)} ${tx.fiatCurrency}`),
    ).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: 'Review execute' }));
    expect(dialog).toHaveTextContent('Step 2 of 2');
    expect(dialog).toHaveTextContent('Without a transaction hash.');
    const confirm = within(dialog).getByRole('button', { name: 'Execute off-ramp' });
    expect(confirm).toBeDisabled();
    const code = within(dialog).getByLabelText(/type the last 4 characters/i);
    await user.type(code, 'zzzz');
    expect(confirm).toBeDisabled();
    await user.clear(code);
    await user.type(code, tx.id.slice(-4).toUpperCase());
    expect(confirm).toBeEnabled();
  });

  it('executes without a hash: one request with a key, a toast, the new status in the caches', async () => {
    const sent = recordExecutes();
    let executed = 0;
    const { user, queryClient } = renderWithProviders(
      <ExecuteAction tx={tx} onExecuted={() => (executed += 1)} />,
    );
    queryClient.setQueryData(transactionQueries.detail(tx.id).queryKey, tx);
    const page: ApiListResponse = { total: 1, skip: 0, limit: 20, items: [tx], annotations: {} };
    queryClient.setQueryData(transactionQueries.list({}).queryKey, page);

    const dialog = await openToReview(user);
    await confirmExecute(user, dialog, tx);

    expect(await screen.findByText('Off-ramp executed')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(executed).toBe(1);
    expect(sent[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[0]!.body).toEqual({});
    expect(queryClient.getQueryData(transactionQueries.detail(tx.id).queryKey)).toMatchObject({
      status: 'PENDING',
    });
    expect(
      queryClient.getQueryData<ApiListResponse>(transactionQueries.list({}).queryKey)?.items[0]?.status,
    ).toBe('PENDING');
    // The trail now says who executed it, instead of offering the button again.
    expect(await screen.findByText(/Executed by operator@sandbox.rampdesk.test at/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Execute off-ramp' })).not.toBeInTheDocument();
  });

  it('leaves a copy that already moved on alone (a replayed answer says PENDING)', async () => {
    const { user, queryClient } = renderWithProviders(<ExecuteAction tx={tx} />);
    queryClient.setQueryData(transactionQueries.detail(tx.id).queryKey, { ...tx, status: 'COMPLETED' });
    const dialog = await openToReview(user);
    await confirmExecute(user, dialog, tx);
    expect(await screen.findByText('Off-ramp executed')).toBeInTheDocument();
    expect(queryClient.getQueryData(transactionQueries.detail(tx.id).queryKey)).toMatchObject({
      status: 'COMPLETED',
    });
  });

  it('executes with a hash checked on the explorer first', async () => {
    const sent = recordExecutes();
    const { user } = renderWithProviders(<ExecuteAction tx={tx} />);
    await user.click(await screen.findByRole('button', { name: 'Execute off-ramp' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText(/Transaction hash/));
    await user.paste(VALID_EVM_HASH);
    const link = within(dialog).getByRole('link', { name: /Check this hash on arbiscan.io/ });
    expect(link).toHaveAttribute('href', `https://arbiscan.io/tx/${VALID_EVM_HASH}`);
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await user.click(within(dialog).getByRole('button', { name: 'Review execute' }));
    expect(dialog).toHaveTextContent(`With transaction hash ${VALID_EVM_HASH}`);
    await confirmExecute(user, dialog, tx);
    expect(await screen.findByText('Off-ramp executed')).toBeInTheDocument();
    expect(sent.map((s) => s.body)).toEqual([{ transactionHash: VALID_EVM_HASH }]);
  });

  it("offers the invoice's hash", async () => {
    const { user } = renderWithProviders(<ExecuteAction tx={tx} />);
    await user.click(await screen.findByRole('button', { name: 'Execute off-ramp' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /Use the invoice’s hash/ }));
    expect(within(dialog).getByLabelText(/Transaction hash/)).toHaveValue(tx.invoice!.transactionHash);
  });

  it('stops a hash that is wrong for the chain inline, as the agent types', async () => {
    const sent = recordExecutes();
    const { user } = renderWithProviders(<ExecuteAction tx={tx} />);
    await user.click(await screen.findByRole('button', { name: 'Execute off-ramp' }));
    const dialog = await screen.findByRole('dialog');
    const field = within(dialog).getByLabelText(/Transaction hash/);
    expect(field).toHaveAccessibleDescription(/On Arbitrum: 0x followed by 64 hexadecimal digits/);

    // On its way to a valid hash: no error while typing, one when the agent tries to go on.
    await user.type(field, '0x12ab');
    expect(field).not.toHaveAttribute('aria-invalid');
    await user.click(within(dialog).getByRole('button', { name: 'Review execute' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      /Not a valid Arbitrum transaction hash: expected 0x followed by 64/,
    );
    expect(dialog).toHaveTextContent('Step 1 of 2');
    expect(field).toHaveFocus();

    // Something that can never become one is flagged at once.
    await user.clear(field);
    await user.type(field, 'hello');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).queryByRole('link', { name: /Check this hash/ })).not.toBeInTheDocument();
    expect(sent).toHaveLength(0);
  });

  it('validates a Solana signature by its own rule', async () => {
    const sol = fixture(
      (t) =>
        t.type === 'OFF_RAMP' && t.blockchainSymbol === 'SOL' && t.status === 'COMPLETED_CRYPTO_RECEIVAL',
    );
    const { user } = renderWithProviders(<ExecuteAction tx={sol} />);
    await user.click(await screen.findByRole('button', { name: 'Execute off-ramp' }));
    const field = within(await screen.findByRole('dialog')).getByLabelText(/Transaction hash/);
    expect(field).toHaveAccessibleDescription(/base58 signature of 87 or 88 characters/);
    await user.click(field);
    await user.paste(VALID_EVM_HASH);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field);
    await user.paste(sol.invoice!.transactionHash!);
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('link', { name: /solscan.io/ })).toBeInTheDocument();
  });

  it('sends nothing when cancelled, closed with Escape, or gone back from', async () => {
    const sent = recordExecutes();
    const { user } = renderWithProviders(<ExecuteAction tx={tx} />);
    let dialog = await openToReview(user);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Execute off-ramp' })).toHaveFocus();

    dialog = await openToReview(user);
    await user.type(within(dialog).getByLabelText(/type the last 4/i), tx.id.slice(-4));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    dialog = await openToReview(user, VALID_EVM_HASH);
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    expect(within(dialog).getByLabelText(/Transaction hash/)).toHaveValue(VALID_EVM_HASH);
    await user.click(within(dialog).getByRole('button', { name: 'Close dialog' }));
    expect(sent).toHaveLength(0);
    expect(auditStore.forTransaction(tx.id).items).toHaveLength(0);
  });

  it('sends one request for a double click, and disables the form while it is out', async () => {
    const sent = recordExecutes();
    // The answer waits for the test, however slow the machine: the checks below need it out.
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.post(EXECUTE_URL, async () => {
        await answered;
        return HttpResponse.json({ id: tx.id, status: 'PENDING' });
      }),
    );
    const { user } = renderWithProviders(<ExecuteAction tx={tx} />);
    const dialog = await openToReview(user);
    await user.type(within(dialog).getByLabelText(/type the last 4/i), tx.id.slice(-4));
    await user.dblClick(within(dialog).getByRole('button', { name: 'Execute off-ramp' }));
    expect(within(dialog).getByRole('button', { name: 'Executing…' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled();
    expect(within(dialog).getByLabelText(/type the last 4/i)).toBeDisabled();
    expect(within(dialog).queryByRole('button', { name: 'Close dialog' })).not.toBeInTheDocument();
    // Escape while the request is out would hide its answer.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    answer();
    expect(await screen.findByText('Off-ramp executed')).toBeInTheDocument();
    expect(sent).toHaveLength(1);
  });

  it('retries a lost answer with the same Idempotency-Key', async () => {
    const sent = recordExecutes();
    let calls = 0;
    server.use(
      http.post(EXECUTE_URL, () => {
        calls += 1;
        return calls === 1 ? HttpResponse.error() : undefined;
      }),
    );
    const { user } = renderWithProviders(<ExecuteAction tx={tx} />);
    const dialog = await openToReview(user);
    await confirmExecute(user, dialog, tx);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('No answer from Rampdesk’s server');
    expect(alert).toHaveTextContent('Do not start another execute of this transaction');
    // The same request or nothing: the hash can no longer be changed.
    expect(within(dialog).queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Off-ramp executed')).toBeInTheDocument();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.key).toBe(sent[0]!.key);
  });

  it('opens each dialog with a new key: a new intent', async () => {
    const sent = recordExecutes();
    server.use(http.post(EXECUTE_URL, () => HttpResponse.error()));
    const { user } = renderWithProviders(<ExecuteAction tx={tx} />);
    let dialog = await openToReview(user);
    await confirmExecute(user, dialog, tx);
    await within(dialog).findByRole('alert');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    dialog = await openToReview(user);
    await confirmExecute(user, dialog, tx);
    await within(dialog).findByRole('alert');
    expect(sent).toHaveLength(2);
    expect(sent[1]!.key).not.toBe(sent[0]!.key);
  });
});

describe('execute errors in the dialog', () => {
  it('sends a hash Capa refused back to the hash field', async () => {
    server.use(
      http.post(EXECUTE_URL, () =>
        HttpResponse.json(
          {
            error: {
              code: 'INVALID_TRANSACTION_HASH',
              message: 'Capa did not accept the hash.',
              requestId: 'r1',
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = renderWithProviders(<ExecuteAction tx={tx} />);
    const dialog = await openToReview(user, VALID_EVM_HASH);
    await confirmExecute(user, dialog, tx);
    await waitFor(() => expect(dialog).toHaveTextContent('Step 1 of 2'));
    const field = within(dialog).getByLabelText(/Transaction hash/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/on this transaction’s chain, in the block explorer/);
    // Editing the hash clears Capa's verdict on the old one.
    await user.type(field, '{Backspace}0');
    expect(field).not.toHaveAttribute('aria-invalid');
  });
});
