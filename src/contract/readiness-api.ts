/**
 * Why the BFF is or is not ready, for admins (GET /api/admin/readiness). Anonymous callers of
 * /health/ready get only `{status:'ok'}` or 503 `{status:'unavailable'}` (docs/security.md L2):
 * which check failed, and how Capa refused the key, is for admins and the logs.
 */
import { z } from 'zod';
import { API_ERROR_CODES } from './api';
import { CAPA_MESSAGES } from './capa';

export const READINESS_PATH = '/api/admin/readiness';

/** Capa's three documented 401 messages (docs/capa-api.md), or 'unrecognised' for anything else. */
export const CAPA_AUTH_MESSAGES = [
  CAPA_MESSAGES.keyMissing,
  CAPA_MESSAGES.keyFormat,
  CAPA_MESSAGES.keyInvalid,
  'unrecognised',
] as const;
export type CapaAuthMessage = (typeof CAPA_AUTH_MESSAGES)[number];

export const readinessReportSchema = z.object({
  ready: z.boolean(),
  /** When the (shared, briefly cached) check finished. */
  checkedAt: z.iso.datetime({ offset: true }),
  /** The first check that failed; Capa is not asked while the database is down. */
  failedCheck: z.enum(['database', 'capa']).nullable(),
  /** Our code for Capa's failure, as an agent's request would have got it. */
  capaError: z.enum(API_ERROR_CODES).nullable(),
  /** Capa's HTTP status, when it answered. */
  upstreamStatus: z.number().int().nullable(),
  /** Set when Capa refused the partner key: which of its 401s it was. */
  capaAuthMessage: z.enum(CAPA_AUTH_MESSAGES).nullable(),
});
export type ReadinessReport = z.infer<typeof readinessReportSchema>;
