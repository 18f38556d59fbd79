import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { confirmExecute, EVM_OFF_RAMP } from '../test-support/execute-dialog';
import { renderApp } from '../test-support/render-app';

const tx = EVM_OFF_RAMP;

/** The table row of a transaction, behind the drawer (hidden from assistive tech while it is open). */
function rowOf(id: string) {
  return screen.getByRole('link', { name: `Transaction ${id}`, hidden: true }).closest('tr')!;
}

describe('execute and audit in the drawer', () => {
  it('executes from the drawer: the drawer and the table show the new status, the trail the attempt', async () => {
    const { user } = renderApp(`/transactions/${tx.id}?type=OFF_RAMP`, { as: 'operator' });
    const drawer = await screen.findByRole('dialog', { name: 'Off-ramp' });
    const actions = await within(drawer).findByRole('group', { name: 'Actions' });
    const trail = within(drawer).getByRole('region', { name: /Execute attempts/ });
    expect(await within(trail).findByText('No execute attempts through Rampdesk.')).toBeVisible();
    await waitFor(() => expect(rowOf(tx.id)).toHaveTextContent('Crypto received'));

    await user.click(within(actions).getByRole('button', { name: 'Execute off-ramp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Execute off-ramp' });
    await user.click(within(dialog).getByRole('button', { name: 'Review execute' }));
    await confirmExecute(user, dialog, tx);

    expect(await screen.findByText('Off-ramp executed')).toBeVisible();
    await waitFor(() => expect(within(drawer).getAllByText('Pending').length).toBeGreaterThan(0));
    expect(rowOf(tx.id)).toHaveTextContent('Pending');
    expect(await within(actions).findByText(/Executed by operator@sandbox.rampdesk.test at/)).toBeVisible();
    const attempts = await within(trail).findByRole('list', { name: 'Execute attempts (1)' });
    expect(attempts).toHaveTextContent('Succeeded');
    expect(attempts).toHaveTextContent('operator@sandbox.rampdesk.test');
  });

  it('shows a viewer why not, and the trail', async () => {
    renderApp(`/transactions/${tx.id}`, { as: 'viewer' });
    const drawer = await screen.findByRole('dialog', { name: 'Off-ramp' });
    expect(
      await within(drawer).findByText('You need the operator role to execute off-ramps. Ask an admin.'),
    ).toBeVisible();
    expect(within(drawer).queryByRole('button', { name: 'Execute off-ramp' })).not.toBeInTheDocument();
    expect(within(drawer).getByRole('region', { name: /Execute attempts/ })).toBeInTheDocument();
  });
});
