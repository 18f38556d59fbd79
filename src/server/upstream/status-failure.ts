import { CAPA_ERROR_CODES, CAPA_MESSAGES } from '../../contract/capa';
import { readCapaError, type CapaErrorInfo } from '../../contract/capa-error';
import type { KeyProblem } from '../../contract/readiness-api';
import { parseRetryAfter } from '../../contract/retry-after';
import { UpstreamFailure, type CapaWording, type Refusal } from './errors';
import type { UpstreamAnswer } from './transport';

/** "Invalid API Key." and “Invalid API Key” are the documented message too. */
function normalise(message: string): string {
  return message
    .trim()
    .replace(/^["'“”]+|["'“”.]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The documented message itself, or it followed by details ("Invalid User Input: …"). */
function says(message: string | null, documented: string): boolean {
  if (message === null) return false;
  const text = normalise(message);
  const doc = documented.toLowerCase();
  return text === doc || text.startsWith(`${doc}:`);
}

// Longest first: "Invalid API Key format" would otherwise read as "Invalid API Key".
const KEY_MESSAGES: [string, KeyProblem][] = [
  [CAPA_MESSAGES.keyMissing, 'KEY_MISSING'],
  [CAPA_MESSAGES.keyFormat, 'KEY_FORMAT_INVALID'],
  [CAPA_MESSAGES.keyInvalid, 'KEY_INVALID'],
];

function keyProblemOf(capa: CapaErrorInfo): KeyProblem {
  return KEY_MESSAGES.find(([doc]) => says(capa.message, doc))?.[1] ?? 'KEY_REFUSED';
}

/** A 403 that is about the key rather than a transaction: Capa's 401 code, or words naming the key. */
function aboutTheKey(capa: CapaErrorInfo): boolean {
  return capa.code === CAPA_ERROR_CODES.UNAUTHORIZED || /\bapi[ -]?key\b/i.test(capa.message ?? '');
}

function wordingOf(capa: CapaErrorInfo, documented: readonly string[]): CapaWording {
  if (capa.message === null) return 'none';
  return documented.some((doc) => says(capa.message, doc)) ? 'documented' : 'other';
}

function refusalOf(status: number, capa: CapaErrorInfo): Refusal {
  const message = capa.message ?? '';
  switch (status) {
    case 400:
    case 422:
      if (says(message, CAPA_MESSAGES.invalidTransition)) return 'invalid-transition';
      return /\b(transactionHash|hash)\b/i.test(message) ? 'invalid-hash' : 'invalid-input';
    case 403:
      // Likewise: the code, or the words when the body has no code.
      return capa.code === CAPA_ERROR_CODES.TRANSACTION_ACCESS_DENIED ||
        says(message, CAPA_MESSAGES.accessDenied)
        ? 'access-denied'
        : 'forbidden';
    case 404:
      // Capa's code or its documented words (a NestJS body has no code). A 404 with neither is
      // more likely a wrong base URL than a missing transaction.
      return capa.code === CAPA_ERROR_CODES.TRANSACTION_NOT_FOUND || says(message, CAPA_MESSAGES.notFound)
        ? 'not-found'
        : 'no-such-route';
    case 409:
      return 'conflict';
    default:
      return 'other';
  }
}

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Which of the names we sent Capa's message mentions: only ever our own names come back out. */
function namedIn(message: string | null, sentNames: readonly string[]): string[] {
  if (!message) return [];
  return sentNames.filter((name) => new RegExp(`(^|[^\\w-])${escape(name)}($|[^\\w-])`, 'i').test(message));
}

/**
 * Sorts a non-2xx answer into a typed failure. Capa's code and message are read whatever the
 * body's shape (readCapaError, the one place codes are read) and then only classified: its
 * free text goes no further than this function.
 */
export function failureFromStatus(answer: UpstreamAnswer, sentNames: readonly string[]): UpstreamFailure {
  const { status } = answer;
  const capa = readCapaError(answer.text);
  const base = { status, capa };
  const failure = (kind: ConstructorParameters<typeof UpstreamFailure>[0], extra = {}) =>
    new UpstreamFailure(kind, `status ${status}`, { ...base, ...extra });

  if (status === 429)
    return failure('rate-limited', { retryAfterMs: parseRetryAfter(answer.headers['retry-after']) });
  if (status >= 500 && status < 600) return failure('server-error');
  if (status >= 300 && status < 400) return failure('redirect');
  if (status < 400 || status >= 600) return new UpstreamFailure('bad-response', `status ${status}`, base);
  if (status === 401 || (status === 403 && aboutTheKey(capa))) {
    const keyProblem = keyProblemOf(capa);
    return failure('unauthorized', {
      keyProblem,
      wording: keyProblem === 'KEY_REFUSED' ? wordingOf(capa, []) : 'documented',
    });
  }
  const refusal = refusalOf(status, capa);
  const documented = [
    CAPA_MESSAGES.invalidInput,
    CAPA_MESSAGES.invalidTransition,
    CAPA_MESSAGES.notFound,
    CAPA_MESSAGES.accessDenied,
  ];
  return failure('refused', {
    refusal,
    wording: wordingOf(capa, documented),
    named: namedIn(capa.message, sentNames),
  });
}
