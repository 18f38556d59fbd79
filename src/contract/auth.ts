/** Agents and their roles: shared by the BFF (storage, sessions, checks) and the SPA (forms, header). */
import { z } from 'zod';
import { AGENT_ROLES } from './agent-roles';

// Zod-free, for the SPA's shell (see the module); re-exported for everyone else.
export { AGENT_ROLES, ROLE_LABELS, roleAtLeast, type AgentRole } from './agent-roles';

export const EMAIL_MAX_LENGTH = 254;
export const DISPLAY_NAME_MAX_LENGTH = 100;
/** An admin-set (one-time) password: generated ones are 20 characters; the agent replaces it at once. */
export const PASSWORD_MIN_LENGTH = 12;
/**
 * A password the agent chooses. NIST SP 800-63B-4 (3.1.1.2): at least 15 characters when the
 * password is the only factor, as it is here (SSO is the other way in), counted in Unicode code
 * points; no composition rules; common and context-specific passwords refused (the BFF checks).
 */
export const CHOSEN_PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 256;

/** Characters as NIST counts them: code points, so an emoji or an accented letter counts once. */
export function passwordLength(password: string): number {
  return [...password.normalize('NFKC')].length;
}

export const agentRoleSchema = z.enum(AGENT_ROLES, { message: 'must be viewer, operator or admin' });

/** Emails are compared case-insensitively, so they are stored lower-cased. */
export const agentEmailSchema = z
  .string({ message: 'is required' })
  .trim()
  .toLowerCase()
  .pipe(
    z
      .email({ message: 'must be an email address, e.g. ana@example.com' })
      .max(EMAIL_MAX_LENGTH, `must be at most ${EMAIL_MAX_LENGTH} characters`),
  );

export const agentDisplayNameSchema = z
  .string({ message: 'is required' })
  .trim()
  .min(1, 'must not be empty')
  .max(DISPLAY_NAME_MAX_LENGTH, `must be at most ${DISPLAY_NAME_MAX_LENGTH} characters`)
  // Names are printed in terminals (the agents CLI) and logs: no escape sequences or line breaks.
  .regex(/^\P{Cc}*$/u, 'must not contain control characters');

/** A password an agent or admin chooses. Sign-in itself accepts any string (and fails). */
export const newPasswordSchema = z
  .string({ message: 'is required' })
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);

/** An agent as the SPA sees it: never a password hash. Times are ISO 8601 strings. */
export const agentSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: agentRoleSchema,
  disabled: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  lastSignInAt: z.iso.datetime({ offset: true }).nullable(),
});
export type PublicAgent = z.infer<typeof agentSchema>;
