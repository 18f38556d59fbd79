import path from 'node:path';
import { z } from 'zod';
import { ENVIRONMENTS, type DemoAgent, type Environment } from '../../contract/api';
import { PROJECT_ROOT } from '../project-root';
import {
  AUTH_ENV_NAMES,
  readAuthSettings,
  type DatabaseConfig,
  type RateLimitSettings,
  type SessionConfig,
  type SsoConfig,
} from './auth';
import { checkBaseUrl, environmentForHost } from './base-url';
import {
  COLLABORATION_ENV_NAMES,
  readCollaborationSettings,
  type CollaborationSettings,
} from './collaboration';
import { readPublicOrigins } from './origin';
import { OVERLOAD_DEFAULTS, type OverloadLimits } from './overload';

/** How the upstream client behaves; every field has a default (UPSTREAM_DEFAULTS). */
export interface UpstreamTuning {
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  maxResponseBytes: number;
  /** Extra attempts of a list call after the first (never of an execute). */
  listRetries: number;
  /** Overall time one upstream call may take (a list's retries and waits included); beyond it, 504. */
  callBudgetMs: number;
  retryBaseDelayMs: number;
  /** Longest Capa Retry-After we wait out before retrying; beyond it we give up at once. */
  retryAfterCapMs: number;
  /** Time /health/ready gives the upstream to answer. */
  readyTimeoutMs: number;
  /**
   * How long one readiness answer (ok or not) is reused: however often /health/ready is asked, Capa
   * gets at most one call per this window (docs/security.md L2).
   */
  readyCacheMs: number;
}

export const UPSTREAM_DEFAULTS: UpstreamTuning = {
  connectTimeoutMs: 3_000,
  headersTimeoutMs: 10_000,
  bodyTimeoutMs: 10_000,
  maxResponseBytes: 2 * 1024 * 1024,
  listRetries: 2,
  callBudgetMs: 15_000,
  retryBaseDelayMs: 200,
  retryAfterCapMs: 5_000,
  readyTimeoutMs: 2_000,
  readyCacheMs: 5_000,
};

export interface UpstreamConfig extends Partial<UpstreamTuning> {
  /** An origin such as https://staging-api.capa.fi (no path, no credentials). */
  baseUrl: string;
  apiKey: string;
}

export interface LoggerConfig {
  level?: string;
  /** Where log lines go (default stdout); tests pass a collector. */
  stream?: { write(line: string): void };
}

/** How long a client may take to send a request (SECURITY L1); tests shorten them. */
export interface ServerTimeouts {
  /** Whole request received (headers and body). */
  requestMs: number;
  /** Request headers received: the slowloris bound. */
  headersMs: number;
  /** An idle kept-alive socket. */
  keepAliveMs: number;
  /** Any socket with no activity. */
  connectionMs: number;
  /** How often Node checks the two above on open sockets. */
  checkIntervalMs: number;
}

export const SERVER_TIMEOUTS: ServerTimeouts = {
  requestMs: 30_000,
  headersMs: 15_000,
  keepAliveMs: 10_000,
  connectionMs: 60_000,
  checkIntervalMs: 5_000,
};

