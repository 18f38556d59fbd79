/**
 * Several BFF processes on one port (`WORKERS`, node:cluster): one event loop per core. Only on
 * PostgreSQL, which every process shares (sessions, rate limits, execute intents: docs/security.md
 * A3, A4, E2); the embedded PGlite lives inside one process, so WORKERS>1 without DATABASE_URL is
 * a configuration error. The primary only forks, restarts and stops the workers; on Linux it
 * accepts connections and hands them out in turn, which costs it a little per connection, nothing
 * per request on a kept-alive one.
 */
import cluster, { type Worker } from 'node:cluster';
import { ConfigError } from './config/config';

const MAX_WORKERS = 64;

/** WORKERS from the environment: 1 unless set; more only with DATABASE_URL. */
export function workersFromEnv(env: Record<string, string | undefined>): number {
  const raw = env.WORKERS?.trim();
  if (!raw) return 1;
  const count = Number(raw);
  if (!/^\d+$/.test(raw) || count < 1 || count > MAX_WORKERS) {
    throw new ConfigError([`WORKERS must be a whole number from 1 to ${MAX_WORKERS}`]);
  }
  if (count > 1 && !env.DATABASE_URL?.trim()) {
    throw new ConfigError([
      `WORKERS=${count} needs DATABASE_URL (PostgreSQL): the embedded PGlite database lives inside one ` +
        'process, so only one BFF process can use it. Set DATABASE_URL, or leave WORKERS unset.',
    ]);
  }
  return count;
}

/** A worker says it is Waiting once it listens for Start (a message sent earlier would be lost), then Ready. */
type FromWorker = { type: 'rampdesk-waiting' } | { type: 'rampdesk-ready'; url: string };
interface Start<T> {
  type: 'rampdesk-start';
  payload: T;
}

export interface WorkerSet {
  url: string;
  workers: () => Worker[];
  /** SIGTERM to every worker (each finishes its in-flight requests), then waits for them all. */
  close(): Promise<void>;
}

function fork<T>(
  env: Record<string, string | undefined>,
  payload: T,
): Promise<{ worker: Worker; url: string }> {
  const worker = cluster.fork(env);
  return new Promise((done, fail) => {
    const failed = (code: number | null) =>
      fail(new Error(`a BFF worker exited during start (code ${code})`));
    worker.once('exit', failed);
    worker.on('message', (message: FromWorker) => {
      if (message?.type === 'rampdesk-waiting')
        worker.send({ type: 'rampdesk-start', payload } satisfies Start<T>);
      if (message?.type !== 'rampdesk-ready') return;
      worker.off('exit', failed);
      done({ worker, url: message.url });
    });
  });
}

/**
 * In the primary: forks `count` workers running this same script, the first alone (it migrates
 * the database and seeds what needs seeding), then the others together. A worker that dies later
 * is replaced. `payload` reaches each worker's `onStart` over IPC, never through the environment,
 * so nothing a user could set can pose as it.
 */
export async function forkWorkers<T>(
  count: number,
  env: Record<string, string | undefined>,
  payload: T,
): Promise<WorkerSet> {
  const first = await fork(env, payload);
  const rest = await Promise.all(Array.from({ length: count - 1 }, () => fork(env, payload)));
  const live = new Set([first.worker, ...rest.map((r) => r.worker)]);
  let closing = false;
  const watch = (worker: Worker) =>
    worker.once('exit', (code, signal) => {
      live.delete(worker);
      if (closing) return;
      console.error(`A BFF worker stopped (${signal ?? `code ${code}`}); starting another.`);
      fork(env, payload).then(
        (next) => (live.add(next.worker), watch(next.worker)),
        (error: unknown) => console.error('Could not start a BFF worker:', error),
      );
    });
  for (const worker of live) watch(worker);
  return {
    url: first.url,
    workers: () => [...live],
    close: async () => {
      closing = true;
      await Promise.all(
        [...live].map(
          (worker) =>
            new Promise<void>((done) => {
              if (worker.isDead()) return done();
              worker.once('exit', () => done());
              worker.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

/** In a worker: runs `start` with the primary's payload, then tells it the worker listens at `url`. */
export function onStart<T>(start: (payload: T) => Promise<{ url: string }>): void {
  const listener = (message: Start<T>) => {
    if (message?.type !== 'rampdesk-start') return;
    process.off('message', listener);
    start(message.payload).then(
      ({ url }) => process.send?.({ type: 'rampdesk-ready', url } satisfies FromWorker),
      (error: unknown) => {
        console.error('Rampdesk worker failed to start:', error);
        process.exit(1);
      },
    );
  };
  process.on('message', listener);
  process.send?.({ type: 'rampdesk-waiting' } satisfies FromWorker);
}
