/**
 * `npm start` as it ships: scripts/start.mjs builds the server bundle when stale and runs it under
 * plain node (no tsx), the embedded sandbox included. A path still taken from import.meta.url
 * would point inside dist-server/ there: the migrations would not be found and it would not start.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/database';
import { httpRequest } from './test-support/harness';
import { startNpmStart } from './test-support/npm-start';
import { CSRF } from './test-support/test-agents';
import { pgliteSnapshot } from './test-support/test-database';

const dataDir = mkdtempSync(join(tmpdir(), 'rampdesk-npm-start-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm start', () => {
  it(
    'runs the bundled server under plain node: sandbox and BFF answer, SIGTERM exits 0',
    { timeout: 120_000 },
    async () => {
      // A migrated directory (initdb costs seconds of CPU); the bundle still reads the migrations.
      await (await openDatabase({ dataDir, initialSnapshot: await pgliteSnapshot() })).close();
      const { child, url, output } = await startNpmStart(
        {
          RAMPDESK_SKIP_BUILD: '1', // the SPA: not what this test is about
          RAMPDESK_DATA_DIR: dataDir,
          PORT: '0',
          SANDBOX_SIZE: '20',
          OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '0',
        },
        { timeoutMs: 100_000 },
      );
      try {
        const live = await httpRequest(url, 'GET', '/health/live');
        expect([live.status, live.json()]).toEqual([200, { status: 'ok' }]);
        const config = (await httpRequest(url, 'GET', '/api/config', { headers: CSRF })).json() as {
          environment: string;
        };
        expect(config.environment).toBe('sandbox');

        child.kill('SIGTERM');
        const [code] = (await once(child, 'exit')) as [number | null];
        expect(code).toBe(0);
        expect(output()).toContain('SIGTERM: finishing in-flight requests');
      } finally {
        child.kill('SIGKILL');
      }
    },
  );
});
