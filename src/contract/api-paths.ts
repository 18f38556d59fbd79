/**
 * Where /api lives and the headers every request carries: plain constants, no schemas, so the
 * SPA's entry can send its first requests (session, config, the first page of rows) without
 * loading zod (docs/performance.md, issue 16). api.ts re-exports them beside its schemas.
 */
export const API_PATHS = {
  config: '/api/config',
  transactions: '/api/transactions',
  transactionTotals: '/api/transactions/totals',
  transactionExport: '/api/transactions/export.csv',
  queues: '/api/queues',
  exportAudit: '/api/audit/exports',
  transaction: (id: string) => `/api/transactions/${encodeURIComponent(id)}`,
  execute: (id: string) => `/api/transactions/${encodeURIComponent(id)}/execute`,
  signIn: '/api/auth/sign-in',
  signOut: '/api/auth/sign-out',
  me: '/api/auth/me',
  /** Public: "am I signed in?" answered 200 either way, so asking logs no error (docs/security.md A1). */
  session: '/api/auth/session',
  changePassword: '/api/auth/change-password',
  /** PUT: the agent's language, stored with them so it follows them to any browser. */
  locale: '/api/auth/locale',
  agents: '/api/agents',
  agent: (id: string) => `/api/agents/${encodeURIComponent(id)}`,
  resetPassword: (id: string) => `/api/agents/${encodeURIComponent(id)}/reset-password`,
} as const;

/**
 * Every /api request carries this header with exactly this value (docs/security.md C1): a cross-site
 * form or image cannot set it, and a cross-site fetch with it needs a CORS preflight we never grant.
 */
export const CSRF_HEADER = 'x-csrf';
export const CSRF_HEADER_VALUE = '1';

export const REQUEST_ID_HEADER = 'x-request-id';
