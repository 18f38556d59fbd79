import { eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { sessions } from '../db/schema';

/** Ends every session of an agent; takes a transaction so disable/reset do it atomically. */
export async function deleteSessionsOfAgent(db: Db, agentId: string): Promise<number> {
  const ended = await db.delete(sessions).where(eq(sessions.agentId, agentId)).returning({ id: sessions.id });
  return ended.length;
}
