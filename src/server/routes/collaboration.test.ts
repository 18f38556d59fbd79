/**
 * Takes and notes through the BFF (docs/security.md W1–W3): roles, validation, the race between
 * two takers on one instance (PGlite) and on two instances sharing PostgreSQL, the list's
 * annotations and the release after an execute.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiListResponse } from '../../contract/api';
import type { ActivityListResponse, NotesResponse, TakeResponse } from '../../contract/collaboration-api';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { createAgentsRepo } from '../agents/agents-repo';
import { openDatabase, type Database } from '../db/database';
import {
  sandboxControl,
  startBff,
  type Bff,
  type HttpResult,
  type SandboxControl,
} from '../test-support/harness';
import { CSRF, sessionCookieFor } from '../test-support/test-agents';
import { createScratchPostgres } from '../test-support/test-database';

const JSON_TYPE = { 'content-type': 'application/json' };
type As = 'viewer' | 'operator' | 'admin';

let sandbox: RunningSandbox;
let control: SandboxControl;
let bff: Bff;

beforeAll(async () => {
  sandbox = await startSandbox({ size: 20, seed: 31, lifecycleStepMs: 60_000 });
  control = sandboxControl(sandbox.url);
  bff = await startBff({ upstream: { baseUrl: sandbox.url, apiKey: sandbox.partners[0].apiKey } });
});
afterAll(async () => {
  await bff?.close();
  await sandbox?.close();
});

const post = (via: Bff, path: string, body: string, as: As | null = 'operator', headers = {}) =>
  via.request('POST', path, { as, headers: { ...JSON_TYPE, ...headers }, body });
const take = (id: string, as: As = 'operator', via = bff) =>
  post(via, `/api/transactions/${id}/take`, '{}', as);
const offRamp = () =>
  control.create({
    type: 'OFF_RAMP',
    status: 'CRYPTO_RECEIVED',
    blockchainSymbol: 'POL',
    cryptoAmount: '250',
  });
const codeOf = (res: HttpResult) => (res.json() as { error: { code: string } }).error.code;

describe('taking a transaction', () => {
  it('W1: an operator takes it; everyone reads who has it, in the drawer and beside the list rows', async () => {
    const tx = await offRamp();
    const res = await take(tx.id);
    expect(res.status).toBe(200);
    expect((res.json() as TakeResponse).take).toMatchObject({ agentEmail: 'test-operator@rampdesk.test' });
    const activity = await bff.request('GET', `/api/transactions/${tx.id}/activity`, { as: 'viewer' });
    expect(activity.json().take.agentEmail).toBe('test-operator@rampdesk.test');
    const list = (
      await bff.request('GET', `/api/transactions?id=${tx.id}`, { as: 'viewer' })
    ).json() as ApiListResponse;
    expect(list.annotations[tx.id]).toMatchObject({
      take: { agentEmail: 'test-operator@rampdesk.test' },
      stuck: false,
    });
    expect(Date.parse(list.annotations[tx.id]!.statusSince!)).toBeLessThanOrEqual(Date.now());
  });

  it('W1 W3: viewers read only: a take, a release and a note from a viewer are 403, and nothing is written', async () => {
    const tx = await offRamp();
    for (const path of ['take', 'release', 'notes']) {
      const res = await post(bff, `/api/transactions/${tx.id}/${path}`, '{"text":"x"}', 'viewer');
      expect([path, res.status, codeOf(res)]).toEqual([path, 403, 'FORBIDDEN']);
    }
    const log = (
      await bff.request('GET', `/api/audit/activity?transactionId=${tx.id}`, { as: 'admin' })
    ).json();
    expect(log.total).toBe(0);
  });

  it('W1: the loser of two agents taking at once gets 409 saying who has it; the holder or an admin releases', async () => {
    const tx = await offRamp();
    const [a, b] = await Promise.all([take(tx.id, 'operator'), take(tx.id, 'admin')]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [won, lost] = a.status === 200 ? [a, b] : [b, a];
    const holder = (won.json() as TakeResponse).take!;
    expect(codeOf(lost)).toBe('TAKEN_BY_ANOTHER');
    expect(lost.json().error.message).toContain(
      `${holder.agentName} (${holder.agentEmail}) has had this transaction since`,
    );
    // An operator who does not hold it cannot release it; the holder can.
    const other = await createAgentsRepo(bff.database.db).create({
      email: 'other-op@example.com',
      displayName: 'Other',
      role: 'operator',
      password: null,
    });
    const cookie = await sessionCookieFor(bff.database, other);
    if (holder.agentEmail.startsWith('test-operator')) {
      const refused = await post(bff, `/api/transactions/${tx.id}/release`, '{}', null, { ...CSRF, cookie });
      expect([refused.status, codeOf(refused)]).toEqual([409, 'TAKEN_BY_ANOTHER']);
    }
    const released = await post(bff, `/api/transactions/${tx.id}/release`, '{}', 'admin');
    expect(released.json()).toEqual({ take: null });
    expect((await take(tx.id, 'operator')).status).toBe(200);
  });

  it('W1: a successful execute releases the take', async () => {
    const tx = await offRamp();
    expect((await take(tx.id)).status).toBe(200);
    const executed = await post(bff, `/api/transactions/${tx.id}/execute`, '{}', 'admin');
    expect(executed.status).toBe(200);
    expect((await bff.request('GET', `/api/transactions/${tx.id}/activity`)).json().take).toBeNull();
    const log = (
      await bff.request('GET', `/api/audit/activity?transactionId=${tx.id}`)
    ).json() as ActivityListResponse;
    expect(log.items.map((e) => [e.kind, e.reason])).toEqual([
      ['release', 'executed'],
      ['take', null],
    ]);
  });

  it('a take of a transaction that is not ours is 404, and writes nothing', async () => {
    const res = await take('00000000-0000-4000-8000-0000000000ff');
    expect([res.status, codeOf(res)]).toEqual([404, 'TRANSACTION_NOT_FOUND']);
  });
});

describe('notes', () => {
  it('W2: a note is kept as typed (trimmed), with author and time, oldest first, and is on the Audit page', async () => {
    const tx = await offRamp();
    const xss = '<img src=x onerror=alert(1)>';
    const res = await post(
      bff,
      `/api/transactions/${tx.id}/notes`,
      JSON.stringify({ text: `  ${xss}\nline two ` }),
    );
    expect(res.status).toBe(201);
    await post(bff, `/api/transactions/${tx.id}/notes`, '{"text":"second"}', 'admin');
    const notes = (
      await bff.request('GET', `/api/transactions/${tx.id}/notes`, { as: 'viewer' })
    ).json() as NotesResponse;
    expect(notes.items.map((n) => [n.text, n.agentEmail])).toEqual([
      [`${xss}\nline two`, 'test-operator@rampdesk.test'],
      ['second', 'test-admin@rampdesk.test'],
    ]);
    const log = (await bff.request('GET', `/api/audit/activity?kind=note&transactionId=${tx.id}`)).json();
    expect(log.total).toBe(2);
  });

  it.each([
    ['{"text":""}', 'must not be empty'],
    ['{"text":"   \\n  "}', 'must not be empty'],
    [JSON.stringify({ text: 'x'.repeat(1001) }), 'at most 1000'],
    ['{"text":"bell\\u0007"}', 'control characters'],
    ['{"text":"flip\\u202e"}', 'control characters'],
    ['{"text":5}', ''],
    ['{}', 'is required'],
    ['{"text":"ok","extra":1}', ''],
  ])('W2: the note %s is a 400 naming the field', async (body, words) => {
    const tx = await offRamp();
    const res = await post(bff, `/api/transactions/${tx.id}/notes`, body);
    expect([res.status, codeOf(res)]).toEqual([400, 'VALIDATION_ERROR']);
    const { fields, message } = res.json().error;
    expect(Object.keys(fields ?? {}).length + message.length).toBeGreaterThan(0);
    if (words) expect(fields.text).toContain(words);
    expect((await bff.request('GET', `/api/transactions/${tx.id}/notes`)).json().items).toEqual([]);
  });

  it('W2: exactly 1000 characters are accepted', async () => {
    const tx = await offRamp();
    const res = await post(
      bff,
      `/api/transactions/${tx.id}/notes`,
      JSON.stringify({ text: 'é'.repeat(1000) }),
    );
    expect(res.status).toBe(201);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('W1: two BFF instances on one PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
  const databases: Database[] = [];
  const bffs: Bff[] = [];

  beforeAll(async () => {
    scratch = await createScratchPostgres();
    for (let i = 0; i < 2; i++) {
      const database = await openDatabase({ url: scratch.url, poolMax: 4 });
      databases.push(database);
      bffs.push(
        await startBff(
          { upstream: { baseUrl: sandbox.url, apiKey: sandbox.partners[0].apiKey } },
          { database },
        ),
      );
    }
  });
  afterAll(async () => {
    for (const b of bffs) await b.close();
    for (const d of databases) await d.close();
    await scratch?.drop();
  });

  it('W1: of many pairs of agents taking at once on two instances, exactly one of each pair wins, and both instances agree', async () => {
    const txs = await Promise.all(Array.from({ length: 6 }, offRamp));
    const answers = await Promise.all(
      txs.flatMap((tx) => [take(tx.id, 'operator', bffs[0]), take(tx.id, 'admin', bffs[1])]),
    );
    for (let i = 0; i < txs.length; i++) {
      const pair = [answers[2 * i]!, answers[2 * i + 1]!];
      expect(pair.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = (pair.find((r) => r.status === 200)!.json() as TakeResponse).take!;
      for (const via of bffs) {
        const seen = (await via.request('GET', `/api/transactions/${txs[i]!.id}/activity`)).json();
        expect(seen.take.agentEmail).toBe(winner.agentEmail);
      }
    }
  });
});
