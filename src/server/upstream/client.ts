import type { FastifyBaseLogger } from 'fastify';
import packageJson from '../../../package.json' with { type: 'json' };
import {
  CAPA_LIST_PARAMETERS,
  CAPA_PATHS,
  PARTNER_KEY_HEADER,
  capaExecuteBodySchema,
  capaExecuteResponseSchema,
  capaListQuerySchema,
  capaListResponseSchema,
  type CapaExecuteBody,
  type CapaListQuery,
  type Transaction,
} from '../../contract/capa';
import { UNRECOGNISED_STATUS, sanitizeUpstreamCode } from '../../contract/capa-error';
import {
  IDEMPOTENCY_KEY_FORMAT,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_KEY_NAME,
} from '../../contract/idempotency-key';
import { UPSTREAM_DEFAULTS, type UpstreamConfig, type UpstreamTuning } from '../config/config';
import { rememberParses } from '../remembered-parse';
import { UpstreamFailure, classifyTransportError, failureDetail, isRetryableFailure } from './errors';
import { parseLosslessAmounts } from './lossless-amounts';
import { readSuccess } from './read-answer';
import { retryWithinBudget } from './retry';
import { compileShapeCheck, type ShapeCheck } from './shape-check';
import { createTransport, type UpstreamAnswer } from './transport';

export interface CallOptions {
  /** The request's logger, so upstream lines carry its request id. */
  log?: FastifyBaseLogger;
  /** Overrides for one call (the readiness probe wants one quick attempt). */
  budgetMs?: number;
  retries?: number;
  /** Called for every request sent to Capa, retries included, so a feature can say what it cost. */
  onSend?: () => void;
}

export type UpstreamOperation = 'list' | 'execute';

/**
 * SECURITY P1: these two are the only requests Rampdesk can make to Capa. Each fails with an
 * UpstreamFailure (errors.ts), which its caller puts in words: upstream/messages.ts for reads,
 * execute/upstream-outcome.ts for an execute.
 */
export interface CapaClient {
  listTransactions(
    query: CapaListQuery,
    options?: CallOptions,
  ): Promise<{ count: number; data: Transaction[] }>;
  executeOffRamp(
    body: CapaExecuteBody,
    idempotencyKey: string,
    options?: CallOptions,
  ): Promise<{ id: string; status: string }>;
  close(): Promise<void>;
}

const USER_AGENT = `rampdesk/${packageJson.version}`;
// Capa's answers are checked against the contract's schemas, compiled once (shape-check.ts).
const LIST_ANSWER = compileShapeCheck(capaListResponseSchema);
const EXECUTE_ANSWER = compileShapeCheck(capaExecuteResponseSchema);
const parseListQuery = rememberParses((query) => capaListQuerySchema.parse(query));
const MAX_BACKOFF_MS = 2_000;

export function createCapaClient(upstream: UpstreamConfig, baseLog: FastifyBaseLogger): CapaClient {
  const { baseUrl, apiKey, ...overrides } = upstream;
  const tuning: UpstreamTuning = { ...UPSTREAM_DEFAULTS, ...withoutUndefined(overrides) };
  const transport = createTransport(baseUrl, tuning);
  // An allowlist built here, from nothing the browser sent (SECURITY K3).
  const baseHeaders = { [PARTNER_KEY_HEADER]: apiKey, accept: 'application/json', 'user-agent': USER_AGENT };

  async function call<T>(
    op: UpstreamOperation,
    log: FastifyBaseLogger,
    send: () => Promise<UpstreamAnswer>,
    check: ShapeCheck<T>,
    sentNames: readonly string[],
    parse?: (text: string) => unknown,
  ) {
    const started = Date.now();
    try {
      const answer = await send();
      log.info(
        { upstream: op, upstreamStatus: answer.status, ms: Date.now() - started },
        'upstream answered',
      );
      return readSuccess(answer, check, sentNames, parse);
    } catch (error) {
      const failure = classifyTransportError(error);
      // Which of the three 401s, what Capa refused: facts only, never its free text.
      log.warn({ upstream: op, ...failureDetail(failure), ms: Date.now() - started }, 'upstream call failed');
      throw failure;
    }
  }

  return {
    async listTransactions(query, options = {}) {
      const log = options.log ?? baseLog;
      // Parsed again here so nothing unvalidated can reach the URL, whoever the caller is.
      const parsed = parseListQuery(query);
      const params = new URLSearchParams();
      for (const name of CAPA_LIST_PARAMETERS) {
        const value = parsed[name];
        if (value !== undefined) params.set(name, String(value));
      }
      const path = params.size > 0 ? `${CAPA_PATHS.listTransactions}?${params}` : CAPA_PATHS.listTransactions;
      const sentNames = [...params.keys()];
      const answer = await retryWithinBudget(
        (signal) =>
          call(
            'list',
            log,
            () => {
              options.onSend?.();
              return transport.send({ method: 'GET', path, headers: baseHeaders, signal });
            },
            LIST_ANSWER,
            sentNames,
            // Amounts as the digits Capa sent, never a double (docs/capa-api.md).
            parseLosslessAmounts,
          ),
        {
          retries: options.retries ?? tuning.listRetries,
          budgetMs: options.budgetMs ?? tuning.callBudgetMs,
          baseDelayMs: tuning.retryBaseDelayMs,
          maxDelayMs: MAX_BACKOFF_MS,
          retryAfterCapMs: tuning.retryAfterCapMs,
          isRetryable: (error) => error instanceof UpstreamFailure && isRetryableFailure(error),
          retryAfterMs: (error) => (error instanceof UpstreamFailure ? error.extra.retryAfterMs : undefined),
          onRetry: ({ attempt, delayMs }) =>
            log.info({ upstream: 'list', attempt, delayMs }, 'retrying upstream'),
        },
      );
      return { count: answer.data.count, data: answer.data.data };
    },

    async executeOffRamp(body, idempotencyKey, options = {}) {
      const log = options.log ?? baseLog;
      const parsed = capaExecuteBodySchema.parse(body);
      if (!IDEMPOTENCY_KEY_FORMAT.test(idempotencyKey)) throw new Error('idempotency key of the wrong shape');
      const headers = {
        ...baseHeaders,
        'content-type': 'application/json',
        [IDEMPOTENCY_KEY_HEADER]: idempotencyKey,
      };
      // Exactly one attempt: a repeated POST could move money twice (SECURITY U2).
      // The budget also bounds an upstream that dribbles its answer out, byte by byte.
      const signal = AbortSignal.timeout(options.budgetMs ?? tuning.callBudgetMs);
      const answer = await call(
        'execute',
        log,
        () => {
          options.onSend?.();
          return transport.send({
            method: 'POST',
            path: CAPA_PATHS.executeOffRamp,
            headers,
            body: JSON.stringify(parsed),
            signal,
          });
        },
        EXECUTE_ANSWER,
        [...Object.keys(parsed), IDEMPOTENCY_KEY_NAME],
      );
      // The status reaches the agent and the audit trail: kept only when it looks like one (K1).
      return { id: answer.data.id, status: sanitizeUpstreamCode(answer.data.status, UNRECOGNISED_STATUS) };
    },

    close: () => transport.close(),
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
