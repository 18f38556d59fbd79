import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MessageText } from '../components/message-text';
import { StatusExplanation } from '../components/status-explanation';
import { CancellationReason } from '../features/transactions/drawer/cancellation-reason';
import { activateLocale } from './i18n';

afterEach(() => activateLocale('en-US'));

describe('the drawer’s words in Spanish (es-MX)', () => {
  it('explains a status, and an off-ramp Rampdesk executed, in Spanish', async () => {
    await activateLocale('es-MX');
    const { rerender, container } = render(<StatusExplanation status="CRYPTO_RECEIVED" />);
    expect(container).toHaveTextContent(
      'Qué sigue: Un agente ejecuta el off-ramp; después sigue la transferencia bancaria al usuario.',
    );
    rerender(<StatusExplanation status="PENDING" executed />);
    expect(container).toHaveTextContent('Capa la sigue mostrando como Pendiente');
    expect(container).not.toHaveTextContent('hasta que se ejecuta');
  });

  it('says why Capa cancelled, and what next, in Spanish; the reason as sent stays on the copy button', async () => {
    await activateLocale('es-MX');
    render(<CancellationReason reason="NAME_VERIFICATION_FAILED" />);
    expect(
      screen.getByText(
        /^El nombre de la cuenta bancaria no coincide con el nombre verificado del usuario\.$/,
      ),
    ).toBeVisible();
    expect(screen.getByText(/^Pide al usuario una cuenta a su propio nombre/)).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Copiar el motivo de cancelación tal como lo envió Capa' }),
    ).toBeVisible();
  });

  it('puts a status or code inside a kept sentence in Spanish words', async () => {
    await activateLocale('es-MX');
    const { container } = render(<MessageText text="ALREADY_EXECUTED: now PENDING" />);
    expect(container).toHaveTextContent('Ya ejecutada: now Pendiente');
  });
});
