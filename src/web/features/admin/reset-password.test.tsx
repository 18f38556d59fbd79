import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { agentStore } from '../../mocks/agent-store';
import { apiErrorResponse } from '../../mocks/api-responses';
import { forbidden } from '../../mocks/api-route';
import { server } from '../../test-support/msw-server';
import { renderApp } from '../../test-support/render-app';

const VIEWER_EMAIL = 'viewer@sandbox.rampdesk.test';
const OLD_PASSWORD = 'sandbox-viewer-password';
const RESET_URL = '*/api/agents/:id/reset-password';

async function rowOf(email: string) {
  const table = await screen.findByRole('table', { name: 'Agents' });
  return within(within(table).getByText(email).closest('tr')!);
}

async function openResetFor(email: string) {
  const view = renderApp('/admin/agents', { as: 'admin' });
  await view.user.click((await rowOf(email)).getByRole('button', { name: `Reset password of ${email}` }));
  return { ...view, dialog: await screen.findByRole('dialog') };
}

describe('resetting an agent’s password', () => {
  it('shows the new one-time password once, above the table, until Done', async () => {
    const { user, dialog, queryClient } = await openResetFor(VIEWER_EMAIL);
    expect(dialog).toHaveAccessibleName("Reset Sandbox Viewer's password?");
    expect(dialog).toHaveTextContent('stops working at once, and they are signed out everywhere');
    expect(dialog).toHaveTextContent('You get a one-time password to hand over');
    await user.click(within(dialog).getByRole('button', { name: 'Reset password' }));

    const handover = await screen.findByRole('region', {
      name: `The password of Sandbox Viewer (${VIEWER_EMAIL}) was reset`,
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(handover).getByRole('heading')).toHaveFocus();
    const table = screen.getByRole('table', { name: 'Agents' });
    expect(handover.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(handover).toHaveTextContent('it will not be shown again. Their old password no longer works');
    expect(within(handover).getByLabelText('One-time password')).toHaveTextContent('otp-0001-mock-handover');
    expect(await screen.findByText(/Sandbox Viewer's password was reset/)).toBeInTheDocument();
    expect(agentStore.checkPassword(VIEWER_EMAIL, OLD_PASSWORD)).toBeNull();
    expect(agentStore.checkPassword(VIEWER_EMAIL, 'otp-0001-mock-handover')?.email).toBe(VIEWER_EMAIL);
    // The password lives in the page's state only, not in TanStack Query's mutation cache.
    await waitFor(() => expect(queryClient.getMutationCache().getAll()).toEqual([]));

    await user.click(within(handover).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('region', { name: /was reset/ })).not.toBeInTheDocument();
    expect(screen.queryByText('otp-0001-mock-handover')).not.toBeInTheDocument();
  });

  it('sends nothing when cancelled', async () => {
    const sent: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') sent.push(request.url);
    });
    const { user, dialog } = await openResetFor(VIEWER_EMAIL);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sent).toEqual([]);
    expect(agentStore.checkPassword(VIEWER_EMAIL, OLD_PASSWORD)).not.toBeNull();
  });

  it("is not offered for the admin's own account", async () => {
    renderApp('/admin/agents', { as: 'admin' });
    const own = (await rowOf('admin@sandbox.rampdesk.test')).getByRole('button', { name: /^Reset password/ });
    expect(own).toBeDisabled();
    expect(own).toHaveAttribute('title', expect.stringContaining('reset your own password'));
  });

  it('says a disabled agent stays disabled, and can sign in once enabled', async () => {
    agentStore.update(agentStore.byRole('viewer').id, { disabled: true });
    const { user, dialog } = await openResetFor(VIEWER_EMAIL);
    expect(dialog).toHaveTextContent('They stay disabled: enable them when they should sign in again.');
    await user.click(within(dialog).getByRole('button', { name: 'Reset password' }));
    expect(await screen.findByRole('region', { name: /was reset/ })).toHaveTextContent(
      'They can sign in with it once an admin enables them.',
    );
  });

  it.each([
    ['a 403', () => forbidden('admin'), 'You need the admin role to manage agents. Ask an admin.'],
    [
      'a 404',
      () => apiErrorResponse(404, 'AGENT_NOT_FOUND', 'There is no agent with this id.'),
      'Sandbox Viewer no longer exists, so nothing was reset.',
    ],
    ['a network failure', () => HttpResponse.error(), "Rampdesk's server could not be reached."],
  ])('shows %s in the dialog and no password', async (_name, answer, message) => {
    server.use(http.post(RESET_URL, answer));
    const { user, dialog } = await openResetFor(VIEWER_EMAIL);
    await user.click(within(dialog).getByRole('button', { name: 'Reset password' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(within(dialog).getByRole('button', { name: 'Reset password' })).toBeEnabled();
    expect(screen.queryByRole('region', { name: /was reset/ })).not.toBeInTheDocument();
    expect(agentStore.checkPassword(VIEWER_EMAIL, OLD_PASSWORD)).not.toBeNull();
  });
});
