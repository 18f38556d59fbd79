import { CHOSEN_PASSWORD_MIN_LENGTH, passwordLength } from '../../../contract/auth';
import { ApiRequestError } from '../../lib/api-client';
import { describeWait } from './sign-in-error';

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
      newPassword: `The new password is too short: use at least ${CHOSEN_PASSWORD_MIN_LENGTH} characters (it has ${length}).`,
    };
  }
  if (values.confirmPassword !== values.newPassword) {
    return { confirmPassword: 'This does not match the new password: type it again.' };
  }
  return {};
}

/** The BFF's refusal, beside the field it is about. */
export function errorsFromResponse(error: unknown, now = new Date()): PasswordFormErrors {
  if (!(error instanceof ApiRequestError))
    return { form: 'Changing the password failed. Reload the page and try again.' };
  if (error.code === 'INVALID_CREDENTIALS') return { currentPassword: error.message };
  if (error.code === 'WEAK_PASSWORD') return { newPassword: error.message };
  if (error.status === 429) {
    const wait = error.retryAfterSeconds;
    return {
      form:
        wait === null
          ? 'Too many wrong current passwords. Wait a few minutes, then try again.'
          : `Too many wrong current passwords. Try again in ${describeWait(wait, now)}.`,
    };
  }
  return { form: error.message };
}
