/**
 * The BFF's execute audit log and idempotency records, in memory (docs/security.md E3–E6): the mock
 * execute writes an entry for every attempt, and the audit routes read them. test-support/setup.ts resets
 * it after each test; a test may `record` entries of its own (an unknown outcome, many pages).
 */
import type {
  AuditEntry,
  AuditListQuery,
  AuditListResponse,
  TransactionAuditResponse,
} from '../../contract/audit-api';
import type { PublicAgent } from '../../contract/auth';

/** What a successful Idempotency-Key answered, and for which intent (and hash). */
interface Replay {
  transactionId: string;
  hash: string | null;
  status: string;
}

let entries: AuditEntry[] = [];
/** Idempotency-Key → the successful answer it replays (a failed first attempt may be retried). */
let replays = new Map<string, Replay>();
let counter = 0;

const now = () => new Date().toISOString();

function nextId(): string {
  counter += 1;
  return `00000000-0000-4000-a000-${String(counter).padStart(12, '0')}`;
}

export type AuditRecordInput = Partial<AuditEntry> & Pick<AuditEntry, 'transactionId' | 'outcome'>;

export const auditStore = {
  /** Adds a finished (or, with outcome pending/unknown, an open) entry; returns it. */
  record(input: AuditRecordInput): AuditEntry {
    const createdAt = input.createdAt ?? now();
    const open = input.outcome === 'pending' || input.outcome === 'unknown';
    const entry: AuditEntry = {
      id: nextId(),
      agentId: '00000000-0000-4000-8000-000000000002',
      agentEmail: 'operator@sandbox.rampdesk.test',
      transactionHash: null,
      idempotencyKey: `mock-key-${String(counter).padStart(8, '0')}`,
      upstreamStatus: null,
      upstreamCode: null,
      upstreamMessage: null,
      completedAt: open ? null : createdAt,
      resolvedAt: null,
      resolvedBy: null,
      ...input,
      createdAt,
    };
    entries = [entry, ...entries];
    return entry;
  },

  /** An attempt by the signed-in agent, as the BFF writes it. */
  attempt(agent: PublicAgent, input: Omit<AuditRecordInput, 'agentId' | 'agentEmail'>): AuditEntry {
    return auditStore.record({ ...input, agentId: agent.id, agentEmail: agent.email });
  },

  replay: (key: string) => replays.get(key),
  remember(key: string, answer: Replay) {
    replays = new Map(replays).set(key, answer);
  },

  /** Admins read everyone's attempts; operators (`onlyAgentId`) their own. Newest first. */
  list(query: AuditListQuery, onlyAgentId: string | null): AuditListResponse {
    const matching = entries
      .filter(
        (e) =>
          (!onlyAgentId || e.agentId === onlyAgentId) &&
          (onlyAgentId || !query.agent || e.agentEmail.toLowerCase() === query.agent) &&
          (!query.outcome || e.outcome === query.outcome) &&
          (!query.transactionId || e.transactionId === query.transactionId) &&
          (!query.from || Date.parse(e.createdAt) >= Date.parse(query.from)) &&
          (!query.to || Date.parse(e.createdAt) < Date.parse(query.to)),
      )
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return {
      total: matching.length,
      skip: query.skip,
      limit: query.limit,
      items: matching.slice(query.skip, query.skip + query.limit),
    };
  },

  /** As the BFF answers it: without Idempotency-Keys (the field absent) unless `withKeys`. */
  forTransaction(transactionId: string, withKeys = true): TransactionAuditResponse {
    const items = entries
      .filter((e) => e.transactionId === transactionId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const shown = withKeys ? items : items.map(({ idempotencyKey: _key, ...rest }) => rest);
    const done = items.find((e) => e.outcome === 'succeeded');
    const open = items.find((e) => e.outcome === 'pending' || (e.outcome === 'unknown' && !e.resolvedAt));
    return {
      items: shown,
      executed: done ? { agentEmail: done.agentEmail, at: done.completedAt ?? done.createdAt } : null,
      blockingIntent: open
        ? {
            state: open.outcome === 'pending' ? 'pending' : 'unknown',
            agentEmail: open.agentEmail,
            since: open.createdAt,
          }
        : null,
    };
  },
};

export function resetAuditStore() {
  entries = [];
  replays = new Map();
  counter = 0;
}
