/**
 * GET /api/transactions/export.csv (issue 13, docs/security.md X1–X3) against the sandbox: the
 * file round-trips through an RFC 4180 parser to the list's own fields, holds exactly the
 * announced rows, neutralises formulas, masks account numbers for operators, is not disturbed
 * by transactions created meanwhile, fails visibly when Capa fails midway, and is audited.
 */
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AgentRole } from '../../contract/auth';
import type { ExportAuditEntry } from '../../contract/reconciliation-api';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { EXPORT_COLUMNS } from '../list-views/export-columns';
import { sumsBy } from '../test-support/decimal-oracle';
import { download } from '../test-support/download';
import { sandboxControl, startBff, type Bff, type SandboxControl } from '../test-support/harness';
import { allRows } from '../test-support/sandbox-oracle';
import { agentHeaders } from '../test-support/test-agents';

let sandbox: RunningSandbox;
let control: SandboxControl;
let bff: Bff;
let key: string;
const PATH = '/api/transactions/export.csv';

beforeAll(async () => {
  sandbox = await startSandbox({ size: 700, seed: 17, lifecycleStepMs: 3_600_000 });
  key = sandbox.partners[0].apiKey;
  control = sandboxControl(sandbox.url);
  bff = await startBff({ environment: 'sandbox', upstream: { baseUrl: sandbox.url, apiKey: key } });
});

afterAll(async () => {
  await bff.close();
  await sandbox.close();
});

afterEach(async () => {
  await control.clearFaults();
});

async function exportAs(role: AgentRole, query: string, options: { cancelAfterBytes?: number } = {}) {
  return download(`${bff.url}${PATH}${query}`, await agentHeaders(bff.database, role), options);
}

/** Records of the file, header row first; the BOM is skipped as spreadsheets skip it. */
function records(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text, { bom: true, relax_column_count: false }) as string[][];
}

