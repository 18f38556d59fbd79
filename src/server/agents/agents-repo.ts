import { asc, eq } from 'drizzle-orm';
import { agentRoleSchema, newPasswordSchema, type AgentRole } from '../../contract/auth';
import type { Locale } from '../../contract/locales';
import type { Db } from '../db/database';
import { deleteSessionsOfAgent } from '../db/end-agent-sessions';
import { DatabaseError, isUniqueViolation } from '../db/errors';
import { agents } from '../db/schema';
import {
  newAgentSchema,
  normalizeEmail,
  parseAgentInput,
  toAgent,
  UUID_PATTERN,
  type Agent,
  type NewAgentInput,
} from './agent';
import { AgentExistsError, AgentNotFoundError } from './agent-errors';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './password';

export interface AgentsRepoOptions {
  clock?: () => Date;
}

export type AgentsRepo = ReturnType<typeof createAgentsRepo>;

/**
 * Whether a password set for an agent is one-time: set by an admin (the agents CLI, the Agents
 * page), who therefore knows it, so the agent must choose their own at sign-in (docs/security.md
 * A6). Not for the sandbox's demo agents, whose passwords are public sample data anyway.
 */
export interface SetPasswordOptions {
  oneTime: boolean;
}

export function createAgentsRepo(db: Db, options: AgentsRepoOptions = {}) {
  const clock = options.clock ?? (() => new Date());

  async function findRowByEmail(email: string) {
    const [row] = await db
      .select()
      .from(agents)
      .where(eq(agents.email, normalizeEmail(email)));
    return row;
  }

  /** Applies `changes` to one agent and, with `endSessions`, ends its sessions in the same transaction. */
  async function update(id: string, changes: Partial<typeof agents.$inferInsert>, endSessions = false) {
    if (!UUID_PATTERN.test(id)) throw new AgentNotFoundError({ id });
    try {
      return await db.transaction(async (tx) => {
        const [row] = await tx
          .update(agents)
          .set({ ...changes, updatedAt: clock() })
          .where(eq(agents.id, id))
          .returning();
        if (!row) throw new AgentNotFoundError({ id });
        if (endSessions) await deleteSessionsOfAgent(tx, id);
        return toAgent(row);
      });
    } catch (error) {
      // Changes may carry a password hash, which drizzle would print in its error message.
      throw error instanceof AgentNotFoundError ? error : new DatabaseError(error);
    }
  }

  return {
    /** Throws AgentInputError for invalid fields and AgentExistsError for a taken email. */
    async create(input: NewAgentInput, options: SetPasswordOptions = { oneTime: false }): Promise<Agent> {
      const { email, displayName, role, password } = parseAgentInput(newAgentSchema, input);
      const now = clock();
      const passwordHash = password ? await hashPassword(password) : null;
      try {
        const [row] = await db
          .insert(agents)
          .values({
            email,
            displayName,
            role,
            passwordHash,
            createdAt: now,
            updatedAt: now,
            passwordChangedAt: passwordHash ? now : null,
            mustChangePassword: passwordHash !== null && options.oneTime,
          })
          .returning();
        return toAgent(row!);
      } catch (error) {
        if (isUniqueViolation(error, 'agents_email_key')) throw new AgentExistsError(email);
        throw new DatabaseError(error);
      }
    },

    async findByEmail(email: string): Promise<Agent | null> {
      const row = await findRowByEmail(email);
      return row ? toAgent(row) : null;
    },

    async findById(id: string): Promise<Agent | null> {
      if (!UUID_PATTERN.test(id)) return null;
      const [row] = await db.select().from(agents).where(eq(agents.id, id));
      return row ? toAgent(row) : null;
    },

    async list(): Promise<Agent[]> {
      const rows = await db.select().from(agents).orderBy(asc(agents.email));
      return rows.map(toAgent);
    },

    async setRole(id: string, role: AgentRole): Promise<Agent> {
      return update(id, { role: parseAgentInput(agentRoleSchema, role, 'role') });
    },

    /** The agent's language (the route checked it is one of LOCALES). Cached sessions drop it (0007). */
    async setLocale(id: string, locale: Locale): Promise<Agent> {
      return update(id, { locale });
    },

    /** Also ends every session of the agent, in the same transaction. */
    async disable(id: string): Promise<Agent> {
      return update(id, { disabled: true }, true);
    },

    async enable(id: string): Promise<Agent> {
      return update(id, { disabled: false });
    },

    /** An admin sets the password. Also ends every session of the agent, in the same transaction. */
    async resetPassword(id: string, password: string, options: SetPasswordOptions): Promise<void> {
      const checked = parseAgentInput(newPasswordSchema, password, 'password');
      const passwordHash = await hashPassword(checked);
      await update(
        id,
        { passwordHash, passwordChangedAt: clock(), mustChangePassword: options.oneTime },
        true,
      );
    },

    /**
     * The agent chose this password (the route has checked it against the policy): it is no longer
     * one an admin knows. Ends every session of the agent in the same transaction; the caller
     * starts the one the agent goes on with.
     */
    async changePassword(id: string, password: string): Promise<Agent> {
      const passwordHash = await hashPassword(parseAgentInput(newPasswordSchema, password, 'password'));
      return update(id, { passwordHash, passwordChangedAt: clock(), mustChangePassword: false }, true);
    },

    async recordSignIn(id: string, at: Date = clock()): Promise<void> {
      if (!UUID_PATTERN.test(id)) throw new AgentNotFoundError({ id });
      await db.update(agents).set({ lastSignInAt: at }).where(eq(agents.id, id));
    },

    /**
     * The agent when the email and password match an enabled agent, else null — one answer for
     * every failure, and one full scrypt either way, so neither the answer nor its timing tells
     * whether the email exists (docs/security.md A4).
     */
    async verifyCredentials(email: string, password: string): Promise<Agent | null> {
      const row = await findRowByEmail(email);
      const stored = row?.passwordHash ?? (await dummyHash());
      const matches = await verifyPassword(password, stored);
      if (!row || row.passwordHash === null || row.disabled || !matches) return null;
      if (needsRehash(row.passwordHash) && newPasswordSchema.safeParse(password).success) {
        // Only here do we hold the plain password: upgrade the hash to today's parameters.
        const passwordHash = await hashPassword(password);
        try {
          await db.update(agents).set({ passwordHash }).where(eq(agents.id, row.id));
        } catch (error) {
          throw new DatabaseError(error);
        }
      }
      return toAgent(row);
    },
  };
}
