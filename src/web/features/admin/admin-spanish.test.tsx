import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../../i18n/i18n';
import { browserSpeaks } from '../../test-support/browser-speaks';
import { renderApp } from '../../test-support/render-app';

const VIEWER_EMAIL = 'viewer@sandbox.rampdesk.test';

describe('the Agents page in Spanish', () => {
  beforeEach(() => browserSpeaks('es-MX'));
  afterEach(() => activateLocale('en-US'));

  it('reads the table, the add form and its problems, and the one-time password in Spanish', async () => {
    const { user } = renderApp('/admin/agents', { as: 'admin' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Agentes' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Agentes' });
    expect(within(table).getByRole('columnheader', { name: 'Último inicio de sesión' })).toBeInTheDocument();
    const viewer = within(within(table).getByText(VIEWER_EMAIL).closest('tr')!);
    expect(viewer.getByRole('combobox', { name: `Rol de ${VIEWER_EMAIL}` })).toHaveDisplayValue('Lector');
    expect(viewer.getByText('Activo')).toBeInTheDocument();
    expect(viewer.getByText('Nunca')).toBeInTheDocument();
    // A person's name is not for a browser's translator (translate="no").
    expect(viewer.getByText('Sandbox Viewer')).toHaveAttribute('translate', 'no');
    expect(viewer.getByRole('button', { name: `Desactivar a ${VIEWER_EMAIL}` })).toBeInTheDocument();

    // A taken email: the BFF's code and field problem, in Spanish.
    // Pasted rather than typed: typing letter by letter only slows the test down.
    await user.click(screen.getByLabelText('Correo electrónico'));
    await user.paste(VIEWER_EMAIL);
    await user.click(screen.getByLabelText('Nombre visible'));
    await user.paste('Alguien');
    await user.click(screen.getByRole('button', { name: 'Agregar agente' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Ya existe un agente con el correo ${VIEWER_EMAIL}.`,
    );
    expect(screen.getByLabelText('Correo electrónico')).toHaveAccessibleDescription(
      'Correo electrónico: ya está en uso',
    );

    await user.clear(screen.getByLabelText('Correo electrónico'));
    await user.paste('ana@example.com');
    await user.selectOptions(screen.getByLabelText('Rol'), 'operator');
    await user.click(screen.getByRole('button', { name: 'Agregar agente' }));
    const handover = await screen.findByRole('region', {
      name: 'Alguien (ana@example.com) se agregó como Operador',
    });
    expect(handover).toHaveTextContent('no se volverá a mostrar');
    expect(within(handover).getByLabelText('Contraseña de un solo uso')).toBeInTheDocument();
    expect(within(handover).getByRole('button', { name: 'Copiar contraseña' })).toBeInTheDocument();
  });

  it('asks before a role change and a password reset in Spanish', async () => {
    const { user } = renderApp('/admin/agents', { as: 'admin' });
    await user.selectOptions(
      await screen.findByRole('combobox', { name: `Rol de ${VIEWER_EMAIL}` }),
      'operator',
    );
    const change = await screen.findByRole('dialog', { name: '¿Cambiar el rol de Sandbox Viewer?' });
    expect(change).toHaveTextContent('pasa a ser Operador en lugar de Lector');
    await user.click(within(change).getByRole('button', { name: 'Cambiar a Operador' }));
    expect(await screen.findByText('Sandbox Viewer ahora es Operador.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `Restablecer la contraseña de ${VIEWER_EMAIL}` }));
    const reset = await screen.findByRole('dialog', {
      name: '¿Restablecer la contraseña de Sandbox Viewer?',
    });
    await user.click(within(reset).getByRole('button', { name: 'Restablecer contraseña' }));
    expect(
      await screen.findByRole('region', {
        name: `Se restableció la contraseña de Sandbox Viewer (${VIEWER_EMAIL})`,
      }),
    ).toHaveTextContent('Su contraseña anterior ya no funciona.');
  });
});
