import { eq } from 'drizzle-orm';
import type { Db } from './database';
import { sessions } from './schema';

/**
 * Ends every session of an agent. Here, beside the schema, because both the agents repo (disable,
 * reset, role change: in the same transaction as the change) and the sessions repo need it, and
 * agents must not depend on sessions.
 */
export async function deleteSessionsOfAgent(db: Db, agentId: string): Promise<number> {
  const ended = await db.delete(sessions).where(eq(sessions.agentId, agentId)).returning({ id: sessions.id });
  return ended.length;
}
