import { afterEach, describe, expect, it } from 'vitest';
import { capaListResponseSchema } from '../../contract/capa';
import { createOffRamp, errorOf, useSandbox } from '../test-support/sandbox-tests';

const sandbox = useSandbox({ size: 150 });

async function fault(spec: Record<string, unknown>) {
  const res = await sandbox().control('POST', '/faults', spec);
  expect(res.status).toBe(201);
}

afterEach(async () => {
  await sandbox().control('DELETE', '/faults');
});

describe('faults: timing', () => {
  it('delays the headers by latencyMs, then answers normally', async () => {
    await fault({ route: 'list', latencyMs: 250 });
    const started = performance.now();
    const res = await sandbox().list();
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
    expect(capaListResponseSchema.safeParse(await res.json()).success).toBe(true);
  });

  it('hangs until the client gives up, and only for the faulted call', async () => {
    await fault({ route: 'list', hang: true });
    await expect(
      fetch(`${sandbox().url}/api/partner/v2/transactions`, {
        headers: { 'partner-api-key': sandbox().key },
        signal: AbortSignal.timeout(300),
      }),
    ).rejects.toThrow();
    expect((await sandbox().list()).status).toBe(200);
  });

  it('sends headers at once and dribbles the body over slowBodyMs', async () => {
    await fault({ route: 'list', slowBodyMs: 600 });
    const started = performance.now();
    const res = await sandbox().list();
    const headersAt = performance.now() - started;
    const body = await res.json();
    expect(headersAt).toBeLessThan(300);
    expect(performance.now() - started).toBeGreaterThanOrEqual(540);
    expect(capaListResponseSchema.safeParse(body).success).toBe(true);
  });
});

describe('faults: broken bodies', () => {
  it('truncates: Content-Length promises more than arrives, then the connection drops', async () => {
    await fault({ route: 'list', truncated: true });
    const res = await sandbox().list();
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it('sends malformed JSON under a JSON content type', async () => {
    await fault({ route: 'list', malformedJson: true });
    const res = await sandbox().list();
    expect(res.headers.get('content-type')).toMatch(/json/);
    await expect(res.json()).rejects.toThrow();
  });

  it('sends an HTML error page', async () => {
    await fault({ route: 'execute', nonJson: true });
    const res = await sandbox().execute({ transactionId: '8374f327-38bd-4b0b-b8a7-2524599eb903' });
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toMatch(/^<!DOCTYPE html>/);
  });

  it('labels a real answer with the wrong content type', async () => {
    await fault({ route: 'list', contentType: 'text/plain' });
    const res = await sandbox().list();
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect(capaListResponseSchema.safeParse(JSON.parse(await res.text())).success).toBe(true);
  });

  it('sends an oversize body of exactly oversizeBytes', async () => {
    await fault({ route: 'list', oversizeBytes: 3_000_000 });
    const text = await (await sandbox().list()).text();
    expect(text.length).toBe(3_000_000);
    expect(JSON.parse(text)).toMatchObject({ success: true });
  });

  it('sends a given body and status', async () => {
    await fault({ route: 'list', status: 500, body: { message: 'boom' } });
    const res = await sandbox().list();
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ message: 'boom' });
  });
});

describe('faults: statuses', () => {
  it.each([
    [500, 'INTERNAL_SERVER_ERROR'],
    [502, 'BAD_GATEWAY'],
    [503, 'SERVICE_UNAVAILABLE'],
    [401, 'UNAUTHORIZED'],
  ])('%i in the Capa envelope', async (status, code) => {
    await fault({ route: 'list', status });
    expect(await errorOf(await sandbox().list())).toMatchObject({ status, code });
  });

  it('429 carries Retry-After (1 by default, or as given)', async () => {
    await fault({ route: 'list', status: 429 });
    expect((await sandbox().list()).headers.get('retry-after')).toBe('1');
    await fault({ route: 'list', status: 429, headers: { 'Retry-After': '7' } });
    const res = await sandbox().list();
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
  });

  it('redirects with a Location header', async () => {
    await fault({ route: 'list', redirectTo: 'http://127.0.0.1:9/elsewhere', status: 307 });
    const res = await fetch(`${sandbox().url}/api/partner/v2/transactions`, {
      headers: { 'partner-api-key': sandbox().key },
      redirect: 'manual',
    });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('http://127.0.0.1:9/elsewhere');
  });
});

