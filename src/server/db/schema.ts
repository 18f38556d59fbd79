/**
 * The database schema. After changing it, run `npx drizzle-kit generate` and commit the new
 * migration under ./migrations: the server applies them at start, on PGlite and PostgreSQL alike.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { AUDIT_OUTCOMES } from '../../contract/audit-api';
import { AGENT_ROLES } from '../../contract/auth';
import { ACTIVITY_KINDS, RELEASE_REASONS, type ReleaseReason } from '../../contract/collaboration-api';
import { EXPORT_OUTCOMES, type ExportFilters } from '../../contract/reconciliation-api';

const time = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export const agents = pgTable(
  'agents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: AGENT_ROLES }).notNull(),
    /** Null for agents who only sign in through SSO. */
    passwordHash: text('password_hash'),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: time('created_at').notNull().defaultNow(),
    updatedAt: time('updated_at').notNull().defaultNow(),
    lastSignInAt: time('last_sign_in_at'),
    passwordChangedAt: time('password_changed_at'),
    /**
     * The password was set by an admin (CLI or Agents page), who therefore knows it: the agent must
     * choose their own before anything else (docs/security.md A6).
     */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    /**
     * The language the agent chose in the SPA's menu (a LOCALES tag, src/contract/locales.ts), so it
     * follows them to any browser; null until they choose one (the browser's languages decide).
     */
    locale: text('locale'),
  },
  (t) => [
    // Lower-cased on write, so a plain unique index makes emails unique case-insensitively.
    uniqueIndex('agents_email_key').on(t.email),
    check('agents_email_lower_check', sql`${t.email} = lower(${t.email})`),
    check('agents_role_check', sql`${t.role} in (${inList(AGENT_ROLES)})`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 (hex) of the session token: a database leak does not hand out live sessions. */
    id: text('id').primaryKey(),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    createdAt: time('created_at').notNull(),
    lastSeenAt: time('last_seen_at').notNull(),
    /** Absolute expiry; the idle timeout is checked against last_seen_at on read. */
    expiresAt: time('expires_at').notNull(),
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [index('sessions_agent_id_idx').on(t.agentId), index('sessions_expires_at_idx').on(t.expiresAt)],
);

/** An intent's life: pending → succeeded | failed | unknown; unknown → pending (resolving); failed → pending (a new attempt). */
export const INTENT_STATES = ['pending', 'succeeded', 'failed', 'unknown'] as const;
export type IntentState = (typeof INTENT_STATES)[number];

/**
 * One row per execute attempt; only ever updated to complete or resolve it, never deleted
 * (docs/security.md E5). Migration 0002 enforces both with triggers, whoever writes to the table.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id),
    // Copied so the entry still says who it was if the agent's email changes.
    agentEmail: text('agent_email').notNull(),
    transactionId: uuid('transaction_id').notNull(),
    transactionHash: text('transaction_hash'),
    idempotencyKey: text('idempotency_key').notNull(),
    outcome: text('outcome', { enum: AUDIT_OUTCOMES }).notNull(),
    upstreamStatus: integer('upstream_status'),
    upstreamCode: text('upstream_code'),
    upstreamMessage: text('upstream_message'),
    createdAt: time('created_at').notNull().defaultNow(),
    completedAt: time('completed_at'),
    resolvedAt: time('resolved_at'),
    resolvedBy: text('resolved_by'),
  },
  (t) => [
    index('audit_entries_transaction_id_idx').on(t.transactionId),
    index('audit_entries_agent_id_idx').on(t.agentId),
    index('audit_entries_created_at_idx').on(t.createdAt),
    check('audit_entries_outcome_check', sql`${t.outcome} in (${inList(AUDIT_OUTCOMES)})`),
  ],
);

/** The primary key allows one intent per transaction, across BFF instances (docs/security.md E2). */
export const executeIntents = pgTable(
  'execute_intents',
  {
    transactionId: uuid('transaction_id').primaryKey(),
    idempotencyKey: text('idempotency_key').notNull(),
    auditEntryId: uuid('audit_entry_id')
      .notNull()
      .references(() => auditEntries.id),
    state: text('state', { enum: INTENT_STATES }).notNull(),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id),
    createdAt: time('created_at').notNull().defaultNow(),
    updatedAt: time('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('execute_intents_idempotency_key_key').on(t.idempotencyKey),
    check('execute_intents_state_check', sql`${t.state} in (${inList(INTENT_STATES)})`),
  ],
);

/**
 * Fixed-window counters of the rate limits that must hold across BFF instances (sign-in per
 * account and address, per address and per account; execute per agent); see
 * src/server/rate-limit/database-store.ts.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull(),
    resetAt: time('reset_at').notNull(),
  },
  (t) => [index('rate_limits_reset_at_idx').on(t.resetAt)],
);

/**
 * One row per CSV export (docs/security.md X3): who, when, which view, how many rows, how it
 * ended. Written when the export starts and updated once, when it ends; never deleted. Migration
 * 0004 enforces both with triggers, as 0002 does for audit_entries.
 */
export const exportAudits = pgTable(
  'export_audits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id),
    agentEmail: text('agent_email').notNull(),
    startedAt: time('started_at').notNull(),
    finishedAt: time('finished_at'),
    filters: jsonb('filters').$type<ExportFilters>().notNull(),
    windowFrom: time('window_from'),
    windowTo: time('window_to'),
    rows: integer('rows').notNull().default(0),
    outcome: text('outcome', { enum: EXPORT_OUTCOMES }).notNull(),
  },
  (t) => [
    index('export_audits_agent_id_idx').on(t.agentId),
    index('export_audits_started_at_idx').on(t.startedAt),
    check('export_audits_outcome_check', sql`${t.outcome} in (${inList(EXPORT_OUTCOMES)})`),
  ],
);

