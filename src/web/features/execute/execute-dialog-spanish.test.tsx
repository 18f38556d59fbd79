import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../../i18n/i18n';
import { apiErrorResponse } from '../../mocks/api-responses';
import { browserSpeaks } from '../../test-support/browser-speaks';
import { EVM_OFF_RAMP, EXECUTE_URL } from '../../test-support/execute-dialog';
import { server } from '../../test-support/msw-server';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { ExecuteAction } from './execute-action';

afterEach(() => activateLocale('en-US'));

const tx = EVM_OFF_RAMP;

describe('the execute dialog in Spanish', () => {
  it('walks both steps in Spanish and says why a refused execute did nothing', async () => {
    server.use(
      http.post(EXECUTE_URL, () =>
        apiErrorResponse(400, 'TRANSACTION_NOT_EXECUTABLE', 'It moved on. Nothing was executed.'),
      ),
    );
    await browserSpeaks('es-MX');
    const { user } = renderWithProviders(<ExecuteAction tx={tx} />);
    await user.click(await screen.findByRole('button', { name: 'Ejecutar off-ramp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ejecutar off-ramp' });
    expect(dialog).toHaveTextContent('Paso 1 de 2 · Revisa los datos');
    expect(dialog).toHaveTextContent('Monto en cripto');
    expect(dialog).toHaveTextContent('en Arbitrum');
    const hash = within(dialog).getByLabelText(/Hash de la transacción/);
    expect(hash).toHaveAccessibleDescription(/En Arbitrum: 0x seguido de 64 dígitos hexadecimales/);
    await user.type(hash, '0xnope');
    await user.click(within(dialog).getByRole('button', { name: 'Revisar la ejecución' }));
    expect(hash).toHaveAccessibleDescription(/No es un hash de transacción válido de Arbitrum/);
    await user.clear(hash);

    await user.click(within(dialog).getByRole('button', { name: 'Revisar la ejecución' }));
    expect(dialog).toHaveTextContent('Paso 2 de 2 · Confirma');
    expect(dialog).toHaveTextContent('Sin hash de transacción.');
    expect(dialog).toHaveTextContent(/Capa pagará .* a .*•••• \d{4}\./);
    await user.type(within(dialog).getByLabelText(/escribe los últimos 4 caracteres/), tx.id.slice(-4));
    await user.click(within(dialog).getByRole('button', { name: 'Ejecutar off-ramp' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Esta transacción ya no se puede ejecutar');
    expect(alert).toHaveTextContent(/ya se ejecutó o avanzó a otro estado.*No se ejecutó nada\./);
    expect(within(dialog).getByRole('button', { name: 'Cerrar' })).toBeEnabled();
  });
});
