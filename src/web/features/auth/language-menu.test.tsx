import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { AGENT_ROLES } from '../../../contract/auth';
import { messages as en } from '../../i18n/catalogs/en';
import { messages as es } from '../../i18n/catalogs/es';
import { activateLocale } from '../../i18n/i18n';
import { agentStore } from '../../mocks/agent-store';
import { configHandler, MOCK_CONFIG } from '../../mocks/handlers';
import { server } from '../../test-support/msw-server';
import { renderApp } from '../../test-support/render-app';

const operator = () => agentStore.byRole('operator');

async function header() {
  return screen.findByRole('banner');
}

describe('the language menu', () => {
  afterEach(async () => {
    sessionStorage.clear();
    await activateLocale('en-US');
  });

  it('switches the shell to Spanish at once, stores the choice with the agent, and sets <html lang>', async () => {
    const { user } = renderApp('/queues');
    const banner = await header();
    const put: unknown[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'PUT') put.push(await request.clone().json());
    });
    await user.selectOptions(within(banner).getByRole('combobox', { name: 'Language' }), 'es-MX');

    const nav = await within(banner).findByRole('navigation', { name: 'Principal' });
    expect(within(nav).getByRole('link', { name: 'Colas' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Transacciones' })).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Cerrar sesión' })).toBeInTheDocument();
    expect(within(banner).getByText('Operador')).toBeInTheDocument();
    expect(within(banner).getByRole('combobox', { name: 'Idioma' })).toHaveValue('es-MX');
    expect(document.documentElement.lang).toBe('es-MX');
    await waitFor(() => expect(agentStore.localeOf(operator().id)).toBe('es-MX'));
    expect(put).toEqual([{ locale: 'es-MX' }]);
    server.events.removeAllListeners();
  });

  it('speaks the language stored with the agent as soon as the session says it, in any browser', async () => {
    agentStore.setLocale(operator().id, 'es-DO');
    renderApp('/queues');
    const banner = await header();
    expect(await within(banner).findByRole('link', { name: 'Auditoría' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es-DO');
  });

  it('keeps a choice the BFF could not store for this browser, and says so', async () => {
    server.use(
      http.put('*/api/auth/locale', () =>
        HttpResponse.json(
          { error: { code: 'INTERNAL', message: 'Something went wrong.', requestId: 'r-1' } },
          { status: 500 },
        ),
      ),
    );
    const { user } = renderApp('/queues');
    await user.selectOptions(within(await header()).getByRole('combobox', { name: 'Language' }), 'es-419');
    expect(await screen.findByText(/No se pudo guardar tu idioma/)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es-419');
    expect(sessionStorage.getItem('rampdesk.locale')).toBe('es-419');
    expect(agentStore.localeOf(operator().id)).toBeNull();
  });

  it('after sign-out, the sign-in page follows the browser again', async () => {
    agentStore.setLocale(operator().id, 'es-MX');
    const { user, router } = renderApp('/queues');
    await user.click(await within(await header()).findByRole('button', { name: 'Cerrar sesión' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    await waitFor(() => expect(document.documentElement.lang).toBe('en-US'));
  });

  it('offers the pseudo-locale only when the BFF says so, and never stores it', async () => {
    const { user, unmount } = renderApp('/queues');
    const select = within(await header()).getByRole('combobox', { name: 'Language' });
    expect(within(select).queryByRole('option', { name: /en-XA/ })).not.toBeInTheDocument();
    unmount();

    server.use(configHandler({ ...MOCK_CONFIG, pseudoLocale: true }));
    renderApp('/queues');
    const offered = within(await header()).getByRole('combobox', { name: 'Language' });
    expect(await within(offered).findByRole('option', { name: /en-XA/ })).toBeInTheDocument();
    await user.selectOptions(offered, 'en-XA');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(await screen.findByRole('link', { name: /^Qúéúés~+$/ })).toBeInTheDocument();
    expect(sessionStorage.getItem('rampdesk.locale')).toBe('en-XA');
    expect(agentStore.localeOf(operator().id)).toBeNull();
  });

  it('names every role in both languages', () => {
    for (const role of AGENT_ROLES) {
      expect(en).toHaveProperty(`words.role.${role}`);
      expect(es).toHaveProperty(`words.role.${role}`);
    }
  });
});