/** What buildApp needs; tests write one directly. */
export interface Config {
  environment: Environment;
  upstream: UpstreamConfig;
  /** Directory of the built SPA, or null to serve no SPA (API only). */
  staticDir: string | null;
  host?: string;
  port?: number;
  /** false: no logging at all. */
  logger?: LoggerConfig | false;
  /** Default SERVER_TIMEOUTS. */
  serverTimeouts?: Partial<ServerTimeouts>;
  /** When /api answers 503 OVERLOADED (SECURITY L2). Default OVERLOAD_DEFAULTS. */
  overload?: Partial<OverloadLimits>;
  /** Agents, sessions and sign-in rate limits live here; `{ memory: true }` in tests. */
  database: DatabaseConfig;
  /** Defaults: SESSION_DEFAULTS (30 minutes idle, 12 hours absolute). */
  sessions?: Partial<SessionConfig>;
  /**
   * Default true. false drops Secure and with it the __Host- prefix (browsers insist on both): only
   * for browsers that refuse Secure cookies over plain http on a host other than localhost.
   */
  cookieSecure?: boolean;
  /** Proxies whose X-Forwarded-For/-Proto/-Host we believe (IPs, CIDRs, loopback…). Default none. */
  trustProxy?: string[];
  /**
   * The origins (scheme://host[:port]) agents open Rampdesk at: any other Host is refused (421
   * HOST_NOT_ALLOWED, against DNS rebinding) and any other Origin on a write (403). Default: the
   * listening address (plugins/host-guard.ts says how it is worked out).
   */
  publicOrigins?: string[];
  /** SSO mode (docs/security.md A5); null or absent: off. */
  sso?: SsoConfig | null;
  /** Sandbox only (src/start.ts sets it): agents seeded at start and listed by GET /api/config. */
  demoAgents?: DemoAgent[];
  /** Defaults: RATE_LIMIT_DEFAULTS. */
  rateLimits?: Partial<RateLimitSettings>;
  /**
   * A pending execute untouched this long belongs to a server that stopped mid-call, and is then
   * treated as an unknown outcome. Default: the upstream call budget plus a minute.
   */
  executeStaleAfterMs?: number;
  /** Stuck thresholds and take expiry. Default COLLABORATION_DEFAULTS. */
  collaboration?: Partial<CollaborationSettings>;
  /**
   * How long one reading of the work queues' counts serves every agent (QUEUES_CACHE_MS, default
   * 5 s): Capa gets one call per status list per this window, however many agents look.
   */
  queuesCacheMs?: number;
  /**
   * PSEUDO_LOCALE=true: the SPA's language menu also offers the pseudo-locale (accented, longer
   * text) for finding words cut off or never translated. Default false: agents never see it.
   */
  pseudoLocale?: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function int(min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

// Values are never echoed in messages: a mistyped key or a URL with credentials must not be printed.
const envSchema = z.object({
  CAPA_API_BASE_URL: z.string().optional(),
  CAPA_PARTNER_API_KEY: z.string().optional(),
  RAMPDESK_ENV: z.enum(ENVIRONMENTS, { message: `must be one of ${ENVIRONMENTS.join(', ')}` }).optional(),
  HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:-]+$/, 'must be a host name or IP address such as 127.0.0.1 or 0.0.0.0')
    .default('127.0.0.1'),
  PORT: int(0, 65_535).default(8787),
  PUBLIC_ORIGIN: z.string().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  UPSTREAM_CONNECT_TIMEOUT_MS: int(1, 120_000).default(UPSTREAM_DEFAULTS.connectTimeoutMs),
  UPSTREAM_HEADERS_TIMEOUT_MS: int(1, 300_000).default(UPSTREAM_DEFAULTS.headersTimeoutMs),
  UPSTREAM_BODY_TIMEOUT_MS: int(1, 300_000).default(UPSTREAM_DEFAULTS.bodyTimeoutMs),
  UPSTREAM_MAX_RESPONSE_BYTES: int(1024, 64 * 1024 * 1024).default(UPSTREAM_DEFAULTS.maxResponseBytes),
  UPSTREAM_LIST_RETRIES: int(0, 10).default(UPSTREAM_DEFAULTS.listRetries),
  STATIC_DIR: z.string().default('dist'),
  QUEUES_CACHE_MS: int(0, 600_000).optional(),
  PSEUDO_LOCALE: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
  OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: int(0, 60_000).default(OVERLOAD_DEFAULTS.maxEventLoopDelayMs),
  OVERLOAD_MAX_HEAP_USED_BYTES: int(0, Number.MAX_SAFE_INTEGER).default(OVERLOAD_DEFAULTS.maxHeapUsedBytes),
  OVERLOAD_MAX_RSS_BYTES: int(0, Number.MAX_SAFE_INTEGER).default(OVERLOAD_DEFAULTS.maxRssBytes),
  // Read by readAuthSettings; listed here so they are picked up from the environment.
  ...Object.fromEntries(
    [...AUTH_ENV_NAMES, ...COLLABORATION_ENV_NAMES].map((name) => [name, z.string().optional()]),
  ),
});

