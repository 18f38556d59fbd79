/** The drawer's crypto section: explorer links only for what is valid, payment pages opened safely. */
import { within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DOCUMENTED_EXAMPLE } from '../../../mocks/documented-example';
import { fixtureWhere, LONE_ID, openDrawer, section, serveLone } from '../../../test-support/drawer-sections';
import { server } from '../../../test-support/msw-server';

afterEach(() => server.events.removeAllListeners());

describe('drawer crypto', () => {
  it('on-ramp with a hash and a payment page: explorer link and a safe new-tab link', async () => {
    const tx = fixtureWhere(
      (t) => t.type === 'ON_RAMP' && !!t.invoice?.paymentUrl && !!t.invoice.transactionHash,
    );
    const { dialog } = await openDrawer(tx.id);
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

  it('a payment URL that is not http(s) is shown, not linked; a bad wallet or hash gets no explorer link', async () => {
    serveLone({
      ...DOCUMENTED_EXAMPLE,
      destinationWalletAddress: 'not-a-wallet',
      invoice: { transactionHash: '0x1234', paymentUrl: 'javascript:alert(1)' },
    });
    const { dialog } = await openDrawer(LONE_ID);
    const crypto = section(dialog, 'Crypto');
    expect(within(crypto).queryByRole('link')).not.toBeInTheDocument();
    expect(within(crypto).getByText('javascript:alert(1)')).toBeInTheDocument();
    expect(within(crypto).getByText('Not a web link, so it is not opened from here.')).toBeInTheDocument();
    expect(within(crypto).getByText(/not an address on Optimism/)).toBeInTheDocument();
    expect(
      within(crypto).getByText(/a hash on Optimism is 0x followed by 64 hexadecimal digits/),
    ).toBeInTheDocument();
  });
});
