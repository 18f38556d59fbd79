/**
 * The SPA's URLs in one place so features link to each other's screens without importing them.
 * The route table (app/routes.tsx) mounts screens at these paths.
 */
export const paths = {
  home: () => '/',
  /** The work queues: where agents land after signing in. */
  queues: () => '/queues',
  transactions: () => '/transactions',
  transaction: (id: string) => `/transactions/${encodeURIComponent(id)}`,
  /** `next`: where to go after signing in; must already be a safe same-origin path (lib/safe-next). */
  signIn: (next?: string) => (next ? `/sign-in?${new URLSearchParams({ next })}` : '/sign-in'),
  adminAgents: () => '/admin/agents',
  /** Where an agent signed in with a one-time password must go first (docs/security.md A6). */
  choosePassword: () => '/choose-password',
  /** Any agent who signs in with a password changes it here (from the account area of the header). */
  changePassword: () => '/account/password',
  /** The execute audit log; `query` is its filters as the page writes them (?outcome=failed). */
  audit: (query?: URLSearchParams) => (query?.size ? `/audit?${query}` : '/audit'),
} as const;
