import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../i18n/i18n';
import { FIXTURE_TRANSACTIONS } from '../mocks/fixtures';
import { browserSpeaks } from '../test-support/browser-speaks';
import { renderDrawer } from '../test-support/render-drawer';
import { transactionDrawerSlots } from './transaction-drawer-slots';

afterEach(() => activateLocale('en-US'));

// A Mexican off-ramp: its account is a CLABE, named as such in every language.
const tx = FIXTURE_TRANSACTIONS.find(
  (t) => t.type === 'OFF_RAMP' && t.status === 'PENDING' && t.bankAccount?.country === 'MX',
)!;

describe('the drawer in Spanish', () => {
  it('titles its sections, labels its fields and names its controls in Spanish', async () => {
    await browserSpeaks('es-MX');
    renderDrawer(`/transactions/${tx.id}`, transactionDrawerSlots);
    const drawer = await screen.findByTestId('transaction-drawer');
    for (const title of ['Montos', 'Cuenta bancaria', 'Cripto', 'Equipo', 'JSON sin procesar']) {
      expect(await within(drawer).findByRole('heading', { name: title })).toBeVisible();
    }
    expect(within(drawer).getByText('Id de la transacción')).toBeVisible();
    expect(within(drawer).getByText('Tipo de cambio')).toBeVisible();
    expect(within(drawer).getByText('Billetera de destino')).toBeVisible();
    expect(within(drawer).getByText('México (MX)')).toBeVisible();
    // Accessible names too: copy buttons, the masked CLABE's reveal, the top bar.
    expect(within(drawer).getByRole('button', { name: 'Copiar el id de la transacción' })).toBeVisible();
    expect(within(drawer).getByRole('button', { name: 'Mostrar CLABE' })).toBeVisible();
    expect(within(drawer).getByRole('button', { name: 'Cerrar' })).toBeVisible();
    expect(within(drawer).getByText(/^(En vivo|Estado final)/)).toBeVisible();
    // The action bar and the team section.
    const actions = within(drawer).getByRole('group', { name: 'Acciones' });
    expect(await within(actions).findByText('Nadie la ha tomado todavía.')).toBeVisible();
    expect(within(actions).getByRole('button', { name: 'Tomarla' })).toBeVisible();
    expect(await within(actions).findByRole('button', { name: 'Ejecutar off-ramp' })).toBeVisible();
    expect(await within(drawer).findByText('Todavía no hay notas.')).toBeVisible();
    expect(within(drawer).getByRole('button', { name: 'Agregar nota' })).toBeDisabled();
    // The JSON is data: Capa's field names stay as sent.
    expect(within(drawer).getByLabelText('JSON de la transacción')).toHaveTextContent('"fiatAmount"');
  });
});
