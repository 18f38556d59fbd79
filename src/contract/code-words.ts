/**
 * Words for the codes an agent may meet (Rampdesk's API error codes and Capa's own), kept in one
 * place so every screen says the same thing. The raw code stays available beside the words (a
 * copy button, a title), never instead of them (docs/architecture.md, "Words, not codes").
 */
import type { ApiErrorCode } from './api';
import type { CAPA_ERROR_CODES } from './capa';
import { humaniseCode } from './humanise-code';

type CapaErrorCode = keyof typeof CAPA_ERROR_CODES;

export const CODE_WORDS: Record<ApiErrorCode | CapaErrorCode, string> = {
  BAD_REQUEST: 'Request not understood',
  VALIDATION_ERROR: 'Input not accepted',
  NOT_FOUND: 'Not found',
  UNSUPPORTED_MEDIA_TYPE: 'Request not understood',
  PAYLOAD_TOO_LARGE: 'Request too large',
  TRANSACTION_NOT_FOUND: 'Transaction not found',
  TRANSACTION_ACCESS_DENIED: 'Belongs to another partner',
  INVALID_TRANSACTION_HASH: 'Hash not valid for this chain',
  TRANSACTION_NOT_EXECUTABLE: 'Not in a status that can be executed',
  EXECUTE_IN_PROGRESS: 'Another execute in progress',
  ALREADY_EXECUTED: 'Already executed',
  TAKEN_BY_ANOTHER: 'Another agent is on it',
  EXECUTE_OUTCOME_UNKNOWN: 'Outcome unknown',
  UPSTREAM_REJECTED_INPUT: 'Capa refused the input',
  UPSTREAM_TIMEOUT: 'Capa did not answer in time',
  UPSTREAM_UNAVAILABLE: 'Capa unreachable',
  UPSTREAM_BAD_RESPONSE: 'Capa’s answer unreadable',
  UPSTREAM_RATE_LIMITED: 'Capa is limiting requests',
  UPSTREAM_AUTH_FAILED: 'Partner key refused',
  UPSTREAM_REFUSED: 'Capa refused',
  RATE_LIMITED: 'Too many attempts',
  VIEW_TOO_LARGE: 'Too many transactions',
  VIEW_CHANGED: 'List changed while read',
  UNAUTHENTICATED: 'Not signed in',
  INVALID_CREDENTIALS: 'Wrong email or password',
  FORBIDDEN: 'Not allowed for this role',
  PASSWORD_CHANGE_REQUIRED: 'New password needed',
  WEAK_PASSWORD: 'Password too weak',
  PASSWORD_CHANGE_UNAVAILABLE: 'Password managed by single sign-on',
  CSRF_REQUIRED: 'Request refused (missing header)',
  CROSS_ORIGIN_REFUSED: 'Request from another site refused',
  HOST_NOT_ALLOWED: 'Address not allowed',
  HEADERS_TOO_LARGE: 'Request headers too large',
  REQUEST_TIMEOUT: 'Request too slow',
  AGENT_NOT_FOUND: 'Agent not found',
  AGENT_EXISTS: 'Agent already exists',
  OWN_ACCOUNT_LOCKED: 'Own account cannot be locked',
  OVERLOADED: 'Rampdesk is busy',
  SHUTTING_DOWN: 'Rampdesk is restarting',
  INTERNAL_ERROR: 'Error in Rampdesk',
  UNAUTHORIZED: 'Partner key refused',
  INVALID_USER_INPUT_ERROR: 'Capa refused the input',
};

export { humaniseCode } from './humanise-code';

/** Words for any code: from the table, else the code humanised. */
export function codeWords(code: string): string {
  return Object.hasOwn(CODE_WORDS, code) ? CODE_WORDS[code as keyof typeof CODE_WORDS] : humaniseCode(code);
}
