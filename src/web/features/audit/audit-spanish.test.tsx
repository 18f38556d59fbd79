import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../../i18n/i18n';
import { agentStore } from '../../mocks/agent-store';
import { auditStore } from '../../mocks/audit-store';
import { collaborationStore } from '../../mocks/collaboration-store';
import { exportAuditStore } from '../../mocks/export-audit-store';
import { browserSpeaks } from '../../test-support/browser-speaks';
import { renderApp } from '../../test-support/render-app';

const TX = '5efb1ad2-30ac-455f-985b-73a4b92c888d';

describe('the Audit page in Spanish', () => {
  beforeEach(() => browserSpeaks('es-MX'));
  afterEach(() => activateLocale('en-US'));

  it('reads the execute attempts, their filters, outcomes and counts in Spanish', async () => {
    const admin = agentStore.byRole('admin');
    auditStore.attempt(admin, { transactionId: TX, outcome: 'failed' });
    auditStore.attempt(admin, { transactionId: TX, outcome: 'rejected' });
    const { user } = renderApp('/audit', { as: 'admin' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Registro de auditoría' })).toBeVisible();
    const table = await screen.findByRole('table', { name: /^Intentos de ejecución, / });
    expect(screen.getByRole('link', { name: 'Intentos de ejecución' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('link', { name: 'Tomas y notas' })).toBeInTheDocument();
    expect(screen.getByText(/Cada intento de ejecución de cada agente.* 2 intentos\.$/)).toBeVisible();
    expect(within(table).getByRole('columnheader', { name: 'Respuesta de Capa' })).toBeInTheDocument();
    expect(within(table).getByText('Fallido')).toBeInTheDocument();
    expect(within(table).getByText('Rechazado por Rampdesk')).toBeInTheDocument();
    expect(within(table).getAllByText('Sin hash')).toHaveLength(2);
    expect(within(table).getAllByRole('link', { name: `Transacción ${TX}` })).toHaveLength(2);

    await user.selectOptions(screen.getByLabelText('Resultado'), 'failed');
    expect(await screen.findByText(/1 intento coincide\.$/)).toBeVisible();
    expect(screen.getByRole('option', { name: 'Cualquier resultado' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Resultado'), 'pending');
    expect(await screen.findByText('Ningún intento de ejecución coincide con estos filtros')).toBeVisible();
  });

  it('shows its own words for what the BFF recorded in English, the record a hover and a copy away', async () => {
    const admin = agentStore.byRole('admin');
    const accepted = 'Capa accepted the execute; the transaction is now “Pending”.';
    const settled = 'status PENDING seen at 2026-12-03T15:01:00.000Z';
    auditStore.attempt(admin, {
      transactionId: TX,
      outcome: 'succeeded',
      upstreamStatus: 200,
      upstreamMessage: accepted,
    });
    auditStore.attempt(admin, {
      transactionId: TX,
      outcome: 'rejected',
      upstreamCode: 'ALREADY_EXECUTED',
      upstreamMessage: 'This transaction was already executed through Rampdesk.',
    });
    auditStore.attempt(admin, {
      transactionId: TX,
      outcome: 'succeeded',
      resolvedAt: '2026-12-03T15:01:00.000Z',
      resolvedBy: settled,
    });
    renderApp('/audit', { as: 'admin' });
    const table = await screen.findByRole('table', { name: /^Intentos de ejecución, / });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[2]).toHaveTextContent('Aceptado');
    expect(rows[1]).toHaveTextContent('Rechazado por Rampdesk · Ya ejecutada');
    expect(rows[0]).toHaveTextContent('Resuelto');
    expect(table).not.toHaveTextContent(/accepted|already|seen at/);
    expect(within(rows[2]!).getByTitle(`HTTP 200 · ${accepted}`)).toBeInTheDocument();
    expect(within(rows[0]!).getByTitle(settled)).toBeInTheDocument();
  });

  it('reads the export log in Spanish', async () => {
    exportAuditStore.record({
      agentEmail: 'admin@sandbox.rampdesk.test',
      startedAt: '2026-12-03T15:00:00.000Z',
      filters: {},
      rows: 3,
      outcome: 'completed',
    });
    renderApp('/audit?log=exports', { as: 'admin' });
    const table = await screen.findByRole('table', { name: /^Exportaciones CSV, / });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Inicio', 'Agente', 'Filtros', 'Creadas', 'Filas', 'Resultado', 'Fin']);
    expect(within(table).getByText('Sin filtros')).toBeInTheDocument();
    expect(within(table).getByText('Todas las fechas')).toBeInTheDocument();
    expect(within(table).getByText('Completada')).toBeInTheDocument();
    expect(screen.getByText(/ 1 exportación\.$/)).toBeVisible();
  });

  it('reads takes and notes in Spanish, and their empty state', async () => {
    const { unmount } = renderApp('/audit?log=activity', { as: 'operator' });
    expect(await screen.findByText('Todavía no hay tomas ni notas')).toBeVisible();
    unmount();
    const operator = agentStore.byRole('operator');
    collaborationStore.take(TX, operator);
    collaborationStore.addNote(TX, operator, 'Llamé al usuario');
    renderApp('/audit?log=activity', { as: 'operator' });
    const table = await screen.findByRole('table', { name: /^Tomas, liberaciones y notas, / });
    expect(within(table).getByRole('columnheader', { name: 'Qué' })).toBeInTheDocument();
    expect(within(table).getByText('La tomó')).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'Nota' })).toBeInTheDocument();
  });
});
