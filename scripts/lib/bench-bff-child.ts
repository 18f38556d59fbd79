/**
 * The BFF as the benchmarks run it: a child process configured from the environment like
 * `src/server/main.ts`, with one signed-in agent (a viewer, or BENCH_AGENT_ROLE), reporting its own
 * figures over IPC so the load generator's work never counts against it. With WORKERS>1 (PostgreSQL)
 * it is the primary of that many BFF processes on one port, as `npm start` runs them
 * (src/server/workers.ts), and its figures are the sum over all of them, the primary included.
 *
 * Messages in: 'usage' (answered with BffUsage), 'reset-loop-delay', 'stop'.
 * Messages out: { type: 'ready', url, cookie } once listening, then { type: 'usage', ... }.
 */
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { agentRoleSchema } from '../../src/contract/auth';
import { createAgentsRepo } from '../../src/server/agents/agents-repo';
import { buildApp } from '../../src/server/app';
import { SESSION_COOKIE } from '../../src/server/auth/session-cookie';
import { loadConfig } from '../../src/server/config/config';
import { openDatabase } from '../../src/server/db/database';
import { createSessionsRepo } from '../../src/server/sessions/sessions-repo';
import { forkWorkers, onStart, workersFromEnv } from '../../src/server/workers';
import { freePort } from './bench-stack';

export interface BffUsage {
  rssBytes: number;
  heapUsedBytes: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** CPU time so far (user + system), from the processes' own counters: less disturbed by neighbours than req/s. */
  cpuMicros: number;
}

const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

function ownUsage(): BffUsage {
  const memory = process.memoryUsage();
  const { user, system } = process.cpuUsage();
  return {
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
    loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    loopDelayMaxMs: loopDelay.max / 1e6,
    cpuMicros: user + system,
  };
}

/** Listens with the configuration from the environment; `stop` closes the app and its database. */
async function startBff() {
  const config = loadConfig(process.env);
  const database = await openDatabase(config.database);
  const app = await buildApp(config, { database });
  await app.listen({ host: '127.0.0.1', port: config.port ?? 0 });
  const { port } = app.server.address() as AddressInfo;
  const stop = () =>
    void app
      .close()
      .then(() => database.close())
      .finally(() => process.exit(0));
  return { url: `http://127.0.0.1:${port}`, database, stop };
}

/** The bench agent's session cookie. */
async function signIn(database: Awaited<ReturnType<typeof openDatabase>>): Promise<string> {
  const agents = createAgentsRepo(database.db);
  const role = agentRoleSchema.parse(process.env.BENCH_AGENT_ROLE ?? 'viewer');
  const email = `bench-${role}@rampdesk.test`;
  // A PostgreSQL given with DATABASE_URL may keep the agent of an earlier run.
  const agent =
    (await agents.findByEmail(email)) ??
    (await agents.create({ email, displayName: `Bench ${role}`, role, password: null }));
  const { token } = await createSessionsRepo(database.db).create(agent.id);
  return `${SESSION_COOKIE}=${token}`;
}

const send = (message: unknown) => process.send?.(message);

if (cluster.isWorker) {
  onStart(async () => {
    const bff = await startBff();
    process.on('message', (message) => {
      if (message === 'usage') send({ type: 'usage', ...ownUsage() });
      else if (message === 'reset-loop-delay') loopDelay.reset();
    });
    return bff;
  });
} else {
  const workers = workersFromEnv(process.env);
  let ready: { url: string; cookie: string };
  let usage: () => Promise<BffUsage>;
  let stop: () => void;
  if (workers === 1) {
    const bff = await startBff();
    ready = { url: bff.url, cookie: await signIn(bff.database) };
    usage = async () => ownUsage();
    stop = bff.stop;
  } else {
    const database = await openDatabase(loadConfig(process.env).database);
    const cookie = await signIn(database);
    await database.close();
    const port = process.env.PORT && process.env.PORT !== '0' ? process.env.PORT : String(await freePort());
    const set = await forkWorkers(workers, { ...process.env, PORT: port }, null);
    ready = { url: set.url, cookie };
    const ask = (worker: ReturnType<typeof set.workers>[number]) =>
      new Promise<BffUsage>((done) => {
        const listener = (m: { type: string } & BffUsage) => {
          if (m.type !== 'usage') return;
          worker.off('message', listener);
          done(m);
        };
        worker.on('message', listener);
        worker.send('usage');
      });
    usage = async () =>
      [ownUsage(), ...(await Promise.all(set.workers().map(ask)))].reduce((sum, u) => ({
        rssBytes: sum.rssBytes + u.rssBytes,
        heapUsedBytes: sum.heapUsedBytes + u.heapUsedBytes,
        loopDelayP99Ms: Math.max(sum.loopDelayP99Ms, u.loopDelayP99Ms),
        loopDelayMaxMs: Math.max(sum.loopDelayMaxMs, u.loopDelayMaxMs),
        cpuMicros: sum.cpuMicros + u.cpuMicros,
      }));
    process.on('message', (message) => {
      if (message === 'reset-loop-delay') for (const worker of set.workers()) worker.send(message);
    });
    stop = () => void set.close().finally(() => process.exit(0));
  }
  process.on('message', (message) => {
    if (message === 'usage') void usage().then((u) => send({ type: 'usage', ...u }));
    else if (message === 'reset-loop-delay') loopDelay.reset();
    else if (message === 'stop') stop();
  });
  send({ type: 'ready', ...ready });
}
