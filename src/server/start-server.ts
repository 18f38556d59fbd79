import type { AddressInfo } from 'node:net';
import { buildApp, type AppDeps } from './app';
import type { Config } from './config/config';

export interface RunningServer {
  url: string;
  /** Stops accepting, lets in-flight requests finish, closes the upstream pool. */
  close(): Promise<void>;
}

/** Builds and listens (config.host, config.port); the composition root (src/start.ts) and main.ts call this. */
export async function startServer(config: Config, deps: AppDeps = {}): Promise<RunningServer> {
  const app = await buildApp(config, deps);
  await app.listen({ host: config.host ?? '127.0.0.1', port: config.port ?? 8787 });
  const { address, port, family } = app.server.address() as AddressInfo;
  // An unspecified address is not something to paste into a browser.
  const host = ['0.0.0.0', '::'].includes(address)
    ? 'localhost'
    : family === 'IPv6'
      ? `[${address}]`
      : address;
  return { url: `http://${host}:${port}`, close: () => app.close() };
}
