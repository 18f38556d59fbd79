import { SIGN_IN_FAILED_MESSAGE } from '../../../contract/auth-messages';
import { ApiRequestError } from '../../lib/api-client';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "45 seconds", "15 minutes (at 14:32)": a wait an agent can act on. */
export function describeWait(seconds: number, now = new Date()): string {
  if (seconds < 60) return seconds <= 1 ? 'a second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  const at = new Date(now.getTime() + seconds * 1000);
  return `${minutes === 1 ? '1 minute' : `${minutes} minutes`} (at ${pad(at.getHours())}:${pad(at.getMinutes())})`;
}

/**
 * The one line shown under the sign-in form. Wrong email and wrong password read the same
 * (docs/security.md A4): the BFF's generic message is shown as sent, never refined here.
 */
export function signInErrorMessage(error: unknown, now = new Date()): string {
  if (!(error instanceof ApiRequestError)) return 'Signing in failed. Reload the page and try again.';
  if (error.status === 401) return error.message || SIGN_IN_FAILED_MESSAGE;
  if (error.status === 429) {
    const wait = error.retryAfterSeconds;
    return wait === null
      ? 'Too many sign-in attempts. Wait a few minutes, then try again.'
      : `Too many sign-in attempts. Try again in ${describeWait(wait, now)}.`;
  }
  return error.message;
}
