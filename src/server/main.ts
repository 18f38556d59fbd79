/**
 * The BFF alone, configured from the environment (an upstream is required; `npm start` is the
 * way to run it with the embedded sandbox).
 */
import { ConfigError, loadConfig } from './config/config';
import { exitOnSignal } from './exit-on-signal';
import { startServer } from './start-server';

async function main() {
  const server = await startServer(loadConfig(process.env));
  console.log(`Rampdesk BFF listening on ${server.url}`);

  exitOnSignal(() => server.close());
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Rampdesk cannot start: ${error.message}` : error);
  process.exit(1);
});
