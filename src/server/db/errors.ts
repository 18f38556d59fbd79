/** Reading driver errors the same way for pg and PGlite, through drizzle's wrapper. */

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e instanceof Error && chain.length < 5; e = e.cause) chain.push(e);
  return chain;
}

/** The SQLSTATE of the driver error under drizzle's DrizzleQueryError, if any. */
export function sqlState(error: unknown): string | undefined {
  for (const e of causes(error)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (sqlState(error) !== '23505') return false;
  if (constraint === undefined) return true;
  return causes(error).some((e) => (e as { constraint?: unknown }).constraint === constraint);
}

/**
 * Drizzle puts the query's parameters (a password hash, say) in its error message, which ends up
 * in logs. This keeps only the driver's own message and error.
 */
export class DatabaseError extends Error {
  readonly sqlState: string | undefined;

  constructor(error: unknown) {
    const driverError = causes(error).at(-1);
    super(`Database error: ${driverError instanceof Error ? driverError.message : String(error)}`, {
      cause: driverError,
    });
    this.name = 'DatabaseError';
    this.sqlState = sqlState(error);
  }
}
