import { I18nProvider } from '@lingui/react';
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EnvironmentBanner } from '../components/environment-banner';
import { PageSkeleton } from '../components/page-skeleton';
import { activateLocale, i18n } from '../i18n/i18n';
import { renderApp } from '../test-support/render-app';
import { AppLoading } from './app-loading';

describe('the shell in Spanish', () => {
  beforeEach(async () => {
    sessionStorage.setItem('rampdesk.locale', 'es-MX');
    await activateLocale('es-MX');
  });
  afterEach(async () => {
    sessionStorage.clear();
    await activateLocale('en-US');
  });

  it('says a page is not found, with the path in code and the way home', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { name: 'Página no encontrada' })).toBeInTheDocument();
    expect(screen.getByText('/nowhere').tagName).toBe('CODE');
    expect(screen.getByText('/nowhere')).toHaveAttribute('translate', 'no');
    expect(screen.getByRole('link', { name: 'Ir a transacciones' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Saltar al contenido' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Menú' })).toBeInTheDocument();
  });

  it('words the environment stripe, the loading screen and skeletons', () => {
    render(
      <I18nProvider i18n={i18n}>
        <EnvironmentBanner environment="custom" upstreamHost="capa.example:8443" />
        <AppLoading />
        <PageSkeleton />
      </I18nProvider>,
    );
    const stripe = screen.getByRole('region', { name: 'Entorno' });
    expect(stripe).toHaveTextContent('Servidor de Capa personalizado');
    expect(stripe).toHaveTextContent('API de Capa en capa.example:8443; verifica');
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(['Cargando…', 'Cargando…']);
  });
});
