import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import type { Transaction } from '../../../../contract/capa';
import { formatExact, formatFiat } from '../../../lib/amount-format';
import { DOCUMENTED_EXAMPLE } from '../../../mocks/documented-example';
import { FIXTURE_TRANSACTIONS } from '../../../mocks/fixtures';
import { server } from '../../../test-support/msw-server';
import { renderApp } from '../../../test-support/render-app';

afterEach(() => server.events.removeAllListeners());

const find = (predicate: (tx: Transaction) => boolean) => {
  const tx = FIXTURE_TRANSACTIONS.find(predicate);
  if (!tx) throw new Error('no fixture matches');
  return tx;
};

/** A transaction only the detail endpoint knows (so no table row pre-fills the drawer). */
const LONE_ID = '6a1f0c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b';
function serveLone(tx: Record<string, unknown>) {
  server.use(http.get(`*/api/transactions/${LONE_ID}`, () => HttpResponse.json({ ...tx, id: LONE_ID })));
}

async function open(id: string) {
  const view = renderApp(`/transactions/${id}`);
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findByText(id);
  return { ...view, dialog };
}

const section = (dialog: HTMLElement, name: string) => within(dialog).getByRole('region', { name });
const field = (scope: HTMLElement, label: string) => {
  const term = within(scope).getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
};

