/**
 * The embedded Capa sandbox: Capa partner API v2's two calls (GET /api/partner/v2/transactions,
 * POST /api/partner/v2/off-ramp/execute) over plain node:http, with deterministic seeded data,
 * the lifecycle after execute, Idempotency-Key, and a control API under /__sandbox/ for tests
 * (routes listed in control-routes.ts, faults in faults.ts).
 *
 * Seeded data ends at a fixed anchor (2026-11-20T00:00:00Z) rather than "now", so a seed always
 * gives the same data. To find an executable off-ramp, list with type=OFF_RAMP and
 * status=CRYPTO_RECEIVED (or PENDING_PAYMENT, ...), or create one with POST /__sandbox/transactions.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleRequest } from './http/app';
import { CallLog } from './http/calls';
import type { SandboxContext } from './http/context';
import { Delivery } from './http/delivery';
import { FaultRegistry } from './http/faults';
import { capaError } from './http/http-response';
import { IdempotencyStore } from './http/idempotency';
import { DEFAULT_ANCHOR } from './seed/seed-plan';
import type { SandboxPartner } from './store/seed-db';
import { SandboxStore } from './store/store';

export type { SandboxPartner } from './store/seed-db';

export interface SandboxOptions {
  /** Default 42; same seed => identical data. */
  seed?: number;
  /** Number of seeded transactions, default 5000; works up to 1_000_000 and beyond. */
  size?: number;
  /** Delay between lifecycle steps after execute, default 4000. */
  lifecycleStepMs?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0 (ephemeral). */
  port?: number;
  /** Clock for tests, default Date.now. */
  now?: () => number;
  /** End of the seeded timeline (ISO date), default 2026-11-20T00:00:00Z; not wall-clock, for determinism. */
  anchor?: string;
}

export interface RunningSandbox {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  /** [0] is the primary partner used by `npm start`. */
  partners: readonly [SandboxPartner, SandboxPartner];
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const settings = {
    seed: options.seed ?? 42,
    size: options.size ?? 5000,
    anchor: options.anchor === undefined ? DEFAULT_ANCHOR : Date.parse(options.anchor),
    lifecycleStepMs: options.lifecycleStepMs ?? 4000,
  };
  if (!Number.isInteger(settings.size) || settings.size < 0)
    throw new Error('size must be a whole number ≥ 0');
  if (Number.isNaN(settings.anchor)) throw new Error(`anchor is not a date: ${options.anchor}`);
  const ctx: SandboxContext = {
    store: new SandboxStore(settings),
    keys: new IdempotencyStore(),
    faults: new FaultRegistry(),
    calls: new CallLog(),
    delivery: new Delivery(),
    now: options.now ?? Date.now,
    settings,
  };
  const server = createServer((req, res) => {
    handleRequest(ctx, req, res).catch((error: unknown) => {
      // A bug here must still answer in Capa's shape, and say what broke.
      if (!res.headersSent) {
        const answer = capaError(500, 'INTERNAL_SERVER_ERROR', `Sandbox error: ${String(error)}`);
        res.writeHead(answer.status, answer.headers).end(answer.body);
      } else res.destroy();
    });
  });
  // Hang faults are meant to outlast any client timeout; do not let Node cut them short.
  server.requestTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    partners: ctx.store.partners,
    close: () =>
      new Promise<void>((resolve) => {
        ctx.delivery.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
