/**
 * The BFF as the benchmarks run it: a child process configured from the environment like
 * `src/server/main.ts`, with one signed-in agent (a viewer, or BENCH_AGENT_ROLE), reporting its own figures over IPC so the
 * load generator's work never counts against it.
 *
 * Messages in: 'usage' (answered with BffUsage), 'reset-loop-delay', 'stop'.
 * Messages out: { type: 'ready', url, cookie } once listening, then { type: 'usage', ... }.
 */
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { agentRoleSchema } from '../../src/contract/auth';
import { createAgentsRepo } from '../../src/server/agents/agents-repo';
import { buildApp } from '../../src/server/app';
import { SESSION_COOKIE } from '../../src/server/auth/session-cookie';
import { loadConfig } from '../../src/server/config/config';
import { openDatabase } from '../../src/server/db/database';
import { createSessionsRepo } from '../../src/server/sessions/sessions-repo';

export interface BffUsage {
  rssBytes: number;
  heapUsedBytes: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** The BFF's CPU time so far (user + system), from its own counters: less disturbed by neighbours than req/s. */
  cpuMicros: number;
}

const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
const send = (message: unknown) => process.send?.(message);

const config = loadConfig(process.env);
const database = await openDatabase(config.database);
const app = await buildApp(config, { database });
await app.listen({ host: '127.0.0.1', port: config.port ?? 0 });
const agents = createAgentsRepo(database.db);
const role = agentRoleSchema.parse(process.env.BENCH_AGENT_ROLE ?? 'viewer');
const email = `bench-${role}@rampdesk.test`;
// A PostgreSQL given with DATABASE_URL may keep the agent of an earlier run.
const agent =
  (await agents.findByEmail(email)) ??
  (await agents.create({ email, displayName: `Bench ${role}`, role, password: null }));
const { token } = await createSessionsRepo(database.db).create(agent.id);
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

process.on('message', (message) => {
  if (message === 'usage') {
    const memory = process.memoryUsage();
    const usage: BffUsage = {
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
      loopDelayMaxMs: loopDelay.max / 1e6,
      cpuMicros: cpuMicros(),
    };
    send({ type: 'usage', ...usage });
  } else if (message === 'reset-loop-delay') {
    loopDelay.reset();
  } else if (message === 'stop') {
    void app
      .close()
      .then(() => database.close())
      .finally(() => process.exit(0));
  }
});

const { port } = app.server.address() as AddressInfo;
send({ type: 'ready', url: `http://127.0.0.1:${port}`, cookie: `${SESSION_COOKIE}=${token}` });
