import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { agentStore } from '../../mocks/agent-store';
import { apiErrorResponse } from '../../mocks/api-responses';
import { server } from '../../test-support/msw-server';
import { renderApp } from '../../test-support/render-app';

const VIEWER_EMAIL = 'viewer@sandbox.rampdesk.test';

async function rowOf(email: string) {
  const table = await screen.findByRole('table', { name: 'Agents' });
  return within(within(table).getByText(email).closest('tr')!);
}

describe('admin agents page', () => {
  it('lists every agent with role, access and last sign-in', async () => {
    renderApp('/admin/agents', { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'Agents' });
    expect(within(table).getAllByRole('row')).toHaveLength(4); // header + 3
    const viewer = await rowOf(VIEWER_EMAIL);
    expect(viewer.getByText('Sandbox Viewer')).toBeInTheDocument();
    expect(viewer.getByRole('combobox', { name: `Role of ${VIEWER_EMAIL}` })).toHaveValue('viewer');
    expect(viewer.getByText('Active')).toBeInTheDocument();
    expect(viewer.getByText('Never')).toBeInTheDocument();
  });

  it('adds an agent and shows the one-time password once', async () => {
    const { user, queryClient } = renderApp('/admin/agents', { as: 'admin' });
    await user.type(await screen.findByLabelText('Email'), 'ana@example.com');
    await user.type(screen.getByLabelText('Display name'), 'Ana Lima');
    await user.selectOptions(screen.getByLabelText('Role'), 'operator');
    await user.click(screen.getByRole('button', { name: 'Add agent' }));

    const handover = await screen.findByRole('region', {
      name: /Ana Lima \(ana@example.com\) was added as Operator/,
    });
    expect(handover).toHaveTextContent('it will not be shown again');
    expect(within(handover).getByLabelText('One-time password')).toHaveTextContent('otp-0001-mock-handover');
    expect(within(handover).getByRole('button', { name: 'Copy password' })).toBeInTheDocument();
    expect((await rowOf('ana@example.com')).getByRole('combobox')).toHaveValue('operator');
    // The password lives in the form's state only, not in TanStack Query's mutation cache.
    await waitFor(() => expect(queryClient.getMutationCache().getAll()).toEqual([]));

    await user.click(within(handover).getByRole('button', { name: 'Done' }));
    expect(screen.queryByText('otp-0001-mock-handover')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('');
  });

  it("shows the BFF's field problem when the email is taken", async () => {
    const { user } = renderApp('/admin/agents', { as: 'admin' });
    await user.type(await screen.findByLabelText('Email'), VIEWER_EMAIL);
    await user.type(screen.getByLabelText('Display name'), 'Someone');
    await user.click(screen.getByRole('button', { name: 'Add agent' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `An agent with email ${VIEWER_EMAIL} already exists.`,
    );
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Email is taken')).toBeInTheDocument();
  });

  it('changes a role after confirming, and keeps it when cancelled', async () => {
    const { user } = renderApp('/admin/agents', { as: 'admin' });
    const select = (await rowOf(VIEWER_EMAIL)).getByRole('combobox');
    await user.selectOptions(select, 'admin');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(select).toHaveValue('viewer');

    await user.selectOptions(select, 'operator');
    const dialog = await screen.findByRole('dialog', { name: "Change Sandbox Viewer's role?" });
    expect(dialog).toHaveTextContent('becomes Operator instead of Viewer');
    await user.click(within(dialog).getByRole('button', { name: 'Make Operator' }));
    expect(await screen.findByText('Sandbox Viewer is now Operator.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(select).toHaveValue('operator');
    expect(agentStore.list().find((a) => a.email === VIEWER_EMAIL)?.role).toBe('operator');
  });

  it('disables an agent after confirming, then offers to enable them', async () => {
    const { user } = renderApp('/admin/agents', { as: 'admin' });
    await user.click((await rowOf(VIEWER_EMAIL)).getByRole('button', { name: `Disable ${VIEWER_EMAIL}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable Sandbox Viewer?' });
    expect(dialog).toHaveTextContent('signed out everywhere at once');
    await user.click(within(dialog).getByRole('button', { name: 'Disable agent' }));
    const row = await rowOf(VIEWER_EMAIL);
    expect(await row.findByText('Disabled')).toBeInTheDocument();
    expect(row.getByRole('button', { name: `Enable ${VIEWER_EMAIL}` })).toBeInTheDocument();
  });

  it("does not offer to demote or disable the admin's own account, and shows a refusal in the dialog", async () => {
    server.use(
      http.patch('*/api/agents/:id', () =>
        apiErrorResponse(409, 'OWN_ACCOUNT_LOCKED', 'You cannot disable or demote your own account.'),
      ),
    );
    const { user } = renderApp('/admin/agents', { as: 'admin' });
    const own = await rowOf('admin@sandbox.rampdesk.test');
    expect(own.getByText('(you)')).toBeInTheDocument();
    expect(own.getByRole('combobox')).toBeDisabled();
    expect(own.getByRole('button', { name: /^Disable/ })).toBeDisabled();

    await user.click((await rowOf(VIEWER_EMAIL)).getByRole('button', { name: `Disable ${VIEWER_EMAIL}` }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Disable agent' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You cannot disable or demote your own account.',
    );
  });
});
