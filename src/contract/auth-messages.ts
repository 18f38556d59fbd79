/**
 * The fixed words of failed password checks, without a schema so the sign-in page shows them
 * without loading zod (docs/performance.md, issue 16). auth-api.ts re-exports them.
 */

/** The message of every failed sign-in, whatever was wrong. */
export const SIGN_IN_FAILED_MESSAGE = 'Email or password is incorrect.';

/** A wrong current password on change-password: the same words as a failed sign-in would not fit. */
export const CURRENT_PASSWORD_WRONG_MESSAGE = 'Your current password is incorrect.';
