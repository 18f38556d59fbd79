/** The drawer's amounts: strings exactly as Capa sent them, numbers never in exponent form. */
import { within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatExact, formatFiat } from '../../../lib/amount-format';
import { DOCUMENTED_EXAMPLE } from '../../../mocks/documented-example';
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

describe('drawer amounts', () => {
  it("on-ramp: Capa's documented example, string amounts exactly as given, number fiat", async () => {
    const { dialog } = await openDrawer(DOCUMENTED_EXAMPLE.id);
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

  it('off-ramp with number amounts shows them as numbers, never in exponent form', async () => {
    const tx = fixtureWhere(
      (t) => t.type === 'OFF_RAMP' && typeof t.fiatAmount === 'number' && typeof t.cryptoAmount === 'number',
    );
    const { dialog, unmount } = await openDrawer(tx.id);
    expect(within(dialog).getByRole('heading', { level: 2, name: 'Off-ramp' })).toBeInTheDocument();
    const amounts = section(dialog, 'Amounts');
    expect(field(amounts, 'Fiat')).toHaveTextContent(
      `${formatFiat(tx.fiatAmount, tx.fiatCurrency)} ${tx.fiatCurrency}`,
    );
    expect(field(amounts, 'Crypto')).toHaveTextContent(`${formatExact(tx.cryptoAmount)} ${tx.tokenSymbol}`);
    unmount();

    serveLone({ ...tx, fiatAmount: 1e21, cryptoAmount: 1e-7, exchangeRate: '0.000000100', premiumSpread: 0 });
    const lone = await openDrawer(LONE_ID);
    const loneAmounts = section(lone.dialog, 'Amounts');
    expect(field(loneAmounts, 'Fiat')).toHaveTextContent(
      `1,000,000,000,000,000,000,000.00 ${tx.fiatCurrency}`,
    );
    expect(field(loneAmounts, 'Crypto')).toHaveTextContent(`0.0000001 ${tx.tokenSymbol}`);
    expect(field(loneAmounts, 'Exchange rate')).toHaveTextContent(/^0\.0000001 .*Exact: 0\.000000100$/);
    expect(field(loneAmounts, 'Premium spread')).toHaveTextContent(/^0%≈ 0\.00 /);
  });
});
