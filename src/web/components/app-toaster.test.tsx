import { I18nProvider } from '@lingui/react';
import { act, render, screen } from '@testing-library/react';
import { toast } from 'sonner';
import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale, i18n } from '../i18n/i18n';
import { AppToaster } from './app-toaster';

function renderToaster() {
  render(
    <I18nProvider i18n={i18n}>
      <AppToaster />
    </I18nProvider>,
  );
}

describe('the toaster', () => {
  afterEach(async () => {
    act(() => toast.dismiss());
    await activateLocale('en-US');
  });

  it('names its region and close buttons in English', async () => {
    await activateLocale('en-US');
    renderToaster();
    act(() => void toast.success('Off-ramp executed'));
    expect(await screen.findByRole('button', { name: 'Close notification' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /^Notifications/ })).toBeInTheDocument();
  });

  it('names them in Spanish, not with sonner’s English “Close toast”', async () => {
    await activateLocale('es-MX');
    renderToaster();
    act(() => void toast.success('Off-ramp ejecutado'));
    expect(await screen.findByRole('button', { name: 'Cerrar la notificación' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /^Notificaciones/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close toast' })).not.toBeInTheDocument();
  });
});
