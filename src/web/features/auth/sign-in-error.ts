import { apiErrorMessage, describeWait } from '../../i18n/error-words';
import { translate } from '../../i18n/i18n';
import { ApiRequestError } from '../../lib/api-client';

export { describeWait };

/**
 * The one line shown under the sign-in form, in the agent's language. Wrong email and wrong
 * password read the same (docs/security.md A4): one fixed sentence, the BFF's generic message in
 * the agent's language (contract/auth-messages.ts), never refined here.
 */
export function signInErrorMessage(error: unknown, now = new Date()): string {
  if (!(error instanceof ApiRequestError)) return translate('words.signIn.failed');
  if (error.status === 401) return translate('words.auth.signInFailed');
  if (error.status === 429) {
    const wait = error.retryAfterSeconds;
    return wait === null
      ? translate('words.signIn.tooMany')
      : translate('words.signIn.tooManyWait', { wait: describeWait(wait, now) });
  }
  return apiErrorMessage(error, now);
}
