/**
 * The Stuck-only view (GET /api/transactions?status=…&stuck=true) and the queues' stuck counts,
 * against the sandbox: candidates come from Rampdesk's sightings, each is checked against Capa
 * (one list call filtered on its id), one that moved on is dropped, longest in status first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiListResponseSchema } from '../../contract/api';
import { queuesResponseSchema } from '../../contract/queues-api';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { sandboxControl, startBff, type Bff, type SandboxControl } from '../test-support/harness';

const HOUR = 3_600_000;
let sandbox: RunningSandbox;
let control: SandboxControl;
let bff: Bff;
let now = Date.parse('2026-06-01T08:00:00Z');
const READY = 'status=CRYPTO_RECEIVED,COMPLETED_CRYPTO_RECEIVAL&type=OFF_RAMP';

beforeAll(async () => {
  sandbox = await startSandbox({ size: 200, seed: 7, lifecycleStepMs: 3_600_000 });
  control = sandboxControl(sandbox.url);
  bff = await startBff(
    { upstream: { baseUrl: sandbox.url, apiKey: sandbox.partners[0].apiKey }, queuesCacheMs: 0 },
    { clock: () => new Date(now) },
  );
});

afterAll(async () => {
  await bff.close();
  await sandbox.close();
});

const readyStuck = async () => {
  const res = await bff.request('GET', '/api/queues', { as: 'viewer' });
  expect(res.status, res.text).toBe(200);
  return queuesResponseSchema.parse(res.json()).queues.find((q) => q.id === 'ready-to-execute')!.stuck;
};

describe('stuck items', () => {
  it('counts and lists, longest in status first, only what Capa says is still in its status', async () => {
    const [a, b, c] = await Promise.all(
      [1, 2, 3].map(() =>
        control.create({ type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED', cryptoAmount: '10' }),
      ),
    );
    // Rampdesk sees b first, then a and c a minute later (a single read records the sighting).
    for (const [tx, minutes] of [
      [b, 0],
      [a, 1],
      [c, 1],
    ] as const) {
      now += minutes * 60_000;
      expect((await bff.request('GET', `/api/transactions/${tx!.id}`, { as: 'viewer' })).status).toBe(200);
    }
    expect(await readyStuck()).toBe(0);
    now += 2 * HOUR; // past CRYPTO_RECEIVED's 1h threshold
    expect(await readyStuck()).toBe(3);
    const executed = await bff.request('POST', `/api/transactions/${c!.id}/execute`, {
      headers: { 'content-type': 'application/json' },
      body: '{}',
      as: 'operator',
    });
    expect(executed.status, executed.text).toBe(200);

    const res = await bff.request('GET', `/api/transactions?${READY}&stuck=true&limit=10`, { as: 'viewer' });
    expect(res.status, res.text).toBe(200);
    const page = apiListResponseSchema.parse(res.json());
    // c moved on to PENDING: Capa's check drops it. One Capa call per candidate.
    expect(page.items.map((tx) => tx.id.toLowerCase())).toEqual([b!.id, a!.id].map((id) => id.toLowerCase()));
    expect(page.total).toBe(2);
    expect(Number(res.headers['x-upstream-calls'])).toBe(3);
    expect(Object.values(page.annotations).every((x) => x.stuck)).toBe(true);
    // The count knows only what Rampdesk saw: c counts until Rampdesk sees it in its new status.
    expect(await readyStuck()).toBe(3);
    await bff.request('GET', `/api/transactions/${c!.id}`, { as: 'viewer' });
    expect(await readyStuck()).toBe(2);
    // Paging over the verified items.
    const second = await bff.request('GET', `/api/transactions?${READY}&stuck=true&skip=1&limit=1`, {
      as: 'viewer',
    });
    const secondPage = apiListResponseSchema.parse(second.json());
    expect([secondPage.total, secondPage.items.map((tx) => tx.id.toLowerCase())]).toEqual([
      2,
      [a!.id.toLowerCase()],
    ]);
  });

  it('P3: stuck is validated with clear messages, and only the list takes it', async () => {
    const refused = async (path: string, field: string, message: RegExp) => {
      const res = await bff.request('GET', path, { as: 'viewer' });
      expect(res.status, res.text).toBe(400);
      const body = res.json() as { error: { code: string; fields: Record<string, string> } };
      expect(body.error.code).toBe('VALIDATION_ERROR');
      expect(body.error.fields[field]).toMatch(message);
    };
    await refused('/api/transactions?status=PENDING&stuck=yes', 'stuck', /must be true or false/);
    await refused('/api/transactions?stuck=true', 'stuck', /needs a status filter/);
    await refused('/api/transactions?status=PENDING&stuck=true&stuck=true', 'stuck', /more than once/);
    await refused('/api/transactions/totals?status=PENDING&stuck=true', 'stuck', /is unknown/);
    const off = await bff.request('GET', '/api/transactions?status=PENDING&stuck=false&limit=1', {
      as: 'viewer',
    });
    expect(off.status, off.text).toBe(200);
  });
});
