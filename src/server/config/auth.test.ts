import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../db/database-config';
import { BASE_ENV, problemsOf } from '../test-support/config-env';
import { loadConfig } from './config';

const base = BASE_ENV;

describe('loadConfig: database, sessions, proxies, SSO', () => {
  it('defaults: PGlite in .data/pglite, 30 min idle, 12 h absolute, Secure cookie, no proxy, no SSO', () => {
    expect(loadConfig(base)).toMatchObject({
      database: { dataDir: DEFAULT_DATA_DIR },
      sessions: { idleTimeoutMs: 30 * 60_000, absoluteTimeoutMs: 12 * 3_600_000 },
      cookieSecure: true,
      trustProxy: [],
      sso: null,
    });
    expect(DEFAULT_DATA_DIR.endsWith(path.join('.data', 'pglite'))).toBe(true);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      ...base,
      DATABASE_URL: 'postgres://rampdesk:secret@db:5432/rampdesk',
      SESSION_IDLE_MINUTES: '15',
      SESSION_ABSOLUTE_HOURS: '8',
      COOKIE_SECURE: 'false',
      TRUST_PROXY: '10.0.0.0/8, loopback',
      SSO_EMAIL_HEADER: 'X-Auth-Request-Email',
      SSO_PROXY_ADDRESSES: '10.0.0.5 fd00::/8',
      SSO_AUTO_PROVISION: 'viewer',
    });
    expect(config).toMatchObject({
      database: { url: 'postgres://rampdesk:secret@db:5432/rampdesk' },
      sessions: { idleTimeoutMs: 15 * 60_000, absoluteTimeoutMs: 8 * 3_600_000 },
      cookieSecure: false,
      trustProxy: ['10.0.0.0/8', 'loopback'],
      sso: {
        emailHeader: 'x-auth-request-email',
        proxyAddresses: ['10.0.0.5', 'fd00::/8'],
        autoProvision: 'viewer',
      },
    });
  });

  it('A5: SSO needs the proxy addresses it may come from', () => {
    expect(problemsOf({ ...base, SSO_EMAIL_HEADER: 'x-auth-request-email' })).toEqual([
      'SSO_PROXY_ADDRESSES is required when SSO_EMAIL_HEADER is set: the addresses of your authenticating proxy (anyone else could send the header)',
    ]);
  });

  it('names each wrong variable, without printing a database password', () => {
    const problems = problemsOf({
      ...base,
      DATABASE_URL: 'mysql://root:hunter2@db/rampdesk',
      SESSION_IDLE_MINUTES: 'half an hour',
      SESSION_ABSOLUTE_HOURS: '0',
      COOKIE_SECURE: 'yes',
      TRUST_PROXY: '10.0.0.0/33 proxy.local',
      SSO_EMAIL_HEADER: 'cookie',
      SSO_PROXY_ADDRESSES: '10.0.0.5',
      SSO_AUTO_PROVISION: 'admin',
    });
    expect(problems).toEqual([
      'DATABASE_URL must be a PostgreSQL URL, e.g. postgres://user:password@host:5432/rampdesk',
      'SESSION_IDLE_MINUTES must be a whole number',
      'SESSION_ABSOLUTE_HOURS must be between 1 and 720',
      'COOKIE_SECURE must be true or false',
      'TRUST_PROXY: "10.0.0.0/33" has a prefix length outside 0..32 (use e.g. 10.0.0.5, 10.0.0.0/8 or loopback)',
      'TRUST_PROXY: "proxy.local" is not an IP address or CIDR range (use e.g. 10.0.0.5, 10.0.0.0/8 or loopback)',
      'SSO_AUTO_PROVISION must be viewer or off',
      'SSO_EMAIL_HEADER must be the name of the header your proxy sets, e.g. x-auth-request-email',
    ]);
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it('refuses an idle timeout longer than the absolute one, and SSO settings without the header', () => {
    expect(problemsOf({ ...base, SESSION_IDLE_MINUTES: '120', SESSION_ABSOLUTE_HOURS: '1' })).toEqual([
      'SESSION_IDLE_MINUTES must not be longer than SESSION_ABSOLUTE_HOURS',
    ]);
    expect(problemsOf({ ...base, SSO_PROXY_ADDRESSES: '10.0.0.5' })).toEqual([
      'SSO_PROXY_ADDRESSES and SSO_AUTO_PROVISION have no effect without SSO_EMAIL_HEADER',
    ]);
  });
});