describe('faults: matching and counting', () => {
  it('applies `times` calls, then stops; times 0 lasts until cleared', async () => {
    await fault({ route: 'list', status: 503, times: 2 });
    expect((await sandbox().list()).status).toBe(503);
    expect((await sandbox().list()).status).toBe(503);
    expect((await sandbox().list()).status).toBe(200);
    await fault({ route: 'list', status: 503, times: 0 });
    for (let i = 0; i < 4; i++) expect((await sandbox().list()).status).toBe(503);
    const listed = await (await sandbox().control('GET', '/faults')).json();
    expect(listed.faults).toMatchObject([{ remaining: null }]);
    expect(await (await sandbox().control('DELETE', '/faults')).json()).toEqual({ cleared: 1 });
    expect((await sandbox().list()).status).toBe(200);
  });

  it('hits only its route; `any` also hits unknown paths', async () => {
    await fault({ route: 'execute', status: 503 });
    expect((await sandbox().list()).status).toBe(200);
    await sandbox().control('DELETE', '/faults');
    await fault({ route: 'any', status: 418 });
    expect((await fetch(`${sandbox().url}/somewhere`)).status).toBe(418);
  });

  it('refuses a malformed fault with 400', async () => {
    for (const spec of [
      { route: 'everything' },
      { route: 'list', hnag: true },
      { route: 'list', times: -1 },
    ]) {
      expect((await sandbox().control('POST', '/faults', spec)).status).toBe(400);
    }
  });
});

describe("faults: apply 'before' vs 'after' on execute", () => {
  it("'before' stands in for Capa: nothing is executed", async () => {
    const tx = await createOffRamp(sandbox());
    await fault({ route: 'execute', status: 503 });
    expect((await sandbox().execute({ transactionId: tx.id })).status).toBe(503);
    expect((await (await sandbox().control('GET', `/transactions/${tx.id}`)).json()).executed).toBeNull();
  });

  it("'after' executes, loses the answer, and a retry with the same key replays the success", async () => {
    const sb = sandbox();
    const tx = await createOffRamp(sb);
    await fault({ route: 'execute', status: 504, apply: 'after' });
    const key = 'lost-answer-key-0001';
    expect((await sb.execute({ transactionId: tx.id }, { idempotencyKey: key })).status).toBe(504);
    expect((await (await sb.control('GET', `/transactions/${tx.id}`)).json()).executed).not.toBeNull();
    const retry = await sb.execute({ transactionId: tx.id }, { idempotencyKey: key });
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ success: true, data: { id: tx.id, status: 'PENDING' } });
  });

  it("'after' with hang executes and never answers (a timeout after the fact)", async () => {
    const sb = sandbox();
    const tx = await createOffRamp(sb);
    await fault({ route: 'execute', hang: true, apply: 'after' });
    await expect(
      fetch(`${sb.url}/api/partner/v2/off-ramp/execute`, {
        method: 'POST',
        headers: { 'partner-api-key': sb.key, 'content-type': 'application/json' },
        body: JSON.stringify({ transactionId: tx.id }),
        signal: AbortSignal.timeout(300),
      }),
    ).rejects.toThrow();
    expect((await (await sb.control('GET', `/transactions/${tx.id}`)).json()).executed).not.toBeNull();
  });
});

describe('faults: echoKey', () => {
  it("'fields' adds the request's key to every object of a success, which still matches the contract", async () => {
    const sb = sandbox();
    await fault({ route: 'list', echoKey: 'fields' });
    // Parsing keeps unknown fields (the schemas are loose), and throws if the contract is broken.
    const body = capaListResponseSchema.parse(await (await sb.list({ limit: 2 })).json());
    for (const object of [body, body.data, body.data.data[0]]) {
      expect(object).toMatchObject({ echoedKey: sb.key, [sb.key]: sb.key });
    }
  });

  it("'values' makes every string but ids the key, in errors and successes alike", async () => {
    const sb = sandbox();
    const tx = await createOffRamp(sb);
    await fault({ route: 'execute', echoKey: 'values', times: 2 });
    expect(await errorOf(await sb.execute({ transactionId: 'nope' }))).toEqual({
      status: 400,
      code: sb.key,
      message: sb.key,
    });
    const ok = await sb.execute({ transactionId: tx.id });
    expect(await ok.json()).toEqual({ success: true, data: { id: tx.id, status: sb.key } });
  });
});
