import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditOutcome } from '../../../contract/audit-api';
import { agentStore } from '../../mocks/agent-store';
import { auditStore } from '../../mocks/audit-store';
import { renderApp } from '../../test-support/render-app';

const TX_A = '5efb1ad2-30ac-455f-985b-73a4b92c888d';
const TX_B = '530f971a-4a53-48e8-bc69-a33c54f42d77';
const OUTCOMES: AuditOutcome[] = ['succeeded', 'failed', 'rejected', 'unknown'];

/** `count` attempts by the operator and the admin in turn, one per hour back from 20 Nov 2025 12:00 UTC. */
function seed(count: number) {
  const operator = agentStore.byRole('operator');
  const admin = agentStore.byRole('admin');
  for (let i = 0; i < count; i++) {
    const agent = i % 2 === 0 ? operator : admin;
    auditStore.record({
      agentId: agent.id,
      agentEmail: agent.email,
      transactionId: i % 3 === 0 ? TX_A : TX_B,
      outcome: OUTCOMES[i % OUTCOMES.length]!,
      createdAt: new Date(Date.UTC(2025, 10, 20, 12) - i * 3_600_000).toISOString(),
    });
  }
}

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('audit page', () => {
  it('shows admins every agent’s attempts, newest first, with the agent', async () => {
    seed(6);
    renderApp('/audit', { as: 'admin' });
    const table = await screen.findByRole('table', { name: /Execute attempts, 1–6 of 6/ });
    expect(screen.getByText(/Every execute attempt by every agent/)).toBeVisible();
    expect(within(table).getByRole('columnheader', { name: 'Agent' })).toBeInTheDocument();
    expect(rows().map((r) => within(r).getAllByRole('cell')[1]!.textContent)).toEqual([
      'operator@sandbox.rampdesk.test',
      'admin@sandbox.rampdesk.test',
      'operator@sandbox.rampdesk.test',
      'admin@sandbox.rampdesk.test',
      'operator@sandbox.rampdesk.test',
      'admin@sandbox.rampdesk.test',
    ]);
    const link = within(rows()[0]!).getByRole('link', { name: `Transaction ${TX_A}` });
    expect(link).toHaveAttribute('href', `/transactions/${TX_A}`);
  });

  it('shows operators only their own attempts, and says so', async () => {
    seed(6);
    renderApp('/audit', { as: 'operator' });
    await screen.findByRole('table', { name: /1–3 of 3/ });
    expect(
      screen.getByText(/Your own execute attempts \(operator@sandbox.rampdesk.test\).*Admins see everyone’s/),
    ).toBeVisible();
    expect(screen.queryByRole('columnheader', { name: 'Agent' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Agent')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Audit' })).toHaveAttribute('aria-current', 'page');
  });

  it('gives viewers the forbidden panel and no header link', async () => {
    seed(2);
    renderApp('/audit', { as: 'viewer' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You need the operator role to read the execute audit log. Ask an admin.',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Audit' })).not.toBeInTheDocument();
  });

  it('filters by outcome, transaction id and agent, in the URL', async () => {
    seed(12);
    const { user, router } = renderApp('/audit', { as: 'admin' });
    await screen.findByRole('table', { name: /of 12/ });

    await user.selectOptions(screen.getByLabelText('Outcome'), 'failed');
    await screen.findByRole('table', { name: /1–3 of 3/ });
    expect(router.state.location.search).toBe('?outcome=failed');
    expect(rows().every((r) => within(r).getByText('Failed'))).toBe(true);

    const txField = screen.getByLabelText('Transaction id');
    await user.type(txField, 'not-an-id{Enter}');
    expect(txField).toHaveAttribute('aria-invalid', 'true');
    expect(txField).toHaveAccessibleDescription(/ids are UUIDs/);
    expect(router.state.location.search).toBe('?outcome=failed');

    await user.clear(txField);
    await user.type(txField, `${TX_A.toUpperCase()}{Enter}`);
    await waitFor(() => expect(router.state.location.search).toBe(`?outcome=failed&tx=${TX_A}`));
    await screen.findByRole('table', { name: /1–1 of 1/ });

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await screen.findByRole('table', { name: /of 12/ });
    expect(router.state.location.search).toBe('');

    await user.type(screen.getByLabelText('Agent'), 'Admin@Sandbox.Rampdesk.Test{Enter}');
    await screen.findByRole('table', { name: /1–6 of 6/ });
    expect(router.state.location.search).toBe('?agent=admin%40sandbox.rampdesk.test');
  });

  it('filters by a range of days, both ends included, and reads filters from a shared link', async () => {
    seed(48); // two days, 20 Nov 12:00 UTC back to 18 Nov 13:00 UTC
    renderApp('/audit?from=2025-11-19&to=2025-11-19&outcome=unknown', { as: 'admin' });
    await screen.findByRole('table');
    expect(screen.getByLabelText('From (day)')).toHaveValue('2025-11-19');
    expect(screen.getByLabelText('To (day, included)')).toHaveValue('2025-11-19');
    expect(screen.getByLabelText('Outcome')).toHaveValue('unknown');
    // Every row is on the 19th in the agent's time zone (the test runs in UTC or not: compare locally).
    for (const row of rows()) {
      const at = new Date(within(row).getByRole('time').getAttribute('datetime')!);
      expect([at.getFullYear(), at.getMonth(), at.getDate()]).toEqual([2025, 10, 19]);
    }
    expect(rows()).toHaveLength(6);
  });

  it('pages through attempts like the transactions table, and back', async () => {
    seed(45);
    const { user, router } = renderApp('/audit', { as: 'admin' });
    await screen.findByRole('table', { name: /1–20 of 45/ });
    const pager = screen.getByRole('navigation', { name: 'Pagination' });
    expect(pager).toHaveTextContent('Page 1 of 3');
    expect(within(pager).getByRole('button', { name: 'Previous page' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );

    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    await screen.findByRole('table', { name: /21–40 of 45/ });
    expect(router.state.location.search).toBe('?page=2');

    await user.click(within(pager).getByRole('button', { name: 'Last page' }));
    await screen.findByRole('table', { name: /41–45 of 45/ });
    expect(rows()).toHaveLength(5);
    expect(within(pager).getByRole('button', { name: 'Next page' })).toHaveAttribute('aria-disabled', 'true');

    await user.selectOptions(within(pager).getByLabelText('Rows per page'), '50');
    await screen.findByRole('table', { name: /1–45 of 45/ });
    expect(router.state.location.search).toBe('?size=50');

    await router.navigate(-1);
    await screen.findByRole('table', { name: /41–45 of 45/ });
  });

  it('moves a page past the end to the last page', async () => {
    seed(25);
    const { router } = renderApp('/audit?page=9', { as: 'admin' });
    await screen.findByRole('table', { name: /21–25 of 25/ });
    expect(router.state.location.search).toBe('?page=2');
  });

  it('says when nothing matches, with a way out', async () => {
    seed(4);
    const { user } = renderApp('/audit?outcome=pending', { as: 'admin' });
    expect(await screen.findByText('No execute attempts match these filters')).toBeVisible();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await screen.findByRole('table', { name: /of 4/ });
  });
});
