import type { FastifyBaseLogger } from 'fastify';
import type { ReadinessReport } from '../../contract/readiness-api';
import type { Database } from '../db/database';
import type { CapaClient } from '../upstream/client';
import { UpstreamFailure } from '../upstream/errors';
import { readFailureError } from '../upstream/messages';

export interface ReadinessOptions {
  client: CapaClient;
  database: Database;
  /** Time each dependency gets to answer. */
  timeoutMs: number;
  /** How long an answer, ok or not, is reused. */
  cacheMs: number;
  clock: () => Date;
}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The readiness check behind /health/ready and the admins' report (docs/security.md L2, L4). The
 * probe is public, and each check costs a call on the partner's Capa quota: every caller within
 * `cacheMs` of the last answer gets that answer, and callers while a check runs wait for it, so
 * Capa sees at most one call per window whatever the traffic.
 */
export function createReadiness(options: ReadinessOptions) {
  const { client, database, timeoutMs, cacheMs, clock } = options;
  let cached: { report: ReadinessReport; at: number } | undefined;
  let running: Promise<ReadinessReport> | undefined;

  const report = (fields: Partial<ReadinessReport> = {}): ReadinessReport => ({
    ready: false,
    checkedAt: clock().toISOString(),
    failedCheck: null,
    capaError: null,
    upstreamStatus: null,
    keyProblem: null,
    ...fields,
  });

  async function run(log: FastifyBaseLogger): Promise<ReadinessReport> {
    try {
      await within(database.ping(), timeoutMs);
    } catch (error) {
      log.warn({ err: error }, 'not ready: database');
      return report({ failedCheck: 'database' });
    }
    try {
      // One quick attempt: a load balancer asks again soon anyway.
      await client.listTransactions({ limit: 1 }, { log, retries: 0, budgetMs: timeoutMs });
      return report({ ready: true });
    } catch (error) {
      // Our error code and known values only: nothing Capa wrote in its own words.
      const typed = error instanceof UpstreamFailure ? error : null;
      const failure = report({
        failedCheck: 'capa',
        capaError: typed ? readFailureError(typed, 'list').code : 'INTERNAL_ERROR',
        upstreamStatus: typed?.extra.status ?? null,
        keyProblem: typed?.extra.keyProblem ?? null,
      });
      const { capaError, upstreamStatus, keyProblem } = failure;
      log.warn({ reason: capaError, upstreamStatus, keyProblem }, 'not ready: capa');
      return failure;
    }
  }

  return {
    /** The current answer: cached, shared with a check in flight, or a fresh check. */
    check(log: FastifyBaseLogger): Promise<ReadinessReport> {
      if (cached && clock().getTime() - cached.at < cacheMs) return Promise.resolve(cached.report);
      running ??= run(log)
        .then((fresh) => {
          cached = { report: fresh, at: clock().getTime() };
          return fresh;
        })
        .finally(() => {
          running = undefined;
        });
      return running;
    },
  };
}

export type Readiness = ReturnType<typeof createReadiness>;
