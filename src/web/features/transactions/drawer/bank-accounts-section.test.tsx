import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DOCUMENTED_EXAMPLE } from '../../../mocks/documented-example';
import { server } from '../../../test-support/msw-server';
import { renderApp } from '../../../test-support/render-app';

const ID = '7b2e1d0f-3c4a-4b5c-9d6e-1f2a3b4c5d6e';
const MX = {
  country: 'MX',
  accountIdentifier: '012180001234567897',
  bankName: 'BBVA México',
  isVerified: true,
};
const US = {
  country: 'US',
  accountIdentifier: '000123456789',
  bankName: 'Chase',
  routingNumber: '021000021',
};

async function openServed(tx: Record<string, unknown>) {
  server.use(http.get(`*/api/transactions/${ID}`, () => HttpResponse.json({ ...tx, id: ID })));
  renderApp(`/transactions/${ID}`);
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findByText(ID);
  return within(dialog).getByRole('region', { name: /^Bank accounts?$/ });
}

describe('bank accounts in the drawer', () => {
  it('shows a cross-ramp’s bankAccount once, on the target card it repeats', async () => {
    const banks = await openServed({
      ...DOCUMENTED_EXAMPLE,
      type: 'CROSS_RAMP',
      sourceBankAccount: US,
      targetBankAccount: MX,
      // The same account as the target, its keys in another order.
      bankAccount: {
        isVerified: true,
        bankName: 'BBVA México',
        accountIdentifier: '012180001234567897',
        country: 'MX',
      },
    });
    const groups = within(banks).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual([
      'Source bank account',
      'Target bank account',
    ]);
    expect(groups[1]).toHaveTextContent('Also the transaction’s bank account');
    expect(within(banks).getAllByText('BBVA México')).toHaveLength(1);
  });

  it('shows a EUR account’s IBAN once when its identifier is the IBAN', async () => {
    const iban = 'DE89370400440532013000';
    const banks = await openServed({
      ...DOCUMENTED_EXAMPLE,
      type: 'OFF_RAMP',
      fiatCurrency: 'EUR',
      bankAccount: {
        country: 'DE',
        accountIdentifier: iban,
        iban,
        bic: 'COBADEFFXXX',
        bankName: 'Commerzbank',
      },
    });
    const card = within(banks).getByRole('group', { name: 'Bank account' });
    expect(within(card).getAllByText('IBAN', { selector: 'dt' })).toHaveLength(1);
    expect(within(card).queryByText('Account number')).not.toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Copy IBAN' })).toBeInTheDocument();
  });
});
