import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { agentStore, MOCK_DEMO_AGENTS, mockSession } from '../../mocks/agent-store';
import { server } from '../../test-support/msw-server';
import { renderApp } from '../../test-support/render-app';

const CHOSEN = 'violet tram under seven hills';
const OPERATOR = MOCK_DEMO_AGENTS.find((a) => a.role === 'operator')!;
type User = ReturnType<typeof renderApp>['user'];

async function fill(user: User, label: string, value: string) {
  const field = await screen.findByLabelText(label);
  await user.clear(field);
  if (value) {
    await user.click(field);
    await user.paste(value);
  }
}

async function submitPasswords(user: User, current: string, next: string, confirm = next) {
  await fill(user, 'Current password', current);
  await fill(user, 'New password', next);
  await fill(user, 'Confirm new password', confirm);
  await user.click(screen.getByRole('button', { name: /^(Choose|Change) password$/ }));
}

/** An agent an admin just added: their password is one-time. */
function addedAgent() {
  return agentStore.add({ email: 'nina.okafor@example.com', displayName: 'Nina Okafor', role: 'operator' });
}

describe('choosing a password after a one-time one (docs/security.md A6)', () => {
  it('A6: takes an agent signed in with a one-time password to choose one first, then to the queues', async () => {
    const { agent, oneTimePassword } = addedAgent();
    const { user, router } = renderApp('/sign-in', { as: null });
    await user.click(await screen.findByLabelText('Email'));
    await user.paste(agent.email);
    await user.click(screen.getByLabelText('Password'));
    await user.paste(oneTimePassword);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Choose your password' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/choose-password');
    // Nothing else is offered, and any other page comes back here.
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryAllByRole('link')).toEqual([]);
    expect(screen.queryByRole('link', { name: 'Change password' })).not.toBeInTheDocument();
    await router.navigate('/audit');
    await waitFor(() => expect(router.state.location.pathname).toBe('/choose-password'));

    await submitPasswords(user, oneTimePassword, CHOSEN);
    await waitFor(() => expect(router.state.location.pathname).toBe('/queues'));
    expect(await screen.findByRole('link', { name: 'Transactions' })).toBeInTheDocument();
    expect(agentStore.passwordOf(agent.id)).toBe(CHOSEN);
    expect(agentStore.mustChangePassword(agent.id)).toBe(false);
  });

  it('A6: labels every field for people and password managers', async () => {
    mockSession.signIn(addedAgent().agent.id);
    renderApp('/choose-password', { as: null });
    const current = await screen.findByLabelText('Current password');
    expect(current).toHaveFocus();
    expect(current).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByText('The one-time password you just signed in with.')).toBeInTheDocument();
    for (const label of ['New password', 'Confirm new password']) {
      expect(screen.getByLabelText(label)).toHaveAttribute('autocomplete', 'new-password');
    }
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      /At least 15 characters \(0 so far\)/,
    );
  });

  it('A6: says what is wrong beside the field it is about', async () => {
    const { agent, oneTimePassword } = addedAgent();
    mockSession.signIn(agent.id);
    const { user } = renderApp('/choose-password', { as: null });
    await screen.findByLabelText('Current password');

    await submitPasswords(user, oneTimePassword, 'fourteen chars');
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      /The new password is too short: use at least 15 characters \(it has 14\)\./,
    );
    await submitPasswords(user, oneTimePassword, CHOSEN, `${CHOSEN}!`);
    expect(screen.getByLabelText('Confirm new password')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('This does not match the new password');

    await submitPasswords(user, 'not the one-time password', CHOSEN);
    expect(await screen.findByRole('alert')).toHaveTextContent('Your current password is incorrect.');
    expect(screen.getByLabelText('Current password')).toHaveAttribute('aria-invalid', 'true');

    await submitPasswords(user, oneTimePassword, 'password1234567890');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The new password is too common: it is on the lists of passwords attackers try first.',
    );
    expect(agentStore.mustChangePassword(agent.id)).toBe(true);
  });
});

describe('changing one’s password (docs/security.md A6)', () => {
  it('A6: any password agent changes it from the account area, and is told the other sessions ended', async () => {
    const { user, router } = renderApp('/transactions', { as: 'operator' });
    await user.click(await screen.findByRole('link', { name: 'Change password' }));
    expect(await screen.findByRole('heading', { name: 'Change password' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account/password');
    await submitPasswords(user, OPERATOR.password, CHOSEN);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Your password was changed. You are signed out everywhere else.',
    );
    expect(screen.getByLabelText('New password')).toHaveValue('');
    expect(agentStore.passwordOf(agentStore.byRole('operator').id)).toBe(CHOSEN);
    expect(router.state.location.pathname).toBe('/account/password');
  });

  it('A6: offers no password change to an agent who came through single sign-on', async () => {
    mockSession.signInAs('viewer');
    server.use(
      http.get('*/api/auth/session', () =>
        HttpResponse.json({ agent: mockSession.current(), method: 'sso', mustChangePassword: false }),
      ),
    );
    renderApp('/account/password', { as: null });
    expect(await screen.findByText(/your password is managed there, not in Rampdesk/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Change password' })).not.toBeInTheDocument();
  });
});
