/** The drawer's bank account cards by country: identifiers masked, revealed on request, copied whole. */
import { within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatFiat } from '../../../lib/amount-format';
import {
  field,
  fixtureWhere,
  LONE_ID,
  openDrawer,
  section,
  serveLone,
} from '../../../test-support/drawer-sections';
import { server } from '../../../test-support/msw-server';

afterEach(() => server.events.removeAllListeners());

describe('drawer bank account cards', () => {
  it('cross-ramp: source → target amounts and both bank accounts', async () => {
    const tx = fixtureWhere((t) => t.type === 'CROSS_RAMP' && t.targetBankAccount?.country === 'MX');
    const { dialog } = await openDrawer(tx.id);
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
      ...fixtureWhere((t) => t.type === 'CROSS_RAMP'),
      sourceBankAccount: null,
      targetBankAccount: undefined,
      bankAccount: null,
    });
    const { dialog } = await openDrawer(LONE_ID);
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
      const tx = fixtureWhere(
        (t) => t.bankAccount?.country === country || t.targetBankAccount?.country === country,
      );
      const account = tx.bankAccount?.country === country ? tx.bankAccount : tx.targetBankAccount!;
      const { dialog, user } = await openDrawer(tx.id);
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
    const tx = fixtureWhere((t) => t.type !== 'CROSS_RAMP' && !!t.bankAccount?.iban);
    const account = tx.bankAccount!;
    const { dialog, user } = await openDrawer(tx.id);
    const card = within(dialog).getByRole('group', { name: 'Bank account' });
    expect(field(card, 'IBAN')).not.toHaveTextContent(account.iban!);
    await user.click(within(card).getByRole('button', { name: 'Copy IBAN' }));
    expect(await navigator.clipboard.readText()).toBe(account.iban);
    expect(field(card, 'BIC')).toHaveTextContent(account.bic!);
    expect(within(card).queryByText('Account number')).not.toBeInTheDocument();
    expect(within(card).queryByText('Routing number')).not.toBeInTheDocument();
  });
});
