import { LRUCache } from 'lru-cache';
import type { Agent } from '../agents/agent';
import type { ChangeFeed } from '../db/change-feed';
import type { SessionRow } from '../db/schema';

export interface CachedSession {
  session: SessionRow;
  agent: Agent;
}

/** Enough for every agent of a large support team, several browsers each. */
const MAX_SESSIONS = 10_000;

/**
 * Sessions as last read from the database, by id, so that a request need not read its session
 * again (on the embedded PGlite that read was most of the BFF's CPU per request). Exact, not
 * eventually right: the database announces every ended session and every agent whose role, status
 * or password changed before the statement that did it returns (change-feed.ts), and the entries
 * concerned go at once. The sessions repository decides when an entry may answer for the database.
 */
export function createSessionCache(changes: ChangeFeed) {
  const entries = new LRUCache<string, CachedSession>({ max: MAX_SESSIONS });
  // Bumped by every change: a read that began before a change must not store what it read.
  let generation = 0;

  changes.subscribe((change) => {
    if (change.table === 'sessions') {
      generation++;
      entries.delete(change.id);
    } else if (change.table === 'agents') {
      generation++;
      for (const [id, entry] of entries.entries()) if (entry.agent.id === change.id) entries.delete(id);
    }
  });

  return {
    get(id: string): CachedSession | undefined {
      const entry = entries.get(id);
      // Copies: callers may change what they are given without changing the cache.
      return entry && { session: { ...entry.session }, agent: { ...entry.agent } };
    },
    /** Taken before reading the database; `store` ignores a read that a change may have overtaken. */
    stamp: () => generation,
    store(id: string, entry: CachedSession, stamp: number): void {
      if (stamp === generation) entries.set(id, { session: { ...entry.session }, agent: { ...entry.agent } });
    },
  };
}
