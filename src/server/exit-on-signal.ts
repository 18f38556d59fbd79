/**
 * SIGINT/SIGTERM handling for the two entries that run the BFF (src/start.ts and main.ts): close
 * once — which finishes in-flight requests and records executes (docs/security.md L3) — then exit
 * 0. Should something hang past every timeout, still exit (1) rather than ignore the signal.
 */
const FORCED_EXIT_MS = 20_000;

export function exitOnSignal(close: () => Promise<void>, forcedExitMs = FORCED_EXIT_MS): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: finishing in-flight requests, then exiting`);
    setTimeout(() => process.exit(1), forcedExitMs).unref();
    close().then(
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
