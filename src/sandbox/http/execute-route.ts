import type { IncomingMessage } from 'node:http';
import { CAPA_ERROR_CODES, CAPA_MESSAGES, capaExecuteBodySchema } from '../../contract/capa';
import { isValidTxHash, txHashFormat } from '../../contract/chains';
import { canExecute } from '../../contract/execute';
import {
  IDEMPOTENCY_KEY_FORMAT,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_KEY_NAME,
  IDEMPOTENCY_KEY_RULE,
} from '../../contract/idempotency-key';
import { outcomeFor } from '../store/lifecycle';
import type { SandboxStore } from '../store/store';
import { authenticate } from './capa-auth';
import {
  capaError,
  describeIssues,
  isJsonContentType,
  jsonResponse,
  type SandboxResponse,
} from './http-response';
import { fingerprintOf, type IdempotencyStore } from './idempotency';

const { INVALID_USER_INPUT_ERROR, TRANSACTION_NOT_FOUND, TRANSACTION_ACCESS_DENIED } = CAPA_ERROR_CODES;

function invalid(message: string): SandboxResponse {
  return capaError(400, INVALID_USER_INPUT_ERROR, message);
}

/**
 * POST /api/partner/v2/off-ramp/execute, with Idempotency-Key as docs/capa-api.md describes.
 *
 * Reusing a key for a different body answers 422 INVALID_USER_INPUT_ERROR and changes nothing:
 * the IETF Idempotency-Key draft's choice. Replaying the first answer there would tell the
 * caller a transaction it did not name was executed; executing would defeat the key.
 */
export function handleExecute(
  store: SandboxStore,
  keys: IdempotencyStore,
  req: IncomingMessage,
  body: string,
  now: number,
): SandboxResponse {
  const auth = authenticate(req, store.partners);
  if ('response' in auth) return auth.response;
  const rawKey = req.headers[IDEMPOTENCY_KEY_HEADER];
  const key = Array.isArray(rawKey) ? rawKey.join(', ') : rawKey;
  if (key === undefined) return execute(store, req, auth.partner, body, now);
  if (!IDEMPOTENCY_KEY_FORMAT.test(key)) {
    return invalid(`${CAPA_MESSAGES.invalidInput}: ${IDEMPOTENCY_KEY_NAME} must be ${IDEMPOTENCY_KEY_RULE}`);
  }
  const fingerprint = fingerprintOf(body);
  const prior = keys.lookup(auth.partner, key, now);
  if (prior) {
    if (prior.fingerprint !== fingerprint) {
      return capaError(
        422,
        INVALID_USER_INPUT_ERROR,
        'This Idempotency-Key was already used for a different request; use a new key for a new request',
      );
    }
    return { ...prior.response, headers: { ...prior.response.headers, 'idempotent-replayed': 'true' } };
  }
  const response = execute(store, req, auth.partner, body, now);
  keys.save(auth.partner, key, fingerprint, response, now);
  return response;
}

function execute(store: SandboxStore, req: IncomingMessage, partner: number, body: string, now: number) {
  if (!isJsonContentType(req.headers['content-type'])) {
    return invalid(`${CAPA_MESSAGES.invalidInput}: Content-Type must be application/json`);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return invalid(`${CAPA_MESSAGES.invalidInput}: the body is not valid JSON`);
  }
  const parsed = capaExecuteBodySchema.safeParse(json);
  if (!parsed.success)
    return invalid(`${CAPA_MESSAGES.invalidInput}: ${describeIssues(parsed.error.issues)}`);
  const { transactionId, transactionHash } = parsed.data;
  const ref = store.find(transactionId);
  if (ref === null) return capaError(404, TRANSACTION_NOT_FOUND, CAPA_MESSAGES.notFound);
  if (store.partnerOf(ref) !== partner)
    return capaError(403, TRANSACTION_ACCESS_DENIED, CAPA_MESSAGES.accessDenied);
  const tx = store.transaction(ref, now);
  if (tx.type !== 'OFF_RAMP') {
    return invalid(
      `${CAPA_MESSAGES.invalidInput}: only OFF_RAMP transactions can be executed (this one is ${tx.type})`,
    );
  }
  const chain = tx.blockchainSymbol ?? '';
  if (transactionHash !== undefined && !isValidTxHash(chain, transactionHash)) {
    return invalid(
      `${CAPA_MESSAGES.invalidInput}: transactionHash is not a valid ${chain} transaction hash (expected ${txHashFormat(chain)})`,
    );
  }
  // Already executed is refused even while the status still reads PENDING (docs/capa-api.md).
  if (store.execution(ref) || !canExecute(tx)) return invalid(CAPA_MESSAGES.invalidTransition);
  store.execute(ref, transactionHash ?? null, outcomeFor(tx.cryptoAmount), now);
  return jsonResponse(200, { success: true, data: { id: tx.id, status: 'PENDING' } });
}
