import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { MOCK_DEMO_AGENTS } from '../../mocks/agent-store';
import { apiErrorResponse } from '../../mocks/api-responses';
import { DOCUMENTED_EXAMPLE } from '../../mocks/documented-example';
import { configHandler } from '../../mocks/handlers';
import { server } from '../../test-support/msw-server';
import { renderApp } from '../../test-support/render-app';

const OPERATOR = MOCK_DEMO_AGENTS.find((a) => a.role === 'operator')!;

async function signIn(user: ReturnType<typeof renderApp>['user'], email: string, password: string) {
  // Pasting is one event instead of one per key: same result, a fraction of the time.
  await user.click(await screen.findByLabelText('Email'));
  await user.paste(email);
  await user.click(screen.getByLabelText('Password'));
  await user.paste(password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in page', () => {
  it('takes a signed-out deep link to sign-in, and back to it after signing in', async () => {
    const path = `/transactions/${DOCUMENTED_EXAMPLE.id}`;
    const { user, router } = renderApp(path, { as: null });
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe(path);
    await signIn(user, OPERATOR.email, OPERATOR.password);
    expect(await screen.findByText(DOCUMENTED_EXAMPLE.id)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(path);
  });

  it('has labelled fields password managers recognise, with the email focused', async () => {
    renderApp('/sign-in', { as: null });
    const email = await screen.findByLabelText('Email');
    expect(email).toHaveFocus();
    expect(email).toHaveAttribute('autocomplete', 'username');
    expect(email).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
  });

  it('shows one generic message for a wrong password and for an unknown email', async () => {
    const { user, router } = renderApp('/sign-in', { as: null });
    await signIn(user, OPERATOR.email, 'wrong password');
    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect.');
    await user.clear(screen.getByLabelText('Email'));
    await user.clear(screen.getByLabelText('Password'));
    await signIn(user, 'nobody@example.com', OPERATOR.password);
    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect.');
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('says when to try again after too many attempts', async () => {
    server.use(
      http.post('*/api/auth/sign-in', () =>
        apiErrorResponse(429, 'RATE_LIMITED', 'Too many failed sign-ins.', {
          headers: { 'Retry-After': '900' },
        }),
      ),
    );
    const { user } = renderApp('/sign-in', { as: null });
    await signIn(user, OPERATOR.email, 'x');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Too many sign-in attempts\. Try again in 15 minutes \(at \d\d:\d\d\)\.$/,
    );
  });

  it('shows that it is working while the BFF checks the password', async () => {
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.post('*/api/auth/sign-in', async () => {
        await answered;
        return undefined;
      }),
    );
    const { user } = renderApp('/sign-in', { as: null });
    await signIn(user, OPERATOR.email, OPERATOR.password);
    expect(screen.getByRole('button', { name: 'Signing in…' })).toBeDisabled();
    answer();
    expect(await screen.findByRole('heading', { name: 'Queues' })).toBeInTheDocument();
  });

  // lib/safe-next.test.ts covers every other trick; this is the whole page refusing one.
  it('never follows an off-site next such as //evil.com', async () => {
    const { user, router } = renderApp(`/sign-in?next=${encodeURIComponent('//evil.com')}`, { as: null });
    await signIn(user, OPERATOR.email, OPERATOR.password);
    expect(await screen.findByRole('heading', { name: 'Queues' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/queues');
  });

  it('lists the sandbox agents with their passwords and a sandbox note, and signs in as one', async () => {
    const { user } = renderApp('/sign-in', { as: null });
    const list = await screen.findByRole('region', { name: 'Sandbox agents' });
    expect(list).toHaveTextContent('Sandbox data: these accounts exist only in the sandbox');
    for (const agent of MOCK_DEMO_AGENTS) {
      expect(within(list).getByText(agent.email)).toBeInTheDocument();
      expect(within(list).getByText(agent.password)).toBeInTheDocument();
    }
    await user.click(within(list).getByRole('button', { name: /^Sign in as Viewer/ }));
    const header = await screen.findByRole('banner');
    expect(await within(header).findByText('Viewer')).toBeInTheDocument();
  });

  it('lists no demo agents outside the sandbox, even if some were sent', async () => {
    server.use(
      configHandler({ environment: 'production', upstreamHost: 'api.capa.fi', demoAgents: MOCK_DEMO_AGENTS }),
    );
    renderApp('/sign-in', { as: null });
    await screen.findByLabelText('Email');
    await screen.findByRole('heading', { name: 'Sign in' });
    expect(screen.queryByRole('region', { name: 'Sandbox agents' })).not.toBeInTheDocument();
    expect(screen.queryByText(OPERATOR.password)).not.toBeInTheDocument();
  });

  it('sends an agent who is already signed in straight on', async () => {
    const { router } = renderApp('/sign-in?next=%2Fadmin%2Fagents', { as: 'admin' });
    expect(await screen.findByRole('heading', { name: 'Agents' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/agents');
  });
});
