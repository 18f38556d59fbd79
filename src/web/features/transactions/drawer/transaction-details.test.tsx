/** The drawer's other details: unknown and missing fields, cancellation, OTC forwarding, raw JSON, times, and live re-reads. */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
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
import { renderApp } from '../../../test-support/render-app';

afterEach(() => server.events.removeAllListeners());

describe('drawer details', () => {
  it('missing fields are left out or said plainly, never a crash', async () => {
    serveLone({
      userId: 'd3127f5f-ff64-47f9-a9cc-ff603862eca6',
      status: 'SOMETHING_NEW',
      type: 'OFF_RAMP',
      createdAt: '2025-11-20T15:42:00.000Z',
      surprise: { nested: true },
    });
    const { dialog } = await openDrawer(LONE_ID);
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

  it('cancelled: the reason in words with a next step, the code on copy; OTC forwarding fields', async () => {
    const cancelled = fixtureWhere((t) => t.cancellationReason === 'NAME_VERIFICATION_FAILED');
    const first = await openDrawer(cancelled.id);
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

    const otc = fixtureWhere((t) => t.forwardingDays != null);
    const { dialog } = await openDrawer(otc.id);
    const forwarding = section(dialog, 'OTC forwarding');
    expect(field(forwarding, 'Forwarding')).toHaveTextContent('1 day');
    expect(field(forwarding, 'Settlement date')).toHaveTextContent(otc.forwardingSettlementDate!);
  });

  it('raw JSON: collapsed, with everything Capa sent (unknown fields too) on copy', async () => {
    serveLone({ ...DOCUMENTED_EXAMPLE, partnerNote: 'kept' });
    const { dialog, user } = await openDrawer(LONE_ID);
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
    const { dialog, user } = await openDrawer(DOCUMENTED_EXAMPLE.id);
    await user.click(within(dialog).getByRole('button', { name: 'Copy transaction id' }));
    expect(await navigator.clipboard.readText()).toBe(DOCUMENTED_EXAMPLE.id);
  });

  it('shows created and completed times in local time and UTC', async () => {
    const tx = fixtureWhere((t) => t.status === 'COMPLETED' && !!t.completedAt);
    const { dialog } = await openDrawer(tx.id);
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
