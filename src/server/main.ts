/**
 * The BFF alone, configured from the environment (an upstream is required; `npm start` is the
 * way to run it with the embedded sandbox).
 */
import { ConfigError, loadConfig } from './config';
import { startServer } from './start-server';

const FORCED_EXIT_MS = 20_000;

async function main() {
  const server = await startServer(loadConfig(process.env));
  console.log(`Rampdesk BFF listening on ${server.url}`);

  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: finishing in-flight requests, then exiting`);
    // Should a request hang past every timeout, still exit rather than ignore the signal.
    setTimeout(() => process.exit(1), FORCED_EXIT_MS).unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Rampdesk cannot start: ${error.message}` : error);
  process.exit(1);
});
