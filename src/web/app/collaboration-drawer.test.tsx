import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agentStore } from '../mocks/agent-store';
import { collaborationStore } from '../mocks/collaboration-store';
import { EVM_OFF_RAMP } from '../test-support/execute-dialog';
import { renderApp } from '../test-support/render-app';

const tx = EVM_OFF_RAMP;
const XSS = '<img src=x onerror=alert(1)>';

function takenByAdmin() {
  const admin = agentStore.byRole('admin');
  const now = Date.now();
  collaborationStore.setTake(tx.id, {
    agentId: admin.id,
    agentEmail: admin.email,
    agentName: admin.displayName,
    takenAt: new Date(now - 60_000).toISOString(),
    expiresAt: new Date(now + 3_600_000).toISOString(),
  });
  return admin;
}

describe('working together in the drawer', () => {
  it('W1: an operator takes a transaction and releases it; the table row says who is on it', async () => {
    const { user } = renderApp(`/transactions/${tx.id}`, { as: 'operator' });
    const drawer = await screen.findByRole('dialog', { name: 'Off-ramp' });
    const actions = await within(drawer).findByRole('group', { name: 'Actions' });
    expect(await within(actions).findByText('Nobody has taken this yet.')).toBeVisible();
    await user.click(within(actions).getByRole('button', { name: 'Take it' }));
    expect(await within(actions).findByText(/^You are on it since \d\d:\d\d\s[AP]M$/)).toBeVisible();
    const row = screen.getByRole('link', { name: `Transaction ${tx.id}`, hidden: true }).closest('tr')!;
    await waitFor(() => expect(row).toHaveTextContent(/You · \d\d:\d\d\s[AP]M/));
    await user.click(within(actions).getByRole('button', { name: 'Release' }));
    expect(await within(actions).findByText('Nobody has taken this yet.')).toBeVisible();
  });

  it("W1: another agent's take shows their name, offers no Take, and warns before executing", async () => {
    const admin = takenByAdmin();
    const { user } = renderApp(`/transactions/${tx.id}`, { as: 'operator' });
    const drawer = await screen.findByRole('dialog', { name: 'Off-ramp' });
    const actions = await within(drawer).findByRole('group', { name: 'Actions' });
    expect(
      await within(actions).findByText(`${admin.displayName} is on it since`, { exact: false }),
    ).toBeVisible();
    expect(within(actions).queryByRole('button', { name: 'Take it' })).not.toBeInTheDocument();
    expect(within(actions).queryByRole('button', { name: 'Release' })).not.toBeInTheDocument();
    await user.click(within(actions).getByRole('button', { name: 'Execute off-ramp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Execute off-ramp' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(`${admin.displayName} is on it since`);
    // Warned, not blocked.
    expect(within(dialog).getByRole('button', { name: 'Review execute' })).toBeEnabled();
  });

  it('W2: a note is shown as text, with its author, never as HTML', async () => {
    const { user, container } = renderApp(`/transactions/${tx.id}`, { as: 'operator' });
    const drawer = await screen.findByRole('dialog', { name: 'Off-ramp' });
    const team = within(drawer).getByRole('region', { name: 'Team' });
    expect(await within(team).findByText('No notes yet.')).toBeVisible();
    expect(within(team).getByTestId('status-since')).toHaveTextContent(
      /In this status since .*first seen by Rampdesk/,
    );
    await user.type(within(team).getByRole('textbox'), XSS);
    await user.click(within(team).getByRole('button', { name: 'Add note' }));
    const notes = await within(team).findByRole('list', { name: 'Notes' });
    expect(within(notes).getByText(XSS)).toBeVisible();
    expect(notes).toHaveTextContent(agentStore.byRole('operator').displayName);
    expect(container.ownerDocument.querySelector('img[src="x"]')).toBeNull();
    expect(within(team).getByRole('textbox')).toHaveValue('');
  });

  it('W3: a viewer reads who is on it and the notes, with no Take and no note box', async () => {
    takenByAdmin();
    collaborationStore.addNote(tx.id, agentStore.byRole('admin'), 'Bank says Tuesday.');
    renderApp(`/transactions/${tx.id}`, { as: 'viewer' });
    const drawer = await screen.findByRole('dialog', { name: 'Off-ramp' });
    expect(await within(drawer).findByText('Bank says Tuesday.')).toBeVisible();
    expect(await within(drawer).findByText(/is on it since/)).toBeVisible();
    expect(within(drawer).queryByRole('button', { name: 'Take it' })).not.toBeInTheDocument();
    expect(within(drawer).queryByRole('textbox')).not.toBeInTheDocument();
  });
});
