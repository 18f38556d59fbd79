/** STUCK_THRESHOLDS and TAKE_EXPIRES_AFTER (docs/architecture.md, "Working together"). */
import { TRANSACTION_STATUSES, type TransactionStatus } from '../../contract/statuses';

export type StuckThresholds = Partial<Record<TransactionStatus, number>>;

export interface CollaborationSettings {
  /** How long a transaction may stay in a status before it is flagged stuck; a status not listed never is. */
  stuckThresholds: StuckThresholds;
  /** A take lapses by itself after this long (an agent who went home does not hold it forever). */
  takeExpiresAfterMs: number;
}

const HOUR = 60 * 60_000;

/**
 * Where an agent or Capa should have moved the transaction on by then: crypto received waits for
 * an execute, manual transfers for an agent, payments for the user (slower, and then expire).
 */
export const COLLABORATION_DEFAULTS: CollaborationSettings = {
  stuckThresholds: {
    CRYPTO_RECEIVED: HOUR,
    COMPLETED_CRYPTO_RECEIVAL: HOUR,
    CRYPTO_NOT_RECEIVED: 4 * HOUR,
    AWAITING_MANUAL_CRYPTO_TRANSFER: 4 * HOUR,
    AWAITING_MANUAL_FIAT_TRANSFER: 4 * HOUR,
    AWAITING_FUND_TRANSFER: 4 * HOUR,
    IN_PROGRESS: 4 * HOUR,
    BANK_TRANSFER_PENDING: 4 * HOUR,
    READY_BANK_TRANSFER: 4 * HOUR,
    FIAT_PAYMENT_RECEIVED: 4 * HOUR,
    FIAT_RECEIVED: 4 * HOUR,
    FUNDS_RECEIVED: 4 * HOUR,
    PENDING: 24 * HOUR,
    PENDING_PAYMENT: 24 * HOUR,
    PENDING_FUNDS: 24 * HOUR,
  },
  takeExpiresAfterMs: 2 * HOUR,
};

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: HOUR, d: 24 * HOUR };
const MAX_MS = 30 * 24 * HOUR;

/** "90s", "30m", "1h", "2d" → milliseconds; null when it is none of these, or out of range. */
export function parseDuration(text: string): number | null {
  const match = /^(\d{1,6})([smhd])$/.exec(text.trim());
  if (!match) return null;
  const ms = Number(match[1]) * UNITS[match[2]!]!;
  return ms >= 1000 && ms <= MAX_MS ? ms : null;
}

const DURATION_HINT = 'a duration such as 90s, 30m, 1h or 2d (at least 1s, at most 30d)';

/**
 * STUCK_THRESHOLDS: `STATUS=duration` pairs separated by commas, e.g. `CRYPTO_RECEIVED=30m,PENDING=off`;
 * each replaces that status's default (`off`: never stuck), the others keep theirs.
 */
function readStuckThresholds(raw: string | undefined, problems: string[]): StuckThresholds {
  const thresholds: StuckThresholds = { ...COLLABORATION_DEFAULTS.stuckThresholds };
  if (raw === undefined) return thresholds;
  const seen = new Set<string>();
  for (const entry of raw.split(',').map((e) => e.trim())) {
    if (entry === '') continue;
    const [status = '', value, ...rest] = entry.split('=').map((p) => p.trim());
    if (value === undefined || rest.length > 0) {
      problems.push(`STUCK_THRESHOLDS: "${status}" must be STATUS=duration, e.g. CRYPTO_RECEIVED=1h`);
      continue;
    }
    if (!(TRANSACTION_STATUSES as readonly string[]).includes(status)) {
      problems.push(`STUCK_THRESHOLDS: ${status} is not a transaction status (e.g. CRYPTO_RECEIVED)`);
      continue;
    }
    if (seen.has(status)) problems.push(`STUCK_THRESHOLDS: ${status} is given twice`);
    seen.add(status);
    const key = status as TransactionStatus;
    if (value.toLowerCase() === 'off') {
      delete thresholds[key];
      continue;
    }
    const ms = parseDuration(value);
    if (ms === null) problems.push(`STUCK_THRESHOLDS: ${status} must be ${DURATION_HINT}, or off`);
    else thresholds[key] = ms;
  }
  return thresholds;
}

export const COLLABORATION_ENV_NAMES = ['STUCK_THRESHOLDS', 'TAKE_EXPIRES_AFTER'] as const;

/** `env` holds trimmed, non-empty values only; pushes a message per problem. */
export function readCollaborationSettings(
  env: Record<string, string | undefined>,
  problems: string[],
): CollaborationSettings {
  const stuckThresholds = readStuckThresholds(env.STUCK_THRESHOLDS, problems);
  let takeExpiresAfterMs = COLLABORATION_DEFAULTS.takeExpiresAfterMs;
  if (env.TAKE_EXPIRES_AFTER !== undefined) {
    const ms = parseDuration(env.TAKE_EXPIRES_AFTER);
    if (ms === null) problems.push(`TAKE_EXPIRES_AFTER must be ${DURATION_HINT}`);
    else takeExpiresAfterMs = ms;
  }
  return { stuckThresholds, takeExpiresAfterMs };
}
