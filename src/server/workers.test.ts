/** WORKERS: several BFF processes on one port, PostgreSQL only (src/server/workers.ts, src/start.ts). */
import { once } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { ConfigError } from './config/config';
import { CANARY_KEY, fakeUpstream, json } from './test-support/harness';
import { startNpmStart } from './test-support/npm-start';
import { CSRF } from './test-support/test-agents';
import { createScratchPostgres } from './test-support/test-database';
import { workersFromEnv } from './workers';

const PG = 'postgres://rampdesk@db.internal:5432/rampdesk';

describe('WORKERS', () => {
  it('is 1 unless set, and any number up to 64 on PostgreSQL', () => {
    expect(workersFromEnv({})).toBe(1);
    expect(workersFromEnv({ WORKERS: ' ' })).toBe(1);
    expect(workersFromEnv({ WORKERS: '1' })).toBe(1);
    expect(workersFromEnv({ WORKERS: '2', DATABASE_URL: PG })).toBe(2);
    expect(workersFromEnv({ WORKERS: '64', DATABASE_URL: PG })).toBe(64);
  });

  it.each(['0', '65', '1.5', 'two', '-1'])('refuses WORKERS=%s', (value) => {
    expect(() => workersFromEnv({ WORKERS: value, DATABASE_URL: PG })).toThrow(
      /WORKERS must be a whole number/,
    );
  });

  it('refuses more than one on the embedded PGlite, saying why and what to set', () => {
    const refuse = () => workersFromEnv({ WORKERS: '2', RAMPDESK_DATA_DIR: '/tmp/x' });
    expect(refuse).toThrow(ConfigError);
    expect(refuse).toThrow(/WORKERS=2 needs DATABASE_URL \(PostgreSQL\).*only one BFF process/s);
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    'npm start with WORKERS=2 on PostgreSQL answers from two processes on one port, and stops them all',
    async () => {
      const scratch = await createScratchPostgres();
      const upstream = await fakeUpstream((_req, res) => json(res, 200, { success: true, data: [] }));
      // As npm start runs it: the server bundle under plain node, so the workers are plain node too.
      const { child, url, output } = await startNpmStart(
        {
          RAMPDESK_SKIP_BUILD: '1', // the SPA
          WORKERS: '2',
          PORT: '0',
          DATABASE_URL: scratch.url,
          CAPA_API_BASE_URL: upstream.url,
          CAPA_PARTNER_API_KEY: CANARY_KEY,
          LOG_LEVEL: 'info',
        },
        { ready: /Rampdesk is running: \S+ \(2 BFF processes\)/ },
      );
      try {
        // A new connection each time: the primary hands connections to the workers in turn.
        for (let i = 0; i < 6; i++) {
          const res = await fetch(`${url}/api/config`, { headers: { connection: 'close', ...CSRF } });
          expect(res.status).toBe(200);
        }
        // Each process logs the requests it answered, with its pid.
        const pids = () =>
          new Set(
            output()
              .split('\n')
              .filter((line) => line.includes('"url":"/api/config"'))
              .map((line) => (JSON.parse(line) as { pid: number }).pid),
          );
        await vi.waitFor(() => expect(pids().size).toBe(2));
        child.kill('SIGTERM');
        const [code] = (await once(child, 'exit')) as [number | null];
        expect(code).toBe(0);
        for (const pid of pids()) expect(() => process.kill(pid, 0)).toThrow();
      } finally {
        child.kill('SIGKILL');
        await upstream.close();
        await scratch.drop();
      }
    },
    90_000,
  );
});
