import { eq, lte, or, sql } from 'drizzle-orm';
import { toAgent, UUID_PATTERN, type Agent } from '../agents/agent';
import type { ChangeFeed } from '../db/change-feed';
import type { Db } from '../db/database';
import { deleteSessionsOfAgent } from '../db/end-agent-sessions';
import { agents, sessions, type SessionRow } from '../db/schema';
import { createSessionCache } from './session-cache';
import { generateSessionToken, hashSessionToken, isWellFormedToken } from './session-token';

export const DEFAULT_IDLE_TIMEOUT_MS = 30 * 60_000;
export const DEFAULT_ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60_000;
/** last_seen_at moves at most this often, so a busy agent costs one write a minute, not one a request. */
export const TOUCH_INTERVAL_MS = 60_000;
const USER_AGENT_MAX = 512;
const IP_MAX = 64;

export interface SessionsRepoOptions {
  idleTimeoutMs?: number;
  absoluteTimeoutMs?: number;
  clock?: () => Date;
  /** The database's change feed (PGlite): sessions are then cached between requests. */
  changes?: ChangeFeed | null;
}

/** `id` is the token's SHA-256: fine to log, useless as a cookie. */
export type Session = SessionRow;
export interface SessionMeta {
  userAgent?: string | null;
  ip?: string | null;
}

export type SessionsRepo = ReturnType<typeof createSessionsRepo>;

function positive(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`${name} must be a positive integer`);
  return value;
}

export function createSessionsRepo(db: Db, options: SessionsRepoOptions = {}) {
  const idleMs = positive('idleTimeoutMs', options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS);
  const absoluteMs = positive('absoluteTimeoutMs', options.absoluteTimeoutMs ?? DEFAULT_ABSOLUTE_TIMEOUT_MS);
  const clock = options.clock ?? (() => new Date());
  const idleSince = (now: Date) => new Date(now.getTime() - idleMs);
  const cache = options.changes ? createSessionCache(options.changes) : null;
  // A cached session answers only while the database path would neither expire nor touch it.
  const answersFor = Math.min(idleMs, TOUCH_INTERVAL_MS);
  /**
   * Every request that has no cached session reads it with its agent: on PostgreSQL that is every
   * request (docs/security.md A3). Built once and prepared under a name, so a request costs one
   * round trip (Bind/Execute on a connection that has seen it) and no query building: building this
   * query per request was the largest part of the BFF's own CPU on PostgreSQL (docs/performance.md).
   */
  const readSession = db
    .select({ session: sessions, agent: agents })
    .from(sessions)
    .innerJoin(agents, eq(agents.id, sessions.agentId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare('rampdesk_session_lookup');

  return {
    idleTimeoutMs: idleMs,
    absoluteTimeoutMs: absoluteMs,

    /** A new session; the token goes to the cookie and is never stored. */
    async create(agentId: string, meta: SessionMeta = {}, now: Date = clock()) {
      const token = generateSessionToken();
      const [session] = await db
        .insert(sessions)
        .values({
          id: hashSessionToken(token),
          agentId,
          createdAt: now,
          lastSeenAt: now,
          expiresAt: new Date(now.getTime() + absoluteMs),
          userAgent: meta.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
          ip: meta.ip?.slice(0, IP_MAX) ?? null,
        })
        .returning();
      return { token, session: session! };
    },

    /** The session and its agent, or null when unknown, expired, idle too long or disabled. */
    async lookup(token: string, now: Date = clock()): Promise<{ session: Session; agent: Agent } | null> {
      if (!isWellFormedToken(token)) return null;
      const id = hashSessionToken(token);
      const cached = cache?.get(id);
      if (
        cached &&
        now < cached.session.expiresAt &&
        now.getTime() - cached.session.lastSeenAt.getTime() < answersFor
      ) {
        return cached;
      }
      const stamp = cache?.stamp() ?? 0;
      const [found] = await readSession.execute({ id });
      if (!found) return null;
      const { session, agent } = found;
      const expired = now >= session.expiresAt || now.getTime() - session.lastSeenAt.getTime() >= idleMs;
      if (expired || agent.disabled) {
        // It can never become valid again: clean it up now rather than at the next purge.
        await db.delete(sessions).where(eq(sessions.id, id));
        return null;
      }
      if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
        await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
        session.lastSeenAt = now;
      }
      const result = { session, agent: toAgent(agent) };
      cache?.store(id, result, stamp);
      return result;
    },

    /** Sign-out. True when there was such a session. */
    async revoke(token: string): Promise<boolean> {
      if (!isWellFormedToken(token)) return false;
      const ended = await db
        .delete(sessions)
        .where(eq(sessions.id, hashSessionToken(token)))
        .returning({ id: sessions.id });
      return ended.length > 0;
    },

    /** Number of sessions ended. Disable and reset-password do this themselves (agents repo). */
    revokeAllForAgent(agentId: string): Promise<number> {
      return UUID_PATTERN.test(agentId) ? deleteSessionsOfAgent(db, agentId) : Promise.resolve(0);
    },

    /** Deletes sessions past either timeout; returns how many. Run it now and then. */
    async purgeExpired(now: Date = clock()): Promise<number> {
      const ended = await db
        .delete(sessions)
        .where(or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, idleSince(now))))
        .returning({ id: sessions.id });
      return ended.length;
    },
  };
}
