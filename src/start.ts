/**
 * The composition root behind `npm start`: reads the configuration, boots the embedded Capa
 * sandbox when no upstream is configured, builds the SPA when needed, then starts the BFF.
 */
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { startSandbox, type RunningSandbox } from './sandbox/server';
import { SANDBOX_DEMO_AGENTS } from './server/auth/demo-agents';
import { loadConfig, ConfigError } from './server/config';
import { withSandboxDatabase } from './server/db/database-config';
import { startServer } from './server/start-server';
import { buildSpa, spaBuildIsStale } from '../scripts/lib/spa-build';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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

  if (config.staticDir && !process.env.RAMPDESK_SKIP_BUILD && spaBuildIsStale(root, config.staticDir)) {
    console.log('Building the web app (first start or sources changed)…');
    await buildSpa(root);
  }

  const server = await startServer(config);
  console.log(`\nRampdesk is running: ${server.url}\n`);
  if (sandbox) {
    console.log('Sandbox agents (the sign-in page lists them too):');
    for (const a of SANDBOX_DEMO_AGENTS) console.log(`  ${a.role.padEnd(8)} ${a.email}  ${a.password}`);
    console.log('');
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: shutting down…`);
    await server.close();
    await sandbox?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Rampdesk cannot start: ${error.message}`);
  } else {
    console.error('Rampdesk failed to start:', error);
  }
  process.exit(1);
});
