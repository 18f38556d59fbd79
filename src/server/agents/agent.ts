import { z } from 'zod';
import {
  agentDisplayNameSchema,
  agentEmailSchema,
  agentRoleSchema,
  newPasswordSchema,
  type AgentRole,
  type PublicAgent,
} from '../../contract/auth';
import type { AgentRow } from '../db/schema';
import { AgentInputError } from './agent-errors';

/** An agent as the server handles it: everything but the password hash. */
export interface Agent {
  id: string;
  email: string;
  displayName: string;
  role: AgentRole;
  disabled: boolean;
  /** False for SSO-only agents, who cannot sign in with a password. */
  hasPassword: boolean;
  createdAt: Date;
  updatedAt: Date;
  lastSignInAt: Date | null;
  passwordChangedAt: Date | null;
  /** The password was set by an admin: the agent must choose their own first (docs/security.md A6). */
  mustChangePassword: boolean;
  /** The language the agent chose (a LOCALES tag); null until they choose one. */
  locale: string | null;
}

export function toAgent(row: AgentRow): Agent {
  const { passwordHash, ...rest } = row;
  return { ...rest, hasPassword: passwordHash !== null };
}

/** The shape the SPA receives (src/contract/auth.ts). */
export function toPublicAgent(agent: Agent): PublicAgent {
  return {
    id: agent.id,
    email: agent.email,
    displayName: agent.displayName,
    role: agent.role,
    disabled: agent.disabled,
    createdAt: agent.createdAt.toISOString(),
    lastSignInAt: agent.lastSignInAt?.toISOString() ?? null,
  };
}

export const newAgentSchema = z.strictObject({
  email: agentEmailSchema,
  displayName: agentDisplayNameSchema,
  role: agentRoleSchema,
  /** Absent or null: an SSO-only agent until a password is set. */
  password: newPasswordSchema.nullish(),
});
export type NewAgentInput = z.input<typeof newAgentSchema>;

/** Parses with `schema` or throws an AgentInputError naming each wrong field. */
export function parseAgentInput<S extends z.ZodType>(schema: S, input: unknown, field?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const name = field ?? String(issue.path[0] ?? 'input');
    fields[name] ??= issue.message;
  }
  throw new AgentInputError(fields);
}

/** Loose enough for any stored id, strict enough that PostgreSQL never fails to cast it. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
