import { screen, within } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { exportAuditStore } from '../../mocks/export-audit-store';
import { renderApp } from '../../test-support/render-app';

// Windows are read in the agent's zone: Mexico City, UTC−6.
const savedTz = process.env.TZ;
process.env.TZ = 'America/Mexico_City';
afterAll(() => {
  process.env.TZ = savedTz;
});

const OPERATOR = 'operator@sandbox.rampdesk.test';
const ADMIN = 'admin@sandbox.rampdesk.test';

function seed() {
  exportAuditStore.record({
    agentEmail: OPERATOR,
    startedAt: '2026-12-02T15:00:00.000Z',
    finishedAt: '2026-12-02T15:01:10.000Z',
    filters: { status: 'COMPLETED', type: 'OFF_RAMP', fiatCurrency: 'MXN' },
    from: '2026-11-01T06:00:00.000Z',
    to: '2026-12-01T06:00:00.000Z',
    rows: 4_125,
    outcome: 'completed',
  });
  exportAuditStore.record({
    agentEmail: ADMIN,
    startedAt: '2026-12-03T15:00:00.000Z',
    filters: {},
    rows: 3_000,
    outcome: 'failed',
  });
  exportAuditStore.record({
    agentEmail: OPERATOR,
    startedAt: '2026-12-04T15:00:00.000Z',
    filters: { userId: '8374f327-38bd-4b0b-b8a7-2524599eb903' },
    to: '2026-12-04T06:00:00.000Z',
    rows: 10,
    outcome: 'running',
  });
}

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('audit page: exports', () => {
  it('shows admins every export, newest first: who, when, filters, window, rows, outcome', async () => {
    seed();
    renderApp('/audit?log=exports', { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'CSV exports, 1–3 of 3' });
    expect(screen.getByRole('link', { name: 'Exports' })).toHaveAttribute('aria-current', 'page');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Started', 'Agent', 'Filters', 'Created', 'Rows', 'Outcome', 'Finished']);
    const [running, failed, completed] = bodyRows(table).map(cellTexts);
    expect(completed).toEqual([
      expect.stringMatching(/^12\/02\/2026 09:00\sAM$/),
      OPERATOR,
      'Status Completed · Type Off-ramp · Currency MXN',
      expect.stringMatching(/^Nov 1\s–\s30, 2026$/),
      '4,125',
      'Completed',
      expect.stringMatching(/^12\/02\/2026 09:01\sAM$/),
    ]);
    expect(failed?.slice(1, 6)).toEqual([ADMIN, 'No filters', 'All dates', '3,000', 'Failed']);
    expect(running?.slice(2, 7)).toEqual(['User id 8374f327…', 'through Dec 3, 2026', '10', 'Running', '—']);
    expect(within(table).getByText('Nov 1 – 30, 2026')).toHaveAttribute(
      'title',
      '2026-11-01 06:00 UTC to 2026-12-01 06:00 UTC (not included)',
    );
  });

  it('shows operators only their own exports, without the agent column', async () => {
    seed();
    renderApp('/audit?log=exports', { as: 'operator' });
    const table = await screen.findByRole('table', { name: 'CSV exports, 1–2 of 2' });
    expect(screen.getByText(/Your own CSV exports \(operator@sandbox.rampdesk.test\)/)).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Agent' })).not.toBeInTheDocument();
  });

  it('switches between the execute log and the exports by link, and says when there are none', async () => {
    const { user, router } = renderApp('/audit', { as: 'admin' });
    expect(await screen.findByText('No execute attempts yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Execute attempts' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('link', { name: 'Exports' }));
    expect(router.state.location.search).toBe('?log=exports');
    expect(await screen.findByText('No exports yet')).toBeInTheDocument();
  });

  it('is not offered to viewers', async () => {
    renderApp('/audit?log=exports', { as: 'viewer' });
    expect(await screen.findByText(/You need the operator role/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Exports' })).not.toBeInTheDocument();
  });
});
