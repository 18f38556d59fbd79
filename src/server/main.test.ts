import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './db/database';
import { startServer } from './start-server';
import { CANARY_KEY, FAST_UPSTREAM, fakeUpstream, httpRequest, json } from './test-support/harness';
import { agentHeaders, CSRF, sharedTestDatabase } from './test-support/test-agents';
import { pgliteSnapshot } from './test-support/test-database';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const EMPTY = { success: true, data: { count: 0, data: [] } };

/** Never the project's own .data/pglite: a developer's server may hold it. */
const newDataDir = () => mkdtempSync(path.join(tmpdir(), 'rampdesk-main-'));

function runMain(env: NodeJS.ProcessEnv, dataDir = newDataDir()) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    // A busy machine stalls the child's event loop past the 1 s default: its answers would be 503
    // OVERLOADED (the overload guard has its own tests), as the harness's test apps do not.
    env: {
      PATH: process.env.PATH,
      RAMPDESK_DATA_DIR: dataDir,
      OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  return { child, output: () => out };
}

async function waitFor(check: () => boolean, ms: number, describe = () => '') {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('startServer', () => {
  it('listens, prints a usable URL, and on close finishes in-flight requests first', async () => {
    const up = await fakeUpstream((_req, res) => setTimeout(() => json(res, 200, EMPTY), 300));
    const database = await sharedTestDatabase();
    const server = await startServer(
      {
        database: { memory: true },
        environment: 'custom',
        staticDir: null,
        host: '127.0.0.1',
        port: 0,
        logger: false,
        upstream: { ...FAST_UPSTREAM, baseUrl: up.url, apiKey: CANARY_KEY },
      },
      { database },
    );
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const inFlight = httpRequest(server.url, 'GET', '/api/transactions', {
      headers: await agentHeaders(database, 'viewer'),
    });
    // Generous: on a busy machine the first request through a new app takes seconds to reach it.
    await waitFor(() => up.calls.length === 1, 15_000);
    await server.close();
    expect((await inFlight).status).toBe(200);
    await expect(httpRequest(server.url, 'GET', '/health/live')).rejects.toThrow(/ECONNREFUSED/);
    await up.close();
  });
});

describe('main.ts', () => {
  it('starts from the environment and exits 0 on SIGTERM', { timeout: 90_000 }, async () => {
    // A data directory made from the migrated snapshot: a fresh one would run initdb in the child
    // first, about 15 s of CPU (docs/performance.md). The agents CLI's e2e test creates one.
    const dataDir = newDataDir();
    await (await openDatabase({ dataDir, initialSnapshot: await pgliteSnapshot() })).close();
    const up = await fakeUpstream((_req, res) => json(res, 200, EMPTY));
    const { child, output } = runMain(
      { CAPA_API_BASE_URL: up.url, CAPA_PARTNER_API_KEY: CANARY_KEY, PORT: '0', LOG_LEVEL: 'info' },
      dataDir,
    );
    await waitFor(() => /listening on http:\/\/127\.0\.0\.1:\d+/.test(output()), 75_000, output);
    const url = /listening on (http:\/\/\S+)/.exec(output())![1]!;
    expect((await httpRequest(url, 'GET', '/api/config', { headers: CSRF })).json()).toEqual({
      environment: 'custom',
      upstreamHost: new URL(up.url).host,
      pseudoLocale: false,
    });
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output()).not.toContain(CANARY_KEY);
    await up.close();
  });

  it('K4: refuses to start with a clear message when the configuration is wrong', async () => {
    const { child, output } = runMain({ CAPA_API_BASE_URL: 'https://staging-api.capa.fi', PORT: 'eighty' });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(output()).toContain('Rampdesk cannot start: Invalid configuration:');
    expect(output()).toContain('PORT must be a whole number');
    expect(output()).toContain('CAPA_PARTNER_API_KEY is required when CAPA_API_BASE_URL is set');
  });
});