const KEY_FORMAT = /^[\x21-\x7e]{1,512}$/;

/**
 * Reads and checks the environment, reporting every problem at once. An upstream is required:
 * `npm start` (src/start.ts) boots the sandbox and points these variables at it when none is set.
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  // An empty variable (PORT= in a .env file) means "not set", except the key, where it is a mistake.
  const present = Object.fromEntries(
    Object.keys(envSchema.shape).flatMap((name) => {
      const value = env[name]?.trim();
      return value || (name === 'CAPA_PARTNER_API_KEY' && value === '') ? [[name, value]] : [];
    }),
  );
  const parsed = envSchema.safeParse(present);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${String(i.path[0])} ${i.message}`);

  let upstream: { baseUrl: string; apiKey: string } | null = null;
  let derived: Environment = 'custom';
  const baseUrl = present.CAPA_API_BASE_URL;
  const key = present.CAPA_PARTNER_API_KEY;
  if (baseUrl !== undefined) {
    const checked = checkBaseUrl(baseUrl);
    if ('problem' in checked) problems.push(`CAPA_API_BASE_URL ${checked.problem}`);
    if (key === undefined || key === '') {
      problems.push(
        'CAPA_PARTNER_API_KEY is required when CAPA_API_BASE_URL is set (there is no default key)',
      );
    } else if (!KEY_FORMAT.test(key)) {
      problems.push(
        'CAPA_PARTNER_API_KEY must be printable characters without spaces (check for stray quotes)',
      );
    }
    if ('origin' in checked && key && KEY_FORMAT.test(key)) {
      upstream = { baseUrl: checked.origin, apiKey: key };
      derived = environmentForHost(new URL(checked.origin).hostname);
    }
  } else {
    problems.push(
      'CAPA_API_BASE_URL is not set: set it and CAPA_PARTNER_API_KEY, or use `npm start`, which runs the sandbox',
    );
  }

  const auth = readAuthSettings(present, problems);
  const publicOrigins = readPublicOrigins(present.PUBLIC_ORIGIN, problems);
  const collaboration = readCollaborationSettings(present, problems);

  const explicit = parsed.data?.RAMPDESK_ENV;
  if (explicit && derived === 'production' && explicit !== 'production') {
    problems.push(`RAMPDESK_ENV is ${explicit} but CAPA_API_BASE_URL points at Capa production`);
  }
  if (problems.length > 0 || !parsed.data || !upstream) throw new ConfigError(problems);

  const e = parsed.data;
  const upstreamTuning: UpstreamTuning = {
    ...UPSTREAM_DEFAULTS,
    connectTimeoutMs: e.UPSTREAM_CONNECT_TIMEOUT_MS,
    headersTimeoutMs: e.UPSTREAM_HEADERS_TIMEOUT_MS,
    bodyTimeoutMs: e.UPSTREAM_BODY_TIMEOUT_MS,
    maxResponseBytes: e.UPSTREAM_MAX_RESPONSE_BYTES,
    listRetries: e.UPSTREAM_LIST_RETRIES,
  };
  return {
    environment: explicit ?? derived,
    upstream: { ...upstreamTuning, ...upstream },
    staticDir: path.resolve(PROJECT_ROOT, e.STATIC_DIR),
    host: e.HOST,
    port: e.PORT,
    logger: { level: e.LOG_LEVEL },
    overload: {
      maxEventLoopDelayMs: e.OVERLOAD_MAX_EVENT_LOOP_DELAY_MS,
      maxHeapUsedBytes: e.OVERLOAD_MAX_HEAP_USED_BYTES,
      maxRssBytes: e.OVERLOAD_MAX_RSS_BYTES,
    },
    ...auth,
    collaboration,
    pseudoLocale: e.PSEUDO_LOCALE,
    ...(publicOrigins ? { publicOrigins } : {}),
    ...(e.QUEUES_CACHE_MS === undefined ? {} : { queuesCacheMs: e.QUEUES_CACHE_MS }),
  };
}
