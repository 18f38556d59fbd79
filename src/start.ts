/**
 * The composition root behind `npm start`: reads the configuration, boots the embedded Capa
 * sandbox when no upstream is configured, then starts the BFF, or WORKERS BFF processes on one
 * port (server/workers.ts; PostgreSQL only). `npm start` runs scripts/start.ts, which builds the
 * SPA first when its sources changed (tooling stays out of the runtime).
 */
import cluster from 'node:cluster';
import { startSandbox, type RunningSandbox } from './sandbox/server';
import { SANDBOX_DEMO_AGENTS } from './server/auth/demo-agents';
import { loadConfig, ConfigError } from './server/config/config';
import { withSandboxDatabase } from './server/db/database-config';
import { exitOnSignal } from './server/exit-on-signal';
import { startServer } from './server/start-server';
import { forkWorkers, onStart, workersFromEnv } from './server/workers';

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigError([`${name} must be a whole number, got ${JSON.stringify(raw)}`]);
  }
  return value;
}

async function bootSandbox(): Promise<RunningSandbox> {
  return startSandbox({
    host: '127.0.0.1',
    port: envInt('SANDBOX_PORT', 0),
    seed: envInt('SANDBOX_SEED', 42),
    size: envInt('SANDBOX_SIZE', 5000),
    lifecycleStepMs: envInt('SANDBOX_LIFECYCLE_STEP_MS', 4000),
  });
}

async function main(): Promise<void> {
  const workers = workersFromEnv(process.env);
  let env = { ...process.env };
  let sandbox: RunningSandbox | null = null;
  if (!env.CAPA_API_BASE_URL) {
    env = withSandboxDatabase(env);
    sandbox = await bootSandbox();
    const partner = sandbox.partners[0];
    env.CAPA_API_BASE_URL = sandbox.url;
    env.CAPA_PARTNER_API_KEY = partner.apiKey;
    env.RAMPDESK_ENV = 'sandbox';
    console.log(`Capa sandbox: ${sandbox.url} (partner "${partner.name}", seeded data; no real money moves)`);
  }
  const config = loadConfig(env);
  // Only with the embedded sandbox, never merely because RAMPDESK_ENV says sandbox: these agents'
  // passwords are on the sign-in page. Anywhere else the BFF disables them (auth/demo-agents.ts).
  if (sandbox) config.demoAgents = SANDBOX_DEMO_AGENTS;

  const server =
    workers > 1 ? await forkWorkers(workers, env, { demoAgents: !!sandbox }) : await startServer(config);
  console.log(`\nRampdesk is running: ${server.url}${workers > 1 ? ` (${workers} BFF processes)` : ''}\n`);
  if (sandbox) {
    console.log('Sandbox agents (the sign-in page lists them too):');
    for (const a of SANDBOX_DEMO_AGENTS) console.log(`  ${a.role.padEnd(8)} ${a.email}  ${a.password}`);
    console.log('');
  }

  exitOnSignal(async () => {
    await server.close();
    await sandbox?.close();
  });
}

/** A worker of WORKERS>1: the primary has checked the configuration and runs the sandbox. */
async function worker({ demoAgents }: { demoAgents: boolean }) {
  const config = loadConfig(process.env);
  if (demoAgents) config.demoAgents = SANDBOX_DEMO_AGENTS;
  const server = await startServer(config);
  exitOnSignal(() => server.close());
  return server;
}

if (cluster.isWorker) onStart(worker);
else
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      console.error(`Rampdesk cannot start: ${error.message}`);
    } else {
      console.error('Rampdesk failed to start:', error);
    }
    process.exit(1);
  });
