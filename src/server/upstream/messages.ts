import { CAPA_ERROR_CODES, CAPA_MESSAGES } from '../../contract/capa';
import { CAPA_AUTH_MESSAGES, type CapaAuthMessage } from '../../contract/readiness-api';
import { ApiHttpError } from '../errors';
import type { UpstreamFailure } from './errors';

export type UpstreamOperation = 'list' | 'execute';

export const AUTH_FAILED_MESSAGE =
  'Capa rejected the partner API key: a service configuration problem, not your session. ' +
  'Tell whoever runs Rampdesk; signing in again will not help.';

// After an execute request may have reached Capa, the agent must not simply click again.
const OUTCOME_UNKNOWN =
  'so the outcome of this execute is unknown: check the transaction’s status before trying again.';

/** Retry-After we pass on to the browser: bounded so a silly upstream value cannot park the SPA. */
export function boundedRetryAfterSeconds(ms: number | undefined): number {
  if (ms === undefined) return 5;
  return Math.min(120, Math.max(1, Math.ceil(ms / 1000)));
}

/** One of Capa's three documented 401 messages, or 'unrecognised': never upstream free text. */
export function knownAuthMessage(message: string | null): CapaAuthMessage {
  const known = CAPA_AUTH_MESSAGES.find((m) => m !== 'unrecognised' && m === message);
  return known ?? 'unrecognised';
}

/**
 * Puts an upstream failure in words for the agent (SECURITY U1–U3). Messages are ours only:
 * never an upstream URL, body, stack or the key. `detail` feeds our logs.
 */
export function toApiError(failure: UpstreamFailure, op: UpstreamOperation): ApiHttpError {
  const { status, capa, retryAfterMs, cause } = failure.extra;
  const detail = { upstreamFailure: failure.kind, upstreamStatus: status, capaCode: capa?.code, cause };
  const execute = op === 'execute';
  const fail = (httpStatus: number, code: ConstructorParameters<typeof ApiHttpError>[1], message: string) =>
    new ApiHttpError(httpStatus, code, message, { detail });

  switch (failure.kind) {
    case 'connect':
      return fail(
        502,
        'UPSTREAM_UNAVAILABLE',
        execute
          ? 'Capa could not be reached, so nothing was executed; try again in a minute.'
          : 'Capa could not be reached; try again in a minute.',
      );
    case 'tls':
      return fail(
        502,
        'UPSTREAM_UNAVAILABLE',
        'Capa’s TLS certificate could not be verified, so nothing was sent: a service configuration problem. ' +
          'Tell whoever runs Rampdesk.',
      );
    case 'reset':
      return fail(
        502,
        'UPSTREAM_UNAVAILABLE',
        execute
          ? `The connection to Capa broke during the execute, ${OUTCOME_UNKNOWN}`
          : 'The connection to Capa broke; try again in a minute.',
      );
    case 'timeout':
      return fail(
        504,
        'UPSTREAM_TIMEOUT',
        execute
          ? `Capa did not answer in time, ${OUTCOME_UNKNOWN}`
          : 'Capa did not answer in time; try again in a minute.',
      );
    case 'bad-response':
    case 'too-large':
      return fail(
        502,
        'UPSTREAM_BAD_RESPONSE',
        execute
          ? `Capa’s answer could not be read, ${OUTCOME_UNKNOWN}`
          : 'Capa’s answer could not be read; try again in a minute.',
      );
    case 'status':
      return statusError(status ?? 0, capa?.code ?? null, capa?.message ?? null, op, retryAfterMs, detail);
  }
}

function statusError(
  status: number,
  capaCode: string | null,
  capaMessage: string | null,
  op: UpstreamOperation,
  retryAfterMs: number | undefined,
  detail: Record<string, unknown>,
): ApiHttpError {
  const execute = op === 'execute';
  if (status === 429) {
    const seconds = boundedRetryAfterSeconds(retryAfterMs);
    return new ApiHttpError(
      503,
      'UPSTREAM_RATE_LIMITED',
      `Capa is limiting requests right now; try again in ${seconds} seconds.`,
      { headers: { 'retry-after': String(seconds) }, detail },
    );
  }
  if (status >= 500) {
    return new ApiHttpError(
      502,
      'UPSTREAM_UNAVAILABLE',
      execute
        ? `Capa is having problems and did not confirm the execute, ${OUTCOME_UNKNOWN}`
        : 'Capa is having problems; try again in a minute.',
      { detail },
    );
  }
  if (status >= 300 && status < 400) {
    return new ApiHttpError(
      502,
      'UPSTREAM_BAD_RESPONSE',
      'Capa answered with a redirect, which Rampdesk does not follow: a service configuration problem. ' +
        'Tell whoever runs Rampdesk.',
      { detail },
    );
  }
  if (execute && status === 403 && capaCode === CAPA_ERROR_CODES.TRANSACTION_ACCESS_DENIED) {
    return new ApiHttpError(
      403,
      'TRANSACTION_ACCESS_DENIED',
      'This transaction belongs to another partner.',
      {
        detail,
      },
    );
  }
  if (status === 401 || status === 403) {
    // Which of Capa's 401s it was tells the operator what to fix (readiness detail, logs).
    const authDetail = { ...detail, capaAuthMessage: knownAuthMessage(capaMessage) };
    return new ApiHttpError(502, 'UPSTREAM_AUTH_FAILED', AUTH_FAILED_MESSAGE, { detail: authDetail });
  }
  // A 404 without Capa's code is more likely a wrong base URL than a missing transaction.
  if (execute && status === 404 && capaCode === CAPA_ERROR_CODES.TRANSACTION_NOT_FOUND) {
    return new ApiHttpError(
      404,
      'TRANSACTION_NOT_FOUND',
      'Capa has no transaction with this id for our partner account.',
      {
        detail,
      },
    );
  }
  if (status === 400 || status === 422) {
    return rejectedInput(capaMessage, op, detail);
  }
  return new ApiHttpError(
    502,
    'UPSTREAM_BAD_RESPONSE',
    `Capa answered with an unexpected status (${status}); try again in a minute, and tell whoever runs Rampdesk if it keeps happening.`,
    {
      detail,
    },
  );
}

function rejectedInput(capaMessage: string | null, op: UpstreamOperation, detail: Record<string, unknown>) {
  const message = capaMessage?.toLowerCase() ?? '';
  if (op === 'execute' && message.includes(CAPA_MESSAGES.invalidTransition.toLowerCase())) {
    return new ApiHttpError(
      400,
      'TRANSACTION_NOT_EXECUTABLE',
      'Capa refused to execute this transaction in its current state: it may have been executed already or ' +
        'moved on. Reload it to see its status.',
      { detail },
    );
  }
  if (op === 'execute' && message.includes('hash')) {
    return new ApiHttpError(
      400,
      'INVALID_TRANSACTION_HASH',
      'Capa did not accept the transaction hash: check that it is the hash of the user’s crypto transfer on ' +
        'the transaction’s chain.',
      { detail },
    );
  }
  return new ApiHttpError(
    400,
    'UPSTREAM_REJECTED_INPUT',
    op === 'execute'
      ? 'Capa rejected the execute request as invalid input.'
      : 'Capa rejected these filters as invalid input.',
    { detail },
  );
}
