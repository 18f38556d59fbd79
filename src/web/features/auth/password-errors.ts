import { CHOSEN_PASSWORD_MIN_LENGTH, passwordLength } from '../../../contract/auth';
import { apiErrorMessage, describeWait } from '../../i18n/error-words';
import { translate } from '../../i18n/i18n';
import { ApiRequestError } from '../../lib/api-client';

export interface PasswordFormValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Where each problem is shown: beside its field, or above the button for the rest. */
export type PasswordFormErrors = Partial<Record<keyof PasswordFormValues | 'form', string>>;

/**
 * What can be said before asking the BFF: the length (the one rule an agent can see, NIST SP
 * 800-63B-4) and a confirmation that differs. Whether it is too common only the BFF knows: the
 * list of common passwords stays on the server rather than in every agent's download.
 */
export function checkBeforeSending(values: PasswordFormValues): PasswordFormErrors {
  const length = passwordLength(values.newPassword);
  if (length < CHOSEN_PASSWORD_MIN_LENGTH) {
    return {
      newPassword: translate('words.password.tooShort', { min: CHOSEN_PASSWORD_MIN_LENGTH, length }),
    };
  }
  if (values.confirmPassword !== values.newPassword) {
    return { confirmPassword: translate('words.password.mismatch') };
  }
  return {};
}

/**
 * The BFF's refusal, beside the field it is about, in the agent's language: a wrong current
 * password in the fixed words the BFF sends (contract/auth-messages.ts), the rest from the code.
 */
export function errorsFromResponse(error: unknown, now = new Date()): PasswordFormErrors {
  if (!(error instanceof ApiRequestError)) return { form: translate('words.password.failed') };
  if (error.code === 'INVALID_CREDENTIALS')
    return { currentPassword: translate('words.auth.currentPasswordWrong') };
  if (error.code === 'WEAK_PASSWORD') return { newPassword: apiErrorMessage(error, now) };
  if (error.status === 429) {
    const wait = error.retryAfterSeconds;
    return {
      form:
        wait === null
          ? translate('words.password.tooMany')
          : translate('words.password.tooManyWait', { wait: describeWait(wait, now) }),
    };
  }
  return { form: apiErrorMessage(error, now) };
}
