import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../../i18n/i18n';
import { agentStore, MOCK_DEMO_AGENTS, mockSession } from '../../mocks/agent-store';
import { browserSpeaks } from '../../test-support/browser-speaks';
import { renderApp } from '../../test-support/render-app';

describe('the sign-in and password pages in Spanish', () => {
  beforeEach(() => browserSpeaks('es-MX'));
  afterEach(() => activateLocale('en-US'));

  it('reads the sign-in form and the sandbox agents in Spanish', async () => {
    renderApp('/sign-in', { as: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeVisible();
    expect(
      screen.getByText('Usa el correo electrónico y la contraseña que te dio tu administrador.'),
    ).toBeVisible();
    expect(screen.getByRole('form', { name: 'Iniciar sesión' })).toBeInTheDocument();
    expect(screen.getByLabelText('Correo electrónico')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Contraseña')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByRole('button', { name: 'Iniciar sesión' })).toBeInTheDocument();

    const list = await screen.findByRole('region', { name: 'Agentes del sandbox' });
    expect(list).toHaveTextContent('estas cuentas solo existen en el sandbox');
    const operator = MOCK_DEMO_AGENTS.find((a) => a.role === 'operator')!;
    const button = within(list).getByRole('button', {
      name: `Iniciar sesión como Operador (${operator.email})`,
    });
    expect(button).toHaveTextContent('Entrar como Operador');
    // Credentials to copy, never run through a browser's translator (translate="no").
    expect(within(list).getByText(operator.password)).toHaveAttribute('translate', 'no');
    expect(within(list).getByText(operator.email)).toHaveAttribute('translate', 'no');
  });

  it('reads the choose-password page in Spanish, with the length as it is typed', async () => {
    const { agent } = agentStore.add({ email: 'nina@example.com', displayName: 'Nina', role: 'operator' });
    mockSession.signIn(agent.id);
    const { user } = renderApp('/choose-password', { as: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Elige tu contraseña' })).toBeVisible();
    const current = screen.getByLabelText('Contraseña actual');
    expect(current).toHaveAccessibleDescription(
      'La contraseña de un solo uso con la que acabas de iniciar sesión.',
    );
    const next = screen.getByLabelText('Contraseña nueva');
    await user.click(next);
    await user.paste('tres palabras');
    expect(next).toHaveAccessibleDescription(/^Al menos 15 caracteres \(13 hasta ahora\)\./);
    expect(screen.getByLabelText('Confirma la contraseña nueva')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Elegir contraseña' })).toBeInTheDocument();
  });
});