/** The newest export audit entry, once it says how the export ended. */
async function lastExport(): Promise<ExportAuditEntry> {
  for (let i = 0; i < 100; i++) {
    const [entry] = (await bff.request('GET', '/api/audit/exports?limit=1', { as: 'admin' })).json().items;
    if (entry && entry.outcome !== 'running') return entry;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the export never finished in the audit');
}

const cellOf = (value: unknown) => (value === null || value === undefined ? '' : String(value));

describe('GET /api/transactions/export.csv', () => {
  it('X1: round-trips through an RFC 4180 parser to the very fields Capa gave, one row per transaction', async () => {
    const filters = { type: 'OFF_RAMP', from: '2026-07-01T00:00:00Z', to: '2026-11-15T00:00:00-06:00' };
    const qs = `?${new URLSearchParams(filters)}`;
    const file = await exportAs('admin', qs);
    expect(file.status).toBe(200);
    expect(file.complete).toBe(true);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toBe(
      'attachment; filename="rampdesk-sandbox-off-ramp-2026-07-01_2026-11-15T0600Z.csv"',
    );
    const [header, ...rows] = records(file.text);
    expect(header).toEqual(EXPORT_COLUMNS);
    const expected = (await allRows(sandbox.url, key, { type: 'OFF_RAMP' })).filter(
      (r) => r.createdAt >= '2026-07-01T00:00:00.000Z' && r.createdAt < '2026-11-15T06:00:00.000Z',
    );
    // More than one read of 99 rows, so the overlap between reads is crossed.
    expect(expected.length).toBeGreaterThan(99);
    expect(Number(file.headers['x-total-count'])).toBe(expected.length);
    const list = (await bff.request('GET', `/api/transactions${qs}&limit=1`, { as: 'admin' })).json();
    expect(list.total).toBe(expected.length);
    expect(rows).toHaveLength(expected.length);
    const column = (name: string) => header!.indexOf(name);
    rows.forEach((row, i) => {
      const tx = expected[i]! as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      for (const name of ['id', 'status', 'fiatAmount', 'cryptoAmount', 'exchangeRate', 'createdAt']) {
        expect([name, row[column(name)]]).toEqual([name, cellOf(tx[name])]);
      }
      const account = tx.bankAccount ?? {};
      for (const name of ['accountIdentifier', 'iban', 'bankName', 'documentIdentifier']) {
        expect(row[column(`bankAccount.${name}`)]).toBe(cellOf(account[name]));
      }
    });
    // The file's sums per currency are the totals bar's, to the last digit.
    const totals = (await bff.request('GET', `/api/transactions/totals${qs}`)).json();
    const sum = (k: string, a: string) =>
      sumsBy(
        rows,
        (r) => r[column(k)]!,
        (r) => r[column(a)]!,
      );
    expect(sum('fiatCurrency', 'fiatAmount')).toEqual(totals.fiat);
    expect(sum('tokenSymbol', 'cryptoAmount')).toEqual(totals.crypto);
    expect(totals.count).toBe(rows.length);
  });

  it('X2: operators get account and document numbers masked to their last four characters; viewers no file', async () => {
    const user = randomUUID();
    await control.create({
      userId: user,
      fiatCurrency: 'MXN',
      bankAccount: {
        country: 'MX',
        accountIdentifier: '012180001234567897',
        documentIdentifier: 'GODE561231GR8',
      },
    });
    const operator = records((await exportAs('operator', `?userId=${user}`)).text);
    const admin = records((await exportAs('admin', `?userId=${user}`)).text);
    const at = (file: string[][], name: string) => file[1]![file[0]!.indexOf(name)];
    expect(at(operator, 'bankAccount.accountIdentifier')).toBe('**************7897');
    expect(at(operator, 'bankAccount.documentIdentifier')).toBe('*********1GR8');
    expect(at(admin, 'bankAccount.accountIdentifier')).toBe('012180001234567897');
    expect(at(admin, 'bankAccount.documentIdentifier')).toBe('GODE561231GR8');
    const viewer = await exportAs('viewer', `?userId=${user}`);
    expect(viewer.status).toBe(403);
    expect(JSON.parse(viewer.text).error).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'operator' });
  });

  it('neutralises formulas (OWASP) and quotes commas, quotes and line breaks, leaving plain numbers alone', async () => {
    const user = randomUUID();
    await control.create({
      userId: user,
      cancellationReason: '=HYPERLINK("http://evil.example","click")',
      destinationWalletAddress: '@SUM(1,2)',
      premiumSpread: '-0.5',
      bankAccount: { country: 'MX', bankName: '+cmd|" /C calc"!A0', accountType: '\tTAB', bic: '-1+2' },
      invoice: { transactionHash: 'line one\r\nline "two", three', paymentUrl: null },
    });
    const [header, row] = records((await exportAs('admin', `?userId=${user}`)).text);
    const at = (name: string) => row![header!.indexOf(name)];
    expect(at('cancellationReason')).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(at('destinationWalletAddress')).toBe("'@SUM(1,2)");
    expect(at('bankAccount.bankName')).toBe(`'+cmd|" /C calc"!A0`);
    expect(at('bankAccount.accountType')).toBe("'\tTAB");
    expect(at('bankAccount.bic')).toBe("'-1+2");
    expect(at('premiumSpread')).toBe('-0.5');
    expect(at('invoice.transactionHash')).toBe('line one\r\nline "two", three');
  });

  it('K1: a partner key Capa echoes into fields of its rows never reaches the file, even in the extra column', async () => {
    await control.fault({ route: 'list', times: 0, echoKey: 'fields' });
    const file = await exportAs('admin', '?type=ON_RAMP');
    expect(file.complete).toBe(true);
    expect(file.text).toContain('[redacted]');
    expect(file.text).not.toContain(key);
    for (const half of key.split(':')) expect(file.text).not.toContain(half);
  });

  it('a transaction created during the export is neither in it nor shifts another out', async () => {
    const before = await allRows(sandbox.url, key, { status: 'PENDING' });
    // Slow pages, so the export is still running while transactions are created.
    await control.fault({ route: 'list', times: 0, latencyMs: 120 });
    const running = exportAs('operator', '?status=PENDING');
    const created: string[] = [];
    for (let i = 0; i < 6; i++) {
      await new Promise((r) => setTimeout(r, 100));
      created.push((await control.create({ status: 'PENDING' })).id);
    }
    const file = await running;
    const [, ...rows] = records(file.text);
    expect(Number(file.headers['x-total-count'])).toBe(before.length);
    expect(rows.map((r) => r[0])).toEqual(before.map((r) => r.id));
    expect(rows.map((r) => r[0])).not.toContain(created[0]);
    expect(await lastExport()).toMatchObject({ outcome: 'completed', rows: before.length });
  });

  it('Capa failing midway aborts the download without its final chunk, and the audit says failed', async () => {
    const total = (await allRows(sandbox.url, key)).length;
    expect(total).toBeGreaterThan(400);
    // The newest row, the count and the first two pages, then Capa fails for good.
    await control.fault({ route: 'list', times: 4, latencyMs: 1 });
    await control.fault({ route: 'list', times: 0, status: 503 });
    const file = await exportAs('operator', '');
    expect(file.status).toBe(200);
    expect(file.complete).toBe(false);
    const [, ...rows] = records(file.text.slice(0, file.text.lastIndexOf('\r\n') + 2));
    expect(rows.length).toBeLessThan(total);
    expect(Number(file.headers['x-total-count'])).toBe(total);
    const entry = await lastExport();
    expect(entry).toMatchObject({ outcome: 'failed', agentEmail: 'test-operator@rampdesk.test' });
    expect(entry.rows).toBeLessThan(total);
  });

  it('Capa failing before the first byte is a plain error answer, audited as failed', async () => {
    await control.fault({ route: 'list', times: 0, status: 503 });
    const file = await exportAs('operator', '?type=ON_RAMP');
    expect(file.status).toBe(502);
    expect(JSON.parse(file.text).error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await lastExport()).toMatchObject({ outcome: 'failed', rows: 0, filters: { type: 'ON_RAMP' } });
  });

  it('an agent who cancels the download leaves a cancelled export in the audit', async () => {
    await control.fault({ route: 'list', times: 0, latencyMs: 150 });
    const file = await exportAs('operator', '', { cancelAfterBytes: 1 });
    expect(file.complete).toBe(false);
    expect(await lastExport()).toMatchObject({ outcome: 'cancelled' });
  });

  it('X3: GET /api/audit/exports shows admins every export, operators their own, viewers nothing', async () => {
    await exportAs('admin', '?fiatCurrency=DOP&from=2026-11-01T00:00:00Z');
    const admin = (await bff.request('GET', '/api/audit/exports', { as: 'admin' })).json();
    expect(admin.items[0]).toMatchObject({
      agentEmail: 'test-admin@rampdesk.test',
      filters: { fiatCurrency: 'DOP' },
      from: '2026-11-01T00:00:00.000Z',
      to: null,
      outcome: 'completed',
    });
    const operator = (await bff.request('GET', '/api/audit/exports?limit=100', { as: 'operator' })).json();
    expect(operator.total).toBeGreaterThan(0);
    expect(operator.total).toBeLessThan(admin.total);
    expect(
      operator.items.every((e: ExportAuditEntry) => e.agentEmail === 'test-operator@rampdesk.test'),
    ).toBe(true);
    expect((await bff.request('GET', '/api/audit/exports', { as: 'viewer' })).status).toBe(403);
  });

  it("W2: the notes column holds each transaction's notes, oldest first, with author and time, neutralised", async () => {
    const tx = await control.create({ type: 'ON_RAMP', status: 'COMPLETED', fiatCurrency: 'EUR' });
    const note = (text: string, as: AgentRole) =>
      bff.request('POST', `/api/transactions/${tx.id}/notes`, {
        as,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
    expect((await note('=HYPERLINK("http://evil.example")', 'operator')).status).toBe(201);
    expect((await note('<img src=x onerror=alert(1)>\nsecond line', 'admin')).status).toBe(201);
    const file = await exportAs('operator', `?id=${tx.id}`);
    const [header, row] = records(file.text);
    expect(header!.at(-1)).toBe('notes');
    const lines = row!.at(-1)!.split('\n');
    expect(lines).toHaveLength(3);
    // The cell starts with the first note's time, so no formula can lead it.
    expect(lines[0]).toMatch(
      /^\d{4}-\d\d-\d\dT[\d:.]+Z Test operator <test-operator@rampdesk\.test>: =HYPERLINK/,
    );
    expect(lines[1]).toMatch(/Z Test admin <test-admin@rampdesk\.test>: <img src=x onerror=alert\(1\)>$/);
    expect(lines[2]).toBe('second line');
  });
});
