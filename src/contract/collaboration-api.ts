/**
 * Working together on transactions (docs/architecture.md, "Working together"): who has taken one,
 * the notes agents leave on it, and when Rampdesk first saw it in each status. Takes and notes are
 * Rampdesk's own data, in its database; Capa knows nothing of them.
 */
import { z } from 'zod';
import { LIST_LIMIT_MAX } from './enums';
import { queryInt, uuid, withPageDefaults } from './query-fields';

export const COLLABORATION_PATHS = {
  take: (id: string) => `/api/transactions/${encodeURIComponent(id)}/take`,
  release: (id: string) => `/api/transactions/${encodeURIComponent(id)}/release`,
  notes: (id: string) => `/api/transactions/${encodeURIComponent(id)}/notes`,
  activity: (id: string) => `/api/transactions/${encodeURIComponent(id)}/activity`,
  auditActivity: '/api/audit/activity',
} as const;

const isoTime = z.iso.datetime({ offset: true });

/** Who has a transaction, since when, and when the take lapses by itself. */
export const takeSchema = z.object({
  agentId: z.string(),
  agentEmail: z.string(),
  agentName: z.string(),
  takenAt: isoTime,
  expiresAt: isoTime,
});
export type Take = z.infer<typeof takeSchema>;

/** POST …/take and …/release answer who has it now (null: nobody). */
export const takeResponseSchema = z.object({ take: takeSchema.nullable() });
export type TakeResponse = z.infer<typeof takeResponseSchema>;

export const NOTE_MAX_LENGTH = 1000;
/**
 * C0 and C1 control characters but the line feed (a note may have lines), and the bidirectional
 * overrides that make text read differently from what it holds.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const REFUSED_CHARACTERS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** POST …/notes: plain text, trimmed, 1–1000 characters; never rendered as HTML anywhere. */
export const noteBodySchema = z.strictObject({
  text: z
    .string({ message: 'is required' })
    .transform((text) => text.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(1, 'must not be empty')
        .max(NOTE_MAX_LENGTH, `must be at most ${NOTE_MAX_LENGTH} characters`)
        .refine((text) => !REFUSED_CHARACTERS.test(text), 'must not contain control characters'),
    ),
});

export const noteSchema = z.object({
  id: z.string(),
  transactionId: z.string(),
  agentEmail: z.string(),
  agentName: z.string(),
  text: z.string(),
  createdAt: isoTime,
});
export type Note = z.infer<typeof noteSchema>;

/** GET …/notes: oldest first, as a conversation reads. */
export const notesResponseSchema = z.object({ items: z.array(noteSchema) });
export type NotesResponse = z.infer<typeof notesResponseSchema>;

/** A status and when Rampdesk first saw the transaction in it; `stuck` by the configured threshold. */
export const sightingSchema = z.object({
  status: z.string(),
  firstSeenAt: isoTime,
  stuck: z.boolean(),
});
export type Sighting = z.infer<typeof sightingSchema>;

/** GET …/activity: the drawer's live part (polled): the take and every status sighting. */
export const activityResponseSchema = z.object({
  take: takeSchema.nullable(),
  sightings: z.array(sightingSchema),
});

/**
 * What the list adds beside Capa's rows, by transaction id. statusSince: when Rampdesk first saw it
 * in its current status (null: not known, e.g. the database did not answer); never a guess.
 */
export const annotationSchema = z.object({
  statusSince: isoTime.nullable(),
  stuck: z.boolean(),
  take: takeSchema.nullable(),
});
export type Annotation = z.infer<typeof annotationSchema>;
export const annotationsSchema = z.record(z.string(), annotationSchema);
export type Annotations = z.infer<typeof annotationsSchema>;

/** Why a take ended: by its holder, by an admin, by a successful execute, or by lapsing. */
export const RELEASE_REASONS = ['released', 'released-by-admin', 'executed', 'expired'] as const;
export type ReleaseReason = (typeof RELEASE_REASONS)[number];
export const ACTIVITY_KINDS = ['take', 'release', 'note'] as const;

export const activityEventSchema = z.object({
  id: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  transactionId: z.string(),
  agentEmail: z.string(),
  agentName: z.string(),
  /** The note's text (notes only). */
  text: z.string().nullable(),
  /** Why a take ended (releases only). */
  reason: z.enum(RELEASE_REASONS).nullable(),
  createdAt: isoTime,
});
export type ActivityEvent = z.infer<typeof activityEventSchema>;

const activityQueryFields = z.strictObject({
  kind: z.enum(ACTIVITY_KINDS, { message: 'must be take, release or note' }).optional(),
  transactionId: uuid.optional(),
  skip: queryInt(0, 1_000_000_000).optional(),
  limit: queryInt(1, LIST_LIMIT_MAX).optional(),
});
export const ACTIVITY_LIST_PARAMETERS = Object.keys(activityQueryFields.shape);
export const activityListQuerySchema = activityQueryFields.transform(withPageDefaults);
export type ActivityListQueryInput = z.input<typeof activityListQuerySchema>;
export type ActivityListQuery = z.output<typeof activityListQuerySchema>;

/** GET /api/audit/activity: takes, releases and notes, newest first. */
export const activityListResponseSchema = z.object({
  total: z.number().int().nonnegative(),
  skip: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  items: z.array(activityEventSchema),
});
export type ActivityListResponse = z.infer<typeof activityListResponseSchema>;
