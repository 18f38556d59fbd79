/** Rampdesk's /api for signing in and for managing agents (admins). */
import { z } from 'zod';
import {
  agentDisplayNameSchema,
  agentEmailSchema,
  agentRoleSchema,
  agentSchema,
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
} from './auth';
import { LOCALES } from './locales';
import { uuid } from './query-fields';

/**
 * POST /api/auth/sign-in. The email is not checked for shape: any wrong email gets the same
 * answer as a wrong password (docs/security.md A4).
 */
export const signInBodySchema = z.strictObject({
  email: z
    .string({ message: 'is required' })
    .min(1, 'is required')
    .max(EMAIL_MAX_LENGTH, `must be at most ${EMAIL_MAX_LENGTH} characters`),
  password: z
    .string({ message: 'is required' })
    .min(1, 'is required')
    .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`),
});
export type SignInBody = z.infer<typeof signInBodySchema>;

/** How the agent of this request was recognised: a session cookie, or the SSO proxy's header. */
export const AUTH_METHODS = ['password', 'sso'] as const;

/** A locale an agent may store (LOCALES); the pseudo-locale is for one browser only, never stored. */
export const localeSchema = z.enum(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` });

/** The answer of sign-in, of GET /api/auth/me, of a password change and of a language choice. */
export const apiSessionResponseSchema = z.object({
  agent: agentSchema,
  method: z.enum(AUTH_METHODS),
  /**
   * Signed in with a password an admin set (docs/security.md A6): every other /api route answers
   * PASSWORD_CHANGE_REQUIRED until the agent chooses their own. Always false through SSO.
   */
  mustChangePassword: z.boolean(),
  /**
   * The language the agent chose (PUT /api/auth/locale), in any browser; null: never chosen (an
   * answer without it, from a BFF before issue 17, reads the same).
   */
  locale: localeSchema.nullable().default(null),
});
export type ApiSessionResponse = z.infer<typeof apiSessionResponseSchema>;

/**
 * GET /api/auth/session: the session as /me answers it, or `{ agent: null }` without a valid one
 * (no session, an ended one, an SSO header refused). Never a 401: the SPA asks it on every load.
 */
export const apiSessionProbeSchema = z.union([apiSessionResponseSchema, z.object({ agent: z.null() })]);
export type ApiSessionProbe = z.infer<typeof apiSessionProbeSchema>;

/**
 * POST /api/auth/change-password. Only lengths are checked here: a new password that is too short
 * or too weak is a WEAK_PASSWORD saying why, not a validation error.
 */
export const apiChangePasswordBodySchema = z.strictObject({
  currentPassword: z
    .string({ message: 'is required' })
    .min(1, 'is required')
    .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`),
  newPassword: z
    .string({ message: 'is required' })
    .min(1, 'is required')
    .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`),
});
export type ApiChangePasswordBody = z.infer<typeof apiChangePasswordBodySchema>;

/** PUT /api/auth/locale: the agent's language, stored with the agent. */
export const apiLocaleBodySchema = z.strictObject({ locale: localeSchema });
export type ApiLocaleBody = z.infer<typeof apiLocaleBodySchema>;

// Zod-free, for the sign-in page (see the module); re-exported for everyone else.
export { CURRENT_PASSWORD_WRONG_MESSAGE, SIGN_IN_FAILED_MESSAGE } from './auth-messages';

export const apiAgentListResponseSchema = z.object({ agents: z.array(agentSchema) });

export const apiNewAgentBodySchema = z.strictObject({
  email: agentEmailSchema,
  displayName: agentDisplayNameSchema,
  role: agentRoleSchema,
});
export type ApiNewAgentBody = z.input<typeof apiNewAgentBodySchema>;

/** The one-time password is shown once, to the admin who hands it over; it is never stored. */
export const apiNewAgentResponseSchema = z.object({ agent: agentSchema, oneTimePassword: z.string() });

export const apiAgentPatchBodySchema = z
  .strictObject({ role: agentRoleSchema.optional(), disabled: z.boolean().optional() })
  .refine((body) => body.role !== undefined || body.disabled !== undefined, {
    message: 'must change role or disabled',
  });
export type ApiAgentPatchBody = z.infer<typeof apiAgentPatchBodySchema>;

export const apiAgentResponseSchema = z.object({ agent: agentSchema });
export const apiResetPasswordResponseSchema = z.object({ oneTimePassword: z.string() });

export const agentIdParamsSchema = z.strictObject({ id: uuid });