/**
 * When Rampdesk first saw each transaction in each status (docs/capa-api.md: Capa keeps no
 * updatedAt). Written once per (transaction, status), never changed: the first sighting is the fact.
 */
export const statusSightings = pgTable(
  'status_sightings',
  {
    transactionId: uuid('transaction_id').notNull(),
    status: text('status').notNull(),
    firstSeenAt: time('first_seen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.transactionId, t.status] })],
);

/**
 * Who is working on a transaction. The primary key is what lets exactly one of two agents taking
 * it at once win, on one instance or several (docs/security.md W1). A row past expires_at has lapsed.
 */
export const takes = pgTable(
  'takes',
  {
    transactionId: uuid('transaction_id').primaryKey(),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id),
    agentEmail: text('agent_email').notNull(),
    agentName: text('agent_name').notNull(),
    takenAt: time('taken_at').notNull(),
    expiresAt: time('expires_at').notNull(),
  },
  (t) => [check('takes_expiry_check', sql`${t.expiresAt} > ${t.takenAt}`)],
);

/**
 * Takes, releases and notes, one row each (docs/security.md W2): append-only, enforced by the
 * triggers of migration 0006 as 0002 does for audit_entries. Notes are read from here.
 */
export const transactionActivity = pgTable(
  'transaction_activity',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    transactionId: uuid('transaction_id').notNull(),
    kind: text('kind', { enum: ACTIVITY_KINDS }).notNull(),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id),
    // Copied, so the row still says who it was if the agent's email or name changes.
    agentEmail: text('agent_email').notNull(),
    agentName: text('agent_name').notNull(),
    text: text('text'),
    reason: text('reason', { enum: RELEASE_REASONS }).$type<ReleaseReason>(),
    createdAt: time('created_at').notNull(),
  },
  (t) => [
    index('transaction_activity_transaction_idx').on(t.transactionId, t.createdAt),
    index('transaction_activity_created_at_idx').on(t.createdAt),
    check('transaction_activity_kind_check', sql`${t.kind} in (${inList(ACTIVITY_KINDS)})`),
    check(
      'transaction_activity_shape_check',
      sql`(${t.kind} = 'note') = (${t.text} is not null and char_length(${t.text}) between 1 and 1000)
        and (${t.kind} = 'release') = (${t.reason} is not null and ${t.reason} in (${inList(RELEASE_REASONS)}))`,
    ),
  ],
);

export type AgentRow = typeof agents.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type AuditEntryRow = typeof auditEntries.$inferSelect;
export type ExecuteIntentRow = typeof executeIntents.$inferSelect;
export type ExportAuditRow = typeof exportAudits.$inferSelect;
export type TakeRow = typeof takes.$inferSelect;
export type ActivityRow = typeof transactionActivity.$inferSelect;