describe('drawer sections', () => {
  it("on-ramp: Capa's documented example, string amounts exactly as given, number fiat", async () => {
    const { dialog } = await open(DOCUMENTED_EXAMPLE.id);
    expect(within(dialog).getByRole('heading', { level: 2, name: 'On-ramp' })).toBeInTheDocument();
    const amounts = section(dialog, 'Amounts');
    expect(field(amounts, 'Fiat')).toHaveTextContent(/^12\.00 DOP$/);
    expect(field(amounts, 'Crypto')).toHaveTextContent('0.197576 USDC');
    expect(field(amounts, 'Crypto')).toHaveTextContent('on Optimism (OP)');
    // Readable, with its unit; the exact rate on hover and to copy.
    const rate = field(amounts, 'Exchange rate');
    expect(rate).toHaveTextContent(/^60\.736 DOP\/USDCExact: 60\.73613361949396$/);
    expect(within(rate).getByTitle('1 USDC = 60.73613361949396 DOP')).toHaveTextContent('60.736 DOP/USDC');
    expect(within(rate).getByRole('button', { name: 'Copy exact exchange rate' })).toBeInTheDocument();
    // Capa's 0.02 of 12 DOP: a percentage, and what it cost in fiat.
    expect(field(amounts, 'Premium spread')).toHaveTextContent(/^2%≈ 0\.24 DOP of the fiat amount$/);
    expect(within(field(amounts, 'Premium spread')).getByTitle('As Capa sent it: 0.02')).toBeInTheDocument();
    expect(within(amounts).queryByLabelText('Source to target')).not.toBeInTheDocument();

    const crypto = section(dialog, 'Crypto');
    const wallet = within(crypto).getByRole('link', { name: 'Wallet on the Optimism explorer' });
    expect(wallet).toHaveAttribute(
      'href',
      `https://optimistic.etherscan.io/address/${DOCUMENTED_EXAMPLE.destinationWalletAddress}`,
    );
    expect(wallet).toHaveAttribute('target', '_blank');
    expect(wallet).toHaveAttribute('rel', 'noopener noreferrer');
    expect(field(crypto, 'Invoice transaction hash')).toHaveTextContent('No hash yet');
    expect(within(crypto).queryByText('Payment URL')).not.toBeInTheDocument();
  });

  it('on-ramp with a hash and a payment page: explorer link and a safe new-tab link', async () => {
    const tx = find((t) => t.type === 'ON_RAMP' && !!t.invoice?.paymentUrl && !!t.invoice.transactionHash);
    const { dialog } = await open(tx.id);
    const crypto = section(dialog, 'Crypto');
    expect(within(crypto).getByText(tx.invoice!.transactionHash!)).toHaveAttribute(
      'title',
      tx.invoice!.transactionHash,
    );
    expect(within(crypto).getByRole('link', { name: /^Hash on the .+ explorer$/ })).toHaveAttribute(
      'href',
      expect.stringMatching(new RegExp(`/tx/${tx.invoice!.transactionHash}$`)),
    );
    const payment = within(crypto).getByRole('link', { name: tx.invoice!.paymentUrl! });
    expect(payment).toHaveAttribute('href', tx.invoice!.paymentUrl);
    expect(payment).toHaveAttribute('target', '_blank');
    expect(payment).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('off-ramp with number amounts shows them as numbers, never in exponent form', async () => {
    const tx = find(
      (t) => t.type === 'OFF_RAMP' && typeof t.fiatAmount === 'number' && typeof t.cryptoAmount === 'number',
    );
    const { dialog, unmount } = await open(tx.id);
    expect(within(dialog).getByRole('heading', { level: 2, name: 'Off-ramp' })).toBeInTheDocument();
    const amounts = section(dialog, 'Amounts');
    expect(field(amounts, 'Fiat')).toHaveTextContent(
      `${formatFiat(tx.fiatAmount, tx.fiatCurrency)} ${tx.fiatCurrency}`,
    );
    expect(field(amounts, 'Crypto')).toHaveTextContent(`${formatExact(tx.cryptoAmount)} ${tx.tokenSymbol}`);
    unmount();

    serveLone({ ...tx, fiatAmount: 1e21, cryptoAmount: 1e-7, exchangeRate: '0.000000100', premiumSpread: 0 });
    const lone = await open(LONE_ID);
    const loneAmounts = section(lone.dialog, 'Amounts');
    expect(field(loneAmounts, 'Fiat')).toHaveTextContent(
      `1,000,000,000,000,000,000,000.00 ${tx.fiatCurrency}`,
    );
    expect(field(loneAmounts, 'Crypto')).toHaveTextContent(`0.0000001 ${tx.tokenSymbol}`);
    expect(field(loneAmounts, 'Exchange rate')).toHaveTextContent(/^0\.0000001 .*Exact: 0\.000000100$/);
    expect(field(loneAmounts, 'Premium spread')).toHaveTextContent(/^0%≈ 0\.00 /);
  });

  it('cross-ramp: source → target amounts and both bank accounts', async () => {
    const tx = find((t) => t.type === 'CROSS_RAMP' && t.targetBankAccount?.country === 'MX');
    const { dialog } = await open(tx.id);
    const line = within(dialog).getByLabelText('Source to target');
    expect(line).toHaveTextContent(
      `${formatFiat(tx.sourceAmount, tx.sourceCurrency)} ${tx.sourceCurrency}${formatFiat(tx.targetAmount, tx.targetCurrency)} ${tx.targetCurrency}`,
    );
    const banks = section(dialog, 'Bank accounts');
    const source = within(banks).getByRole('group', { name: 'Source bank account' });
    const target = within(banks).getByRole('group', { name: 'Target bank account' });
    expect(source).toHaveTextContent(tx.sourceBankAccount!.bankName!);
    expect(within(target).getByText('CLABE')).toBeInTheDocument();
    // bankAccount repeats the source account on a cross-ramp: not shown twice.
    expect(within(banks).queryByRole('group', { name: 'Bank account' })).not.toBeInTheDocument();
  });

  it('a cross-ramp without its accounts says each is missing', async () => {
    serveLone({
      ...find((t) => t.type === 'CROSS_RAMP'),
      sourceBankAccount: null,
      targetBankAccount: undefined,
      bankAccount: null,
    });
    const { dialog } = await open(LONE_ID);
    const banks = section(dialog, 'Bank accounts');
    for (const name of ['Source bank account', 'Target bank account']) {
      expect(within(banks).getByRole('group', { name })).toHaveTextContent(
        'No bank account on this transaction.',
      );
    }
  });

  it.each([
    ['MX', 'CLABE', 'RFC'],
    ['DO', 'Account number', 'Cédula'],
    ['US', 'Account number', 'SSN'],
  ])(
    '%s bank account: identifiers masked, revealed on request, copied whole',
    async (country, idName, docName) => {
      const tx = find((t) => t.bankAccount?.country === country || t.targetBankAccount?.country === country);
      const account = tx.bankAccount?.country === country ? tx.bankAccount : tx.targetBankAccount!;
      const { dialog, user } = await open(tx.id);
      const card = within(dialog)
        .getAllByRole('group')
        .find((g) => g.textContent?.includes(account.bankName!))!;
      const identifier = field(card, idName);
      expect(identifier).not.toHaveTextContent(account.accountIdentifier!);
      expect(identifier).toHaveTextContent(account.accountIdentifier!.slice(-4));

      await user.click(within(card).getByRole('button', { name: `Copy ${idName}` }));
      expect(await navigator.clipboard.readText()).toBe(account.accountIdentifier);
      expect(identifier).not.toHaveTextContent(account.accountIdentifier!); // copying did not reveal

      const reveal = within(card).getByRole('button', { name: `Show ${idName}` });
      await user.click(reveal);
      expect(reveal).toHaveAttribute('aria-pressed', 'true');
      expect(identifier).toHaveTextContent(account.accountIdentifier!);
      expect(within(card).getByText(`Document (${docName})`)).toBeInTheDocument();
      if (account.routingNumber)
        expect(field(card, 'Routing number')).toHaveTextContent(account.routingNumber);
      expect(card).toHaveTextContent(account.isVerified ? 'Verified' : 'Not verified');
      expect(within(card).queryByText('IBAN')).not.toBeInTheDocument();
    },
  );

  it('EUR bank account: IBAN masked with copy, BIC shown, no account number or routing', async () => {
    const tx = find((t) => t.type !== 'CROSS_RAMP' && !!t.bankAccount?.iban);
    const account = tx.bankAccount!;
    const { dialog, user } = await open(tx.id);
    const card = within(dialog).getByRole('group', { name: 'Bank account' });
    expect(field(card, 'IBAN')).not.toHaveTextContent(account.iban!);
    await user.click(within(card).getByRole('button', { name: 'Copy IBAN' }));
    expect(await navigator.clipboard.readText()).toBe(account.iban);
    expect(field(card, 'BIC')).toHaveTextContent(account.bic!);
    expect(within(card).queryByText('Account number')).not.toBeInTheDocument();
    expect(within(card).queryByText('Routing number')).not.toBeInTheDocument();
  });

  it('missing fields are left out or said plainly, never a crash', async () => {
    serveLone({
      userId: 'd3127f5f-ff64-47f9-a9cc-ff603862eca6',
      status: 'SOMETHING_NEW',
      type: 'OFF_RAMP',
      createdAt: '2025-11-20T15:42:00.000Z',
      surprise: { nested: true },
    });
    const { dialog } = await open(LONE_ID);
    expect(within(dialog).getByText('SOMETHING_NEW')).toBeInTheDocument();
    expect(within(dialog).getByText(/A status Rampdesk does not know yet/)).toBeInTheDocument();
    expect(field(dialog, 'Completed')).toHaveTextContent('Not yet');
    const amounts = section(dialog, 'Amounts');
    expect(field(amounts, 'Fiat')).toHaveTextContent('—');
    expect(field(amounts, 'Exchange rate')).toHaveTextContent(/^—$/);
    expect(section(dialog, 'Bank account')).toHaveTextContent('No bank account on this transaction.');
    expect(field(section(dialog, 'Crypto'), 'Destination wallet')).toHaveTextContent('Not given');
    expect(within(dialog).queryByRole('region', { name: 'OTC forwarding' })).not.toBeInTheDocument();
    expect(within(dialog).queryByLabelText('Source to target')).not.toBeInTheDocument();
  });

  it('a payment URL that is not http(s) is shown, not linked; a bad wallet or hash gets no explorer link', async () => {
    serveLone({
      ...DOCUMENTED_EXAMPLE,
      destinationWalletAddress: 'not-a-wallet',
      invoice: { transactionHash: '0x1234', paymentUrl: 'javascript:alert(1)' },
    });
    const { dialog } = await open(LONE_ID);
    const crypto = section(dialog, 'Crypto');
    expect(within(crypto).queryByRole('link')).not.toBeInTheDocument();
    expect(within(crypto).getByText('javascript:alert(1)')).toBeInTheDocument();
    expect(within(crypto).getByText('Not a web link, so it is not opened from here.')).toBeInTheDocument();
    expect(within(crypto).getByText(/not an address on Optimism/)).toBeInTheDocument();
    expect(
      within(crypto).getByText(/a hash on Optimism is 0x followed by 64 hexadecimal digits/),
    ).toBeInTheDocument();
  });

  it('cancelled: the reason in words with a next step, the code on copy; OTC forwarding fields', async () => {
    const cancelled = find((t) => t.cancellationReason === 'NAME_VERIFICATION_FAILED');
    const first = await open(cancelled.id);
    expect(within(first.dialog).getByText('Cancelled')).toBeInTheDocument();
    expect(
      within(first.dialog).getByText(
        /The name on the bank account does not match the user's verified name\./,
      ),
    ).toBeVisible();
    expect(within(first.dialog).getByText(/Ask the user for an account in their own name/)).toBeVisible();
    const rawOutsideJson = within(first.dialog)
      .queryAllByText(/NAME_VERIFICATION_FAILED/)
      .filter((el) => !el.closest('[data-raw]'));
    expect(rawOutsideJson).toEqual([]);
    await first.user.click(
      within(first.dialog).getByRole('button', { name: 'Copy the cancellation reason as Capa sent it' }),
    );
    expect(await navigator.clipboard.readText()).toBe('NAME_VERIFICATION_FAILED');
    expect(within(first.dialog).getByText('Final status · no more updates')).toBeInTheDocument();
    first.unmount();

    const otc = find((t) => t.forwardingDays != null);
    const { dialog } = await open(otc.id);
    const forwarding = section(dialog, 'OTC forwarding');
    expect(field(forwarding, 'Forwarding')).toHaveTextContent('1 day');
    expect(field(forwarding, 'Settlement date')).toHaveTextContent(otc.forwardingSettlementDate!);
  });

  it('raw JSON: collapsed, with everything Capa sent (unknown fields too) on copy', async () => {
    serveLone({ ...DOCUMENTED_EXAMPLE, partnerNote: 'kept' });
    const { dialog, user } = await open(LONE_ID);
    const raw = section(dialog, 'Raw JSON');
    expect(raw.querySelector('details')).not.toHaveAttribute('open');
    await user.click(within(raw).getByRole('button', { name: 'Copy raw JSON' }));
    const copied = JSON.parse(await navigator.clipboard.readText());
    expect(copied).toMatchObject({
      id: LONE_ID,
      partnerNote: 'kept',
      cryptoAmount: '0.197576',
      fiatAmount: 12,
    });
    await user.click(within(raw).getByText('Show the transaction as Capa sent it'));
    expect(raw.querySelector('details')).toHaveAttribute('open');
  });

  it('copies the transaction id from the header', async () => {
    const { dialog, user } = await open(DOCUMENTED_EXAMPLE.id);
    await user.click(within(dialog).getByRole('button', { name: 'Copy transaction id' }));
    expect(await navigator.clipboard.readText()).toBe(DOCUMENTED_EXAMPLE.id);
  });

  it('shows created and completed times in local time and UTC', async () => {
    const tx = find((t) => t.status === 'COMPLETED' && !!t.completedAt);
    const { dialog } = await open(tx.id);
    const utc = (iso: string) => `${iso.slice(0, 19).replace('T', ' ')} UTC`;
    expect(field(dialog, 'Created')).toHaveTextContent(utc(tx.createdAt));
    expect(field(dialog, 'Completed')).toHaveTextContent(utc(tx.completedAt!));
    expect(within(field(dialog, 'Created')).getByRole('time')).toHaveAttribute('dateTime', tx.createdAt);
  });
});

describe('live drawer', () => {
  it('re-reads a transaction that can still change, and its row under the drawer follows', async () => {
    const tx = DOCUMENTED_EXAMPLE; // PENDING, the first row
    let reads = 0;
    server.use(
      http.get(`*/api/transactions/${tx.id}`, () => {
        reads += 1;
        return HttpResponse.json(reads < 2 ? tx : { ...tx, status: 'IN_PROGRESS' });
      }),
    );
    renderApp(`/transactions/${tx.id}`);
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('Pending')).toBeInTheDocument();
    expect(within(dialog).getByText(/^Live · updated/)).toBeInTheDocument();
    expect(await within(dialog).findByText('In progress')).toBeInTheDocument();
    const row = screen
      .getAllByRole('row', { hidden: true })
      .find((r) => r.querySelector(`a[aria-label="Transaction ${tx.id}"]`))!;
    await waitFor(() => expect(row).toHaveTextContent('In progress'));
  });
});
