import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activateLocale } from '../i18n/i18n';
import { ApiRequestError } from '../lib/api-client';
import { ErrorPanel } from './error-panel';

// The BFF's words for upstream faults (src/server/upstream/messages.ts), as the SPA receives them.
const UPSTREAM: [string, number, string][] = [
  ['UPSTREAM_UNAVAILABLE', 502, 'Capa is having problems; try again in a minute.'],
  ['UPSTREAM_TIMEOUT', 504, 'Capa did not answer in time; try again in a minute.'],
  ['UPSTREAM_BAD_RESPONSE', 502, 'Capa’s answer could not be read; try again in a minute.'],
  ['UPSTREAM_RATE_LIMITED', 503, 'Capa is limiting requests right now; try again in 30 seconds.'],
  [
    'UPSTREAM_AUTH_FAILED',
    502,
    'Capa rejected the partner API key: a service configuration problem, not your session. Tell whoever runs Rampdesk; signing in again will not help.',
  ],
  ['OVERLOADED', 503, 'Rampdesk is overloaded right now; try again in 5 seconds.'],
];

describe('ErrorPanel', () => {
  it.each(UPSTREAM)(
    'U1–U3: %s shows the specific message, the code, the status and the request id',
    (code, status, message) => {
      render(
        <ErrorPanel
          title="Transactions could not be loaded"
          error={new ApiRequestError({ status, code, message, requestId: 'req-7' })}
        />,
      );
      const panel = screen.getByRole('alert');
      expect(within(panel).getByRole('heading', { name: 'Transactions could not be loaded' })).toBeVisible();
      expect(within(panel).getByText(message)).toBeVisible();
      expect(within(panel).getByText(code)).toBeVisible();
      expect(within(panel).getByText(String(status))).toBeVisible();
      expect(within(panel).getByText('req-7')).toBeVisible();
    },
  );

  it('offers Retry, and says it is retrying', async () => {
    const onRetry = vi.fn();
    const error = new ApiRequestError({ status: 504, code: 'UPSTREAM_TIMEOUT', message: 'late' });
    const { rerender } = render(<ErrorPanel title="t" error={error} onRetry={onRetry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
    rerender(<ErrorPanel title="t" error={error} onRetry={onRetry} retrying />);
    expect(screen.getByRole('button', { name: 'Retrying…' })).toBeDisabled();
  });

  it('shows nothing for a signed-out agent (the route guard takes over), and a plain sentence for a crash', () => {
    const { container, rerender } = render(
      <ErrorPanel
        title="t"
        error={new ApiRequestError({ status: 401, code: 'UNAUTHENTICATED', message: 'm' })}
      />,
    );
    expect(container).toBeEmptyDOMElement();
    rerender(<ErrorPanel title="t" error={new TypeError('x is undefined')} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Something went wrong in this page. Retry, or reload the page.',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('x is undefined');
  });

  describe('in Spanish', () => {
    afterEach(() => activateLocale('en-US'));

    it('U1–U3: says the fault from its code in Spanish (the BFF’s English is for API clients), the code kept for support', async () => {
      await activateLocale('es-MX');
      const { rerender } = render(
        <ErrorPanel
          title="t"
          error={
            new ApiRequestError({
              status: 503,
              code: 'UPSTREAM_RATE_LIMITED',
              message: 'Capa is limiting requests right now; try again in 30 seconds.',
              retryAfterSeconds: 30,
            })
          }
        />,
      );
      const panel = screen.getByRole('alert');
      expect(panel).toHaveTextContent(
        'Capa está limitando las solicitudes. Vuelve a intentarlo en 30 segundos.',
      );
      expect(panel).not.toHaveTextContent('try again');
      expect(within(panel).getByText('UPSTREAM_RATE_LIMITED')).toBeVisible();
      rerender(
        <ErrorPanel
          title="t"
          error={
            new ApiRequestError({ status: 403, code: 'FORBIDDEN', message: 'm', requiredRole: 'operator' })
          }
        />,
      );
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Necesitas el rol de operador para esto. Pídeselo a un administrador.',
      );
    });
  });
});
