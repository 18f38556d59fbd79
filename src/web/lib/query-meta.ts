/**
 * What a query or mutation may tell the app-wide error handling (app/query-client.ts) through
 * TanStack Query's `meta`, typed once here for every feature.
 */
export interface RequestMeta extends Record<string, unknown> {
  /**
   * A 401 from this request is its own answer (wrong password at sign-in, already signed out),
   * not a session that expired mid-work: do not send the agent to the sign-in page for it.
   */
  unauthenticatedIsAnswer?: boolean;
}

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: RequestMeta;
    mutationMeta: RequestMeta;
  }
}
