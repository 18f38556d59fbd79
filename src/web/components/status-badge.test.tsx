import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { STATUS_FACTS, TRANSACTION_STATUSES } from '../../contract/statuses';
import { activateLocale } from '../i18n/i18n';
import { StatusBadge } from './status-badge';

describe('StatusBadge', () => {
  it.each(TRANSACTION_STATUSES)('shows %s as its label, with its meaning and tone', (status) => {
    render(<StatusBadge status={status} />);
    const facts = STATUS_FACTS[status];
    const badge = screen.getByText(facts.label);
    expect(badge).toHaveAttribute('title', facts.meaning);
    expect(badge).toHaveAttribute('data-tone', facts.tone);
  });

  it('shows a status Capa adds later as itself, not a blank', () => {
    render(<StatusBadge status="ON_HOLD" />);
    expect(screen.getByText('ON_HOLD')).toHaveAttribute('title', expect.stringMatching(/does not know yet/));
  });

  describe('in Spanish', () => {
    afterEach(() => activateLocale('en-US'));

    it('names the status and explains it in Spanish, not as the code', async () => {
      await activateLocale('es-MX');
      render(<StatusBadge status="CRYPTO_RECEIVED" />);
      const badge = screen.getByText('Cripto recibida');
      expect(badge).toHaveAttribute('title', expect.stringMatching(/^Llegó la cripto del usuario/));
      expect(badge).not.toHaveTextContent('CRYPTO_RECEIVED');
    });
  });
});
