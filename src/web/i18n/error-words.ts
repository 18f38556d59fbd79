/**
 * API errors in the agent's language (issue 17). The BFF's English message stays for API clients
 * and logs; the SPA says it from the code. In English the BFF's own sentence is shown, being the
 * more specific (which filter, which field, how long to wait); in another language the code's
 * words are, with the wait when the answer gave one. A code no table knows keeps the BFF's words.
 */
import { languageOf } from '../../contract/locales';
import { CLIENT_ERROR_CODES, type ApiRequestError } from '../lib/api-client';
import { currentLocale, hasMessage, translate, type MessageKey } from './i18n';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "45 seconds", "15 minutes (at 14:32)": a wait an agent can act on. */
export function describeWait(seconds: number, now = new Date()): string {
  if (seconds < 60) return translate('words.wait.seconds', { seconds: Math.max(seconds, 0) });
  const minutes = Math.ceil(seconds / 60);
  const at = new Date(now.getTime() + seconds * 1000);
  return translate('words.wait.minutes', { minutes, time: `${pad(at.getHours())}:${pad(at.getMinutes())}` });
}

/** The words of an error the SPA made itself (no answer, or not Rampdesk's JSON). */
function clientErrorWords(error: ApiRequestError): string | null {
  switch (error.code) {
    case CLIENT_ERROR_CODES.network:
      return translate('words.clientError.network');
    case CLIENT_ERROR_CODES.invalidResponse:
      return translate('words.clientError.invalidResponse');
    case CLIENT_ERROR_CODES.unexpectedResponse:
      return [502, 503, 504].includes(error.status)
        ? translate('words.clientError.gateway', { status: error.status })
        : translate('words.clientError.unexpected', { status: error.status });
    default:
      return null;
  }
}

/** What an agent reads for a failed request, in their language. */
export function apiErrorMessage(error: ApiRequestError, now = new Date()): string {
  if (languageOf(currentLocale()) === 'en') return error.message;
  const client = clientErrorWords(error);
  if (client) return client;
  if (!hasMessage(`words.code.${error.code}`)) return error.message;
  // As words.ts's codeWords, without its status and reason tables: the sign-in page needs only this.
  const words = translate(`words.code.${error.code}` as MessageKey);
  return error.retryAfterSeconds === null
    ? translate('words.apiError.sentence', { words })
    : translate('words.apiError.sentenceWait', {
        words,
        wait: describeWait(error.retryAfterSeconds, now),
      });
}
