/**
 * Work queues (issue 14): the sets of transactions a ramp support team works, each with a live
 * count and the age of its oldest item. GET /api/queues, for every agent; the table opens a queue
 * as a filter of several statuses (statusSet), oldest first.
 */
import { z } from 'zod';
import { API_PATHS } from './api-paths';
import type { TransactionType } from './enums';
import type { TransactionStatus } from './statuses';

export const QUEUES_PATH = API_PATHS.queues;

export const QUEUE_IDS = [
  'ready-to-execute',
  'needs-attention',
  'waiting-for-user',
  'failed-or-cancelled',
] as const;
export type QueueId = (typeof QUEUE_IDS)[number];

export interface QueueDefinition {
  id: QueueId;
  name: string;
  /** What the queue is for, in a sentence an agent reads on its card. */
  description: string;
  statuses: readonly TransactionStatus[];
  type?: TransactionType;
  /** Only transactions created in the last this many days (a date window from now). */
  lastDays?: number;
}

/**
 * In TRANSACTION_STATUSES' order within each queue, the form the status filter takes. Ready to
 * execute leaves out what Rampdesk executed without filtering on its records: Capa moves an
 * executed off-ramp to PENDING at once (docs/capa-api.md, "Queues").
 */
export const QUEUES: readonly QueueDefinition[] = [
  {
    id: 'ready-to-execute',
    name: 'Ready to execute',
    description: 'Off-ramps whose crypto arrived, waiting for an operator to execute the payout.',
    statuses: ['CRYPTO_RECEIVED', 'COMPLETED_CRYPTO_RECEIVAL'],
    type: 'OFF_RAMP',
  },
  {
    id: 'needs-attention',
    name: 'Needs attention',
    description: 'Crypto not seen, or a transfer that must be made by hand.',
    statuses: ['CRYPTO_NOT_RECEIVED', 'AWAITING_MANUAL_CRYPTO_TRANSFER', 'AWAITING_MANUAL_FIAT_TRANSFER'],
  },
  {
    id: 'waiting-for-user',
    name: 'Waiting for the user',
    description: 'Created, waiting for the user to pay or for their funds to arrive.',
    statuses: ['PENDING', 'PENDING_PAYMENT', 'PENDING_FUNDS'],
  },
  {
    id: 'failed-or-cancelled',
    name: 'Failed or cancelled',
    description: 'Stopped in the last 7 days: failed, cancelled or expired.',
    statuses: ['FAILED', 'EXPIRED', 'CANCELLED'],
    lastDays: 7,
  },
];

const isoTime = z.iso.datetime({ offset: true });

export const queueSummarySchema = z.object({
  id: z.enum(QUEUE_IDS),
  name: z.string(),
  description: z.string(),
  statuses: z.array(z.string()).min(1),
  type: z.string().optional(),
  /** The window's start for a queue of the last days (the table opens with it); else absent. */
  from: isoTime.optional(),
  count: z.number().int().nonnegative(),
  /** createdAt of the queue's oldest transaction; null when it is empty. */
  oldestCreatedAt: isoTime.nullable(),
  /**
   * How many of its transactions Rampdesk last saw entering their status longer ago than that
   * status's threshold (STUCK_THRESHOLDS), from its own sightings: it counts what Rampdesk has
   * seen, not Capa (docs/architecture.md, "Stuck items"). null: the database did not answer.
   */
  stuck: z.number().int().nonnegative().nullable(),
});
export type QueueSummary = z.infer<typeof queueSummarySchema>;

export const queuesResponseSchema = z.object({
  queues: z.array(queueSummarySchema),
  /** When these counts were read from Capa (they are shared by every agent for a few seconds). */
  countedAt: isoTime,
});
export type QueuesResponse = z.infer<typeof queuesResponseSchema>;
