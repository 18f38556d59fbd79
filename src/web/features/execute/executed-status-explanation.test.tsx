import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { statusFacts } from '../../../contract/statuses';
import { auditStore } from '../../mocks/audit-store';
import { EVM_OFF_RAMP as tx } from '../../test-support/execute-dialog';
import { renderApp } from '../../test-support/render-app';

async function openDrawer() {
  renderApp(`/transactions/${tx.id}`, { as: 'viewer' });
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findByText(tx.id);
  return dialog;
}

describe("the drawer's status explanation agrees with the audit log", () => {
  it('says an off-ramp Rampdesk executed is executed, not waiting to be executed', async () => {
    auditStore.record({ transactionId: tx.id, outcome: 'succeeded', agentEmail: 'ana@example.com' });
    const dialog = await openDrawer();
    expect(
      await within(dialog).findByText(
        `Executed through Rampdesk; Capa still shows it as ${statusFacts(tx.status).label} until its payout starts.`,
      ),
    ).toBeVisible();
    expect(within(dialog).getByText(/Executed by ana@example.com/)).toBeVisible();
    expect(within(dialog).queryByText(statusFacts(tx.status).meaning)).not.toBeInTheDocument();
    expect(within(dialog).queryByText(/until it is executed|An agent executes/)).not.toBeInTheDocument();
  });

  it('keeps the status’s own words while nothing was executed', async () => {
    auditStore.record({ transactionId: tx.id, outcome: 'failed', agentEmail: 'ana@example.com' });
    const dialog = await openDrawer();
    expect(await within(dialog).findByText(statusFacts(tx.status).meaning)).toBeVisible();
    expect(within(dialog).queryByText(/Executed through Rampdesk/)).not.toBeInTheDocument();
  });
});
