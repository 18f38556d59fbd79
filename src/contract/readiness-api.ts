/**
 * Why the BFF is or is not ready, for admins (GET /api/admin/readiness). Anonymous callers of
 * /health/ready get only `{status:'ok'}` or 503 `{status:'unavailable'}` (docs/security.md L2):
 * which check failed, and how Capa refused the key, is for admins and the logs.
 */
import { z } from 'zod';
import { API_ERROR_CODES } from './api';

export const READINESS_PATH = '/api/admin/readiness';

/** Which of Capa's three documented 401 messages came back (docs/capa-api.md); KEY_REFUSED: other words. */
export const KEY_PROBLEMS = ['KEY_MISSING', 'KEY_FORMAT_INVALID', 'KEY_INVALID', 'KEY_REFUSED'] as const;
export type KeyProblem = (typeof KEY_PROBLEMS)[number];

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
  keyProblem: z.enum(KEY_PROBLEMS).nullable(),
});
export type ReadinessReport = z.infer<typeof readinessReportSchema>;
