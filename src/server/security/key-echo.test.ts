/**
 * SECURITY K1, K2 against an upstream that echoes the request: the sandbox puts the partner key
 * it was sent into every field of its error and success bodies (faults.ts, echoKey) on list,
 * read and execute. Whatever field carries it, no response byte or header, audit entry (as
 * stored, and as the audit routes show it) or log line may then hold the key or either half.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNRECOGNISED_CODE, UNRECOGNISED_STATUS } from '../../contract/capa-error';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { auditEntries } from '../db/schema';
import { REDACTED } from '../plugins/secret-scrub';
import {
  expectNoSecrets,
  sandboxControl,
  startBff,
  type Bff,
  type SandboxControl,
} from '../test-support/harness';

const MODES = ['fields', 'values'] as const;
/** A success (no status), then the refusals and failures Capa or a proxy may answer with. */
const STATUSES = [undefined, 400, 401, 403, 404, 422, 429, 500, 502];
const ROLES = ['operator', 'admin'] as const;
const JSON_HEADERS = { 'content-type': 'application/json' };

let sandbox: RunningSandbox;
let control: SandboxControl;
let bff: Bff;
let secrets: string[];

beforeAll(async () => {
  sandbox = await startSandbox({ size: 60, seed: 11, lifecycleStepMs: 60_000 });
  control = sandboxControl(sandbox.url);
  const apiKey = sandbox.partners[0].apiKey;
  secrets = [apiKey, ...apiKey.split(':')];
  expect(secrets).toHaveLength(3);
  bff = await startBff({ upstream: { baseUrl: sandbox.url, apiKey, listRetries: 1, retryAfterCapMs: 50 } });
});

afterAll(async () => {
  await bff.close();
  await sandbox.close();
});

const executable = () =>
  control.create({ type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED', blockchainSymbol: 'POL', cryptoAmount: '9' });

const execute = (id: string, as: (typeof ROLES)[number]) =>
  bff.request('POST', `/api/transactions/${id}/execute`, { as, headers: JSON_HEADERS, body: '{}' });

async function readAudit(id: string) {
  for (const as of ['viewer', ...ROLES] as const) {
    expect((await bff.request('GET', `/api/transactions/${id}/audit`, { as })).status).toBe(200);
  }
}

describe('an upstream that echoes the partner key (SECURITY K1, K2)', () => {
  it('K1, K2: with the key echoed into every field of error and success bodies on list, read and execute, no response byte or header, audit entry or log line holds the key or either half', async () => {
    let n = 0;
    for (const echoKey of MODES) {
      for (const status of STATUSES) {
        const as = ROLES[n++ % 2]!;
        const fault = { times: 0, echoKey, ...(status === undefined ? {} : { status }) };

        // Capa's list answers echo: the list, one transaction, and the read before an execute.
        const read = await executable();
        await control.fault({ route: 'list', ...fault });
        await bff.request('GET', '/api/transactions?limit=5', { as });
        await bff.request('GET', `/api/transactions/${read.id}`, { as });
        await execute(read.id, as);
        await control.clearFaults();
        await readAudit(read.id);

        // Capa's execute answers echo; the read after it may ask Capa again (an unknown outcome).
        const executed = await executable();
        await control.fault({ route: 'execute', ...fault });
        await execute(executed.id, as);
        await bff.request('GET', `/api/transactions/${executed.id}`, { as });
        await control.clearFaults();
        await readAudit(executed.id);
      }
    }
    for (const as of ROLES)
      expect((await bff.request('GET', '/api/audit?limit=100', { as })).status).toBe(200);

    const stored = await bff.database.db.select().from(auditEntries);
    expectNoSecrets([...bff.transcript, ...bff.logs, JSON.stringify(stored)], secrets);

    // The key did reach the BFF, in each of the places it could have leaked from.
    const { list, execute: executes } = await control.calls();
    expect(list).toBeGreaterThan(50);
    expect(executes).toBeGreaterThan(10);
    expect(stored.map((e) => e.upstreamCode)).toContain(UNRECOGNISED_CODE);
    const transcript = bff.transcript.join('\n');
    expect(transcript).toContain(REDACTED); // unknown fields of list answers, scrubbed on the way out
    expect(transcript).toContain(`"status":"${UNRECOGNISED_STATUS}"`); // an execute answer's status
    expect(bff.logs.join('\n')).toContain(`"capaCode":"${UNRECOGNISED_CODE}"`);
  });
});
