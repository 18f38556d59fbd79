/**
 * `npm run bench:soak [-- --minutes 10 --rate 50]`: GET /api/transactions as a signed-in agent at a
 * steady rate (default 50 req/s, or SOAK_RATE) for a while (default 10 minutes, or SOAK_MINUTES).
 * After a warm-up, prints errors, the BFF's RSS and heap at the start and the end (and every minute), and its
 * event-loop delay p99, measured inside the BFF process. Figures only: not part of `npm test`.
 */
import { cpus } from 'node:os';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../src/contract/api';
import { startBffProcess, startSandboxProcess } from './lib/bench-stack';
import { load } from './lib/load';

function option(flag: string, env: string, fallback: number): number {
  const i = process.argv.indexOf(flag);
  const raw = i > 0 ? process.argv[i + 1] : process.env[env];
  const value = Number(raw);
  return raw !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

const MINUTES = option('--minutes', 'SOAK_MINUTES', 10);
const RATE = option('--rate', 'SOAK_RATE', 50);
const CONNECTIONS = 10;
const WARM_UP_SECONDS = 30;
const SLICE_SECONDS = 60;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  const sandbox = await startSandboxProcess();
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  const bff = await startBffProcess(sandbox, databaseUrl ? { DATABASE_URL: databaseUrl } : {});
  try {
    const target = {
      url: `${bff.url}/api/transactions?limit=20`,
      headers: { cookie: bff.cookie, [CSRF_HEADER]: CSRF_HEADER_VALUE },
      connections: CONNECTIONS,
      overallRate: RATE,
    };
    console.log(`Warm-up: ${WARM_UP_SECONDS} s at ${RATE} req/s…`);
    await load({ ...target, seconds: WARM_UP_SECONDS });
    const start = await bff.usage();
    bff.resetLoopDelay();
    console.log(`Soak: ${MINUTES} min at ${RATE} req/s over ${CONNECTIONS} connections…`);
    const rows: Record<string, Record<string, string>> = {
      'after warm-up': {
        requests: '',
        errors: '',
        rss: mb(start.rssBytes),
        heap: mb(start.heapUsedBytes),
        'loop delay p99': '',
      },
    };
    let requests = 0;
    let errors = 0;
    let end = start;
    for (let elapsed = 0; elapsed < MINUTES * 60; elapsed += SLICE_SECONDS) {
      const seconds = Math.min(SLICE_SECONDS, MINUTES * 60 - elapsed);
      const slice = await load({ ...target, seconds });
      requests += slice.total;
      errors += slice.errors;
      end = await bff.usage();
      rows[`${((elapsed + seconds) / 60).toFixed(1)} min`] = {
        requests: String(slice.total),
        errors: String(slice.errors),
        rss: mb(end.rssBytes),
        heap: mb(end.heapUsedBytes),
        'loop delay p99': `${end.loopDelayP99Ms.toFixed(1)} ms`,
      };
    }
    console.log('');
    console.table(rows);
    const growth = ((end.rssBytes - start.rssBytes) / start.rssBytes) * 100;
    console.table({
      total: {
        minutes: String(MINUTES),
        'req/s': (requests / (MINUTES * 60)).toFixed(0),
        requests: String(requests),
        errors: String(errors),
        'RSS start → end': `${mb(start.rssBytes)} → ${mb(end.rssBytes)} (${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%)`,
        'heap start → end': `${mb(start.heapUsedBytes)} → ${mb(end.heapUsedBytes)}`,
        'loop delay p99 / max': `${end.loopDelayP99Ms.toFixed(1)} / ${end.loopDelayMaxMs.toFixed(1)} ms`,
      },
    });
    console.log(
      `Machine: ${cpus().length}× ${cpus()[0]?.model.trim()}, Node ${process.version}; ` +
        `BFF database: ${databaseUrl ? 'PostgreSQL' : 'embedded PGlite'}.`,
    );
  } finally {
    await bff.close();
    await sandbox.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
