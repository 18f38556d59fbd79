/** The sign-in, session, proxy and database part of the configuration (see config.ts). */
import { databaseLocationFromEnv } from '../db/database-config';
import { addressEntryProblem, splitList } from '../net/address-list';

export type DatabaseConfig = { url: string } | { dataDir: string } | { memory: true };

export interface SsoConfig {
  /** Lower-case header name, e.g. x-auth-request-email. */
  emailHeader: string;
  /** IPs and CIDR ranges of the authenticating proxy: the header is honoured from these only. */
  proxyAddresses: string[];
  /** Unknown emails: refused (null) or created as viewers. */
  autoProvision: 'viewer' | null;
}

export interface SessionConfig {
  idleTimeoutMs: number;
  absoluteTimeoutMs: number;
}

export const SESSION_DEFAULTS: SessionConfig = {
  idleTimeoutMs: 30 * 60_000,
  absoluteTimeoutMs: 12 * 60 * 60_000,
};

export interface AuthSettings {
  database: DatabaseConfig;
  sessions: SessionConfig;
  cookieSecure: boolean;
  trustProxy: string[];
  sso: SsoConfig | null;
}

/** Headers an SSO proxy must never be configured to use: they carry something else entirely. */
const RESERVED_HEADERS = ['cookie', 'authorization', 'host', 'x-forwarded-for', 'x-csrf', 'content-type'];

function whole(env: Record<string, string | undefined>, name: string, min: number, max: number) {
  const raw = env[name];
  if (raw === undefined) return { value: undefined };
  if (!/^\d+$/.test(raw)) return { problem: `${name} must be a whole number` };
  const value = Number(raw);
  if (value < min || value > max) return { problem: `${name} must be between ${min} and ${max}` };
  return { value };
}

function addressList(name: string, raw: string | undefined, problems: string[]): string[] {
  const entries = splitList(raw);
  for (const entry of entries) {
    const problem = addressEntryProblem(entry);
    if (problem) problems.push(`${name}: ${problem} (use e.g. 10.0.0.5, 10.0.0.0/8 or loopback)`);
  }
  return entries;
}

/**
 * Reads DATABASE_URL / RAMPDESK_DATA_DIR, SESSION_*, COOKIE_SECURE, TRUST_PROXY and SSO_*; pushes a
 * message per problem. `env` holds trimmed, non-empty values only.
 */
export function readAuthSettings(env: Record<string, string | undefined>, problems: string[]): AuthSettings {
  let database: DatabaseConfig = { memory: true };
  try {
    database = databaseLocationFromEnv(env);
  } catch (error) {
    problems.push((error as Error).message);
  }

  const idle = whole(env, 'SESSION_IDLE_MINUTES', 1, 24 * 60);
  const absolute = whole(env, 'SESSION_ABSOLUTE_HOURS', 1, 30 * 24);
  for (const r of [idle, absolute]) if (r.problem) problems.push(r.problem);
  const sessions: SessionConfig = {
    idleTimeoutMs: (idle.value ?? 30) * 60_000,
    absoluteTimeoutMs: (absolute.value ?? 12) * 60 * 60_000,
  };
  if (sessions.idleTimeoutMs > sessions.absoluteTimeoutMs) {
    problems.push('SESSION_IDLE_MINUTES must not be longer than SESSION_ABSOLUTE_HOURS');
  }

  const secure = env.COOKIE_SECURE?.toLowerCase();
  if (secure !== undefined && secure !== 'true' && secure !== 'false') {
    problems.push('COOKIE_SECURE must be true or false');
  }

  const trustProxy = addressList('TRUST_PROXY', env.TRUST_PROXY, problems);
  const proxyAddresses = addressList('SSO_PROXY_ADDRESSES', env.SSO_PROXY_ADDRESSES, problems);
  const header = env.SSO_EMAIL_HEADER?.toLowerCase();
  const provision = env.SSO_AUTO_PROVISION?.toLowerCase();
  if (provision !== undefined && provision !== 'viewer' && provision !== 'off') {
    problems.push('SSO_AUTO_PROVISION must be viewer or off');
  }
  let sso: SsoConfig | null = null;
  if (header !== undefined) {
    if (!/^[a-z0-9!#$%&'*+.^_`|~-]+$/.test(header) || RESERVED_HEADERS.includes(header)) {
      problems.push(
        'SSO_EMAIL_HEADER must be the name of the header your proxy sets, e.g. x-auth-request-email',
      );
    }
    if (proxyAddresses.length === 0) {
      problems.push(
        'SSO_PROXY_ADDRESSES is required when SSO_EMAIL_HEADER is set: the addresses of your authenticating proxy (anyone else could send the header)',
      );
    }
    sso = { emailHeader: header, proxyAddresses, autoProvision: provision === 'viewer' ? 'viewer' : null };
  } else if (proxyAddresses.length > 0 || provision === 'viewer') {
    problems.push('SSO_PROXY_ADDRESSES and SSO_AUTO_PROVISION have no effect without SSO_EMAIL_HEADER');
  }

  return { database, sessions, cookieSecure: secure !== 'false', trustProxy, sso };
}

export const AUTH_ENV_NAMES = [
  'DATABASE_URL',
  'RAMPDESK_DATA_DIR',
  'SESSION_IDLE_MINUTES',
  'SESSION_ABSOLUTE_HOURS',
  'COOKIE_SECURE',
  'TRUST_PROXY',
  'SSO_EMAIL_HEADER',
  'SSO_PROXY_ADDRESSES',
  'SSO_AUTO_PROVISION',
] as const;

export interface RateLimit {
  max: number;
  windowMs: number;
}

/**
 * docs/security.md A4, after OWASP's authentication cheat sheet: the limit a guesser meets is per account
 * *and* address, so a burst from one place neither gets more guesses nor locks the owner out
 * elsewhere; a much higher per-account ceiling across all addresses catches guessing spread over
 * many. One address can add at most 10 failures per 15 minutes to an account (about 50 an hour),
 * under the ceiling's 100 an hour: only several addresses together can hold the owner off.
 */
export interface RateLimitSettings {
  /** Failed sign-ins per email from one client address: the limit a guesser meets first. */
  signInPerAccountAndIp: RateLimit;
  /** Failed sign-ins per client address, whatever the email; higher, since an office shares one address. */
  signInPerIp: RateLimit;
  /** Failed sign-ins per email from all addresses together: the ceiling for distributed guessing. */
  signInPerAccount: RateLimit;
  /** Executes per agent, counted after authentication. */
  executePerAgent: RateLimit;
  /**
   * Wrong current passwords on change-password, per agent (docs/security.md A6): a stolen session
   * gets no more guesses at the password than a guesser at the sign-in form from one address.
   */
  changePasswordPerAgent: RateLimit;
  /** Takes, releases and notes per agent, together: generous for work, tight for a script. */
  collaborationPerAgent: RateLimit;
}

export const RATE_LIMIT_DEFAULTS: RateLimitSettings = {
  signInPerAccountAndIp: { max: 10, windowMs: 15 * 60_000 },
  signInPerIp: { max: 50, windowMs: 15 * 60_000 },
  signInPerAccount: { max: 100, windowMs: 60 * 60_000 },
  executePerAgent: { max: 10, windowMs: 60_000 },
  changePasswordPerAgent: { max: 10, windowMs: 15 * 60_000 },
  collaborationPerAgent: { max: 60, windowMs: 60_000 },
};
