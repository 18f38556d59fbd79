import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messages as en } from '../../i18n/catalogs/en';
import { messages as es } from '../../i18n/catalogs/es';
import { activateLocale } from '../../i18n/i18n';
import { FIXTURE_COUNT } from '../../mocks/fixtures';
import { browserSpeaks } from '../../test-support/browser-speaks';
import { server } from '../../test-support/msw-server';
import { renderApp } from '../../test-support/render-app';
import { LIST } from '../../test-support/transaction-list';

describe('transactions page in Spanish', () => {
  beforeEach(() => browserSpeaks('es-MX'));
  afterEach(async () => {
    server.events.removeAllListeners();
    await activateLocale('en-US');
  });

  it('reads its headers, filters, pages and totals in Spanish', async () => {
    const { user } = renderApp('/transactions');
    // The first render of the file loads the route's code: slower than the default wait on a busy
    // machine. Queries by text and label below: role queries over the whole table are slow.
    expect(await screen.findByText('Transacciones', { selector: 'h1' }, { timeout: 10_000 })).toBeVisible();
    expect(await screen.findByText(`${FIXTURE_COUNT} transacciones · más recientes primero`)).toBeVisible();
    const headers = [...document.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual([
      expect.stringMatching(/^Creada \(UTC/),
      'Transacción',
      'Usuario',
      'Tipo',
      'Estado',
      'A cargo',
      'Fiat',
      'Cripto',
      'Tipo de cambio',
      'Completada',
    ]);
    expect(screen.getByLabelText('Tipo', { selector: 'select' })).toHaveDisplayValue('Cualquier tipo');
    expect(screen.getByLabelText('Moneda', { selector: 'select' })).toHaveDisplayValue('Cualquier moneda');
    expect(screen.getByText('MXN · Peso mexicano')).toBeInTheDocument();
    expect(screen.getByLabelText('Id de usuario', { selector: 'input[type=search]' })).toHaveAttribute(
      'placeholder',
      'UUID del usuario',
    );
    expect(screen.getByLabelText('Fecha desde')).toBeInTheDocument();
    expect(screen.getByText('Últimos 7 días')).toBeInTheDocument();
    expect(screen.getByText('Exportar CSV')).toBeInTheDocument();

    const pages = within(screen.getByLabelText('Paginación'));
    expect(pages.getByLabelText('Filas por página')).toBeInTheDocument();
    expect(pages.getByText(`1–20 de ${FIXTURE_COUNT}`)).toBeInTheDocument();
    expect(pages.getByText(`Página 1 de ${Math.ceil(FIXTURE_COUNT / 20)}`)).toBeInTheDocument();
    expect(pages.getByLabelText('Página siguiente')).toBeInTheDocument();

    const totals = within(screen.getByLabelText('Totales de esta vista'));
    expect(await totals.findByText(`Totales de ${FIXTURE_COUNT} transacciones`)).toBeInTheDocument();

    await user.click(screen.getByText('Columnas'));
    expect(screen.getByLabelText('Monto fiat')).toBeChecked();
  });

  it('says in Spanish which filters emptied the table', async () => {
    server.use(http.get(LIST, () => HttpResponse.json({ total: 0, skip: 0, limit: 20, items: [] })));
    renderApp('/transactions?type=OFF_RAMP&currency=MXN');
    expect(
      await screen.findByRole('heading', { name: 'Ninguna transacción coincide con estos filtros' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Nada coincide con Tipo Off-ramp y Moneda MXN')).toBeInTheDocument();
    const chips = within(screen.getByRole('list', { name: 'Filtros activos' }));
    expect(chips.getByRole('button', { name: 'Quitar el filtro Tipo: Off-ramp' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Borrar todos los filtros' })).toHaveLength(2);
  });

  it('says in Spanish that there are no transactions yet', async () => {
    server.use(http.get(LIST, () => HttpResponse.json({ total: 0, skip: 0, limit: 20, items: [] })));
    renderApp('/transactions');
    expect(await screen.findByRole('heading', { name: 'Aún no hay transacciones' })).toBeInTheDocument();
  });

  // Types, currencies and status groups are i18n/words.ts's (words.test.ts), presets date-window's.
  it('has a message in both languages for every way an export can fail', () => {
    for (const key of ['transactions.export.broken', 'transactions.export.short']) {
      expect(en, key).toHaveProperty([key]);
      expect(es, key).toHaveProperty([key]);
    }
  });
});
