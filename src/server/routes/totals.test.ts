/**
 * GET /api/transactions/totals (issue 13): exact sums per currency and token against a
 * big-decimal oracle (BigInt scaled to 18 decimals, test-support/decimal-oracle.ts), with amounts a double gets wrong: many rows
 * of 0.1 sent as a JSON number, 18-decimal token amounts; the window applies; views too large are
 * refused before any page is read.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOTALS_MAX_ROWS, type ReconciliationTotals } from '../../contract/reconciliation-api';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { sumsBy } from '../test-support/decimal-oracle';
import {
  CANARY_KEY,
  fakeUpstream,
  sandboxControl,
  startBff,
  type Bff,
  type SandboxControl,
} from '../test-support/harness';

let sandbox: RunningSandbox;
let control: SandboxControl;
let bff: Bff;
const user = randomUUID();
const DAY = 86_400_000;
const T0 = Date.parse('2026-11-01T00:00:00Z');
const made: { at: number; currency: string; fiat: string | null; token: string; crypto: string }[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ size: 100, seed: 3 });
  control = sandboxControl(sandbox.url);
  bff = await startBff({ upstream: { baseUrl: sandbox.url, apiKey: sandbox.partners[0].apiKey } });
  // 130 rows, so the totals read more than one page: 0.1 as a number (0.1 × 3 ≠ 0.3 in doubles),
  // token amounts to the last of 18 decimals, and a few rows without a fiat amount.
  for (let i = 0; i < 130; i++) {
    const currency = i % 3 === 0 ? 'DOP' : 'MXN';
    const fiat = i % 10 === 9 ? null : i % 2 === 0 ? '0.1' : `${i}.07`;
    const token = i % 4 === 0 ? 'USDT' : 'USDC';
    const crypto = i % 5 === 0 ? '0.000000000000000001' : `1.${String(i).padStart(18, '0')}`;
    const at = T0 + i * (DAY / 10);
    made.push({ at, currency, fiat, token, crypto });
    await control.create({
      userId: user,
      type: 'OFF_RAMP',
      blockchainSymbol: 'POL',
      fiatCurrency: currency,
      tokenSymbol: token,
      fiatAmount: fiat === null ? null : Number(fiat),
      cryptoAmount: crypto,
      createdAt: new Date(at).toISOString(),
    });
  }
});

afterAll(async () => {
  await bff.close();
  await sandbox.close();
});

function oracle(rows: typeof made) {
  return {
    count: rows.length,
    fiat: sumsBy(
      rows,
      (r) => r.currency,
      (r) => r.fiat,
    ),
    crypto: sumsBy(
      rows,
      (r) => r.token,
      (r) => r.crypto,
    ),
  };
}

async function totals(query: string) {
  const res = await bff.request('GET', `/api/transactions/totals?userId=${user}${query}`);
  return { res, body: res.json() as ReconciliationTotals };
}

describe('GET /api/transactions/totals', () => {
  it('sums every row of the view exactly, per currency and per token, as decimal strings', async () => {
    const { res, body } = await totals('');
    expect(res.status).toBe(200);
    expect(body).toEqual(oracle(made));
    // What doubles would have said: the test would catch a float anywhere on the way.
    const floatSum = made.filter((r) => r.fiat === '0.1' && r.currency === 'MXN').reduce((s) => s + 0.1, 0);
    expect(String(floatSum)).not.toMatch(/^\d+(\.\d)?$/);
    // One call for the count, then two pages (99 rows each, one overlapping).
    expect(res.headers['x-upstream-calls']).toBe('3');
  });

  it('sums only the window: from inclusive, to exclusive', async () => {
    const from = new Date(T0 + 2 * DAY).toISOString();
    const to = new Date(T0 + 9 * DAY).toISOString();
    const { body } = await totals(`&from=${from}&to=${to}`);
    expect(body).toEqual(oracle(made.filter((r) => r.at >= T0 + 2 * DAY && r.at < T0 + 9 * DAY)));
    expect(body.count).toBe(70);
  });

  it('an empty view is a zero count and no sums', async () => {
    const { body } = await totals('&from=2030-01-01T00:00:00Z');
    expect(body).toEqual({ count: 0, fiat: {}, crypto: {} });
  });

  it('keeps the digits of amounts Capa sends as JSON numbers, which a double cannot hold', async () => {
    // Written by hand: JSON.stringify could not write these numbers.
    const rows = [
      '{"id":"00000000-0000-4000-8000-000000000001","userId":"u","status":"COMPLETED","type":"OFF_RAMP",' +
        '"fiatCurrency":"MXN","fiatAmount":12345678901234567.89,"tokenSymbol":"USDC",' +
        '"cryptoAmount":0.100000000000000001,"createdAt":"2026-11-01T00:00:00.000Z"}',
      '{"id":"00000000-0000-4000-8000-000000000002","userId":"u","status":"COMPLETED","type":"OFF_RAMP",' +
        '"fiatCurrency":"MXN","fiatAmount":0.12,"tokenSymbol":"USDC",' +
        '"cryptoAmount":1e-18,"createdAt":"2026-11-02T00:00:00.000Z"}',
    ];
    const capa = await fakeUpstream((req, res) => {
      const q = new URL(req.url ?? '/', 'http://x').searchParams;
      const skip = Number(q.get('skip') ?? 0);
      const page = rows.slice(skip, skip + Number(q.get('limit') ?? 20));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"success":true,"data":{"count":${rows.length},"data":[${page.join(',')}]}}`);
    });
    const other = await startBff({ upstream: { baseUrl: capa.url, apiKey: CANARY_KEY } });
    try {
      const listed = (await other.request('GET', '/api/transactions?sortOrder=ASC')).json();
      expect(listed.items.map((t: { fiatAmount: unknown }) => t.fiatAmount)).toEqual([
        '12345678901234567.89',
        '0.12',
      ]);
      const res = await other.request('GET', '/api/transactions/totals');
      expect(res.json()).toEqual({
        count: 2,
        fiat: { MXN: '12345678901234568.01' },
        crypto: { USDC: '0.100000000000000002' },
      });
    } finally {
      await other.close();
      await capa.close();
    }
  });

  it(`refuses a view of more than ${TOTALS_MAX_ROWS} rows with 422 VIEW_TOO_LARGE, before reading pages`, async () => {
    const big = await startSandbox({ size: 25_000, seed: 4 });
    const other = await startBff({ upstream: { baseUrl: big.url, apiKey: big.partners[0].apiKey } });
    try {
      const res = await other.request('GET', '/api/transactions/totals');
      expect(res.status).toBe(422);
      const { error } = res.json();
      expect(error.code).toBe('VIEW_TOO_LARGE');
      expect(error.message).toMatch(/holds 2\d,\d{3} transactions; totals add up at most 20,000\. Narrow/);
      expect(res.headers['x-upstream-calls']).toBe('1');
    } finally {
      await other.close();
      await big.close();
    }
  });
});
