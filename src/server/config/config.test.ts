import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../project-root';
import { BASE_ENV, problemsOf, TEST_KEY } from '../test-support/config-env';
import { ConfigError, UPSTREAM_DEFAULTS, loadConfig } from './config';
import { OVERLOAD_DEFAULTS } from './overload';

const KEY = TEST_KEY;
const base = BASE_ENV;

describe('loadConfig', () => {
  it('finds the project root, so the default STATIC_DIR is the dist/ that `npm run build` writes', () => {
    const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      name: string;
    };
    expect(manifest.name).toBe('rampdesk');
    expect(loadConfig(base).staticDir).toBe(path.join(PROJECT_ROOT, 'dist'));
  });

  it('applies the documented defaults', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      environment: 'staging',
      host: '127.0.0.1',
      port: 8787,
      logger: { level: 'info' },
      staticDir: path.join(PROJECT_ROOT, 'dist'),
      upstream: { ...UPSTREAM_DEFAULTS, baseUrl: 'https://staging-api.capa.fi', apiKey: KEY },
    });
    expect(config.upstream.maxResponseBytes).toBe(2 * 1024 * 1024);
  });

  it('L2: sets overload limits by default, each of which can be changed or turned off (0)', () => {
    expect(loadConfig(base).overload).toEqual({
      maxEventLoopDelayMs: 1_000,
      maxHeapUsedBytes: OVERLOAD_DEFAULTS.maxHeapUsedBytes,
      maxRssBytes: OVERLOAD_DEFAULTS.maxRssBytes,
    });
    expect(OVERLOAD_DEFAULTS.maxHeapUsedBytes).toBeGreaterThan(100 * 1024 * 1024);
    expect(OVERLOAD_DEFAULTS.maxRssBytes).toBeGreaterThan(OVERLOAD_DEFAULTS.maxHeapUsedBytes / 10);
    const env = {
      ...base,
      OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '250',
      OVERLOAD_MAX_HEAP_USED_BYTES: '0',
      OVERLOAD_MAX_RSS_BYTES: '1073741824',
    };
    expect(loadConfig(env).overload).toEqual({
      maxEventLoopDelayMs: 250,
      maxHeapUsedBytes: 0,
      maxRssBytes: 1_073_741_824,
    });
    expect(problemsOf({ ...base, OVERLOAD_MAX_RSS_BYTES: '1.5G' })).toEqual([
      'OVERLOAD_MAX_RSS_BYTES must be a whole number',
    ]);
  });

  it('PSEUDO_LOCALE offers the pseudo-locale only when it is true; anything but true or false is refused', () => {
    expect(loadConfig(base).pseudoLocale).toBe(false);
    expect(loadConfig({ ...base, PSEUDO_LOCALE: 'true' }).pseudoLocale).toBe(true);
    expect(loadConfig({ ...base, PSEUDO_LOCALE: 'false' }).pseudoLocale).toBe(false);
    expect(problemsOf({ ...base, PSEUDO_LOCALE: 'yes' })).toEqual(['PSEUDO_LOCALE must be true or false']);
  });

  it.each([
    ['https://staging-api.capa.fi', 'staging'],
    ['https://api.capa.fi', 'production'],
    ['https://production-api.capa.fi/', 'production'],
    ['https://capa.example.com', 'custom'],
    ['http://127.0.0.1:4010', 'custom'],
  ])('derives the environment of %s', (url, environment) => {
    expect(loadConfig({ ...base, CAPA_API_BASE_URL: url }).environment).toBe(environment);
  });

  it('lets RAMPDESK_ENV name the environment, but never hide production', () => {
    expect(
      loadConfig({ ...base, CAPA_API_BASE_URL: 'http://localhost:9', RAMPDESK_ENV: 'sandbox' }).environment,
    ).toBe('sandbox');
    expect(
      problemsOf({ ...base, CAPA_API_BASE_URL: 'https://api.capa.fi', RAMPDESK_ENV: 'staging' }),
    ).toEqual(['RAMPDESK_ENV is staging but CAPA_API_BASE_URL points at Capa production']);
  });

  it('reads every tuning variable and keeps only the origin of the base URL', () => {
    const config = loadConfig({
      ...base,
      CAPA_API_BASE_URL: 'https://capa.example.com:8443/',
      HOST: '0.0.0.0',
      PORT: '0',
      LOG_LEVEL: 'debug',
      UPSTREAM_CONNECT_TIMEOUT_MS: '100',
      UPSTREAM_HEADERS_TIMEOUT_MS: '200',
      UPSTREAM_BODY_TIMEOUT_MS: '300',
      UPSTREAM_MAX_RESPONSE_BYTES: '4096',
      UPSTREAM_LIST_RETRIES: '0',
      STATIC_DIR: '/srv/rampdesk/web',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 0,
      logger: { level: 'debug' },
      staticDir: '/srv/rampdesk/web',
      upstream: {
        baseUrl: 'https://capa.example.com:8443',
        connectTimeoutMs: 100,
        headersTimeoutMs: 200,
        bodyTimeoutMs: 300,
        maxResponseBytes: 4096,
        listRetries: 0,
      },
    });
  });

  it('treats an empty variable as unset, and resolves STATIC_DIR against the project root', () => {
    const config = loadConfig({ ...base, PORT: '', HOST: ' ', STATIC_DIR: 'build/web' });
    expect(config.port).toBe(8787);
    expect(config.host).toBe('127.0.0.1');
    expect(config.staticDir).toBe(path.join(PROJECT_ROOT, 'build/web'));
  });

  it('refuses to start without an upstream, saying how to get one', () => {
    expect(problemsOf({})).toEqual([
      'CAPA_API_BASE_URL is not set: set it and CAPA_PARTNER_API_KEY, or use `npm start`, which runs the sandbox',
    ]);
  });

  it.each([undefined, '', '   '])(
    'K4: requires a non-empty key when an upstream is set (%j), with a clear message',
    (key) => {
      expect(problemsOf({ CAPA_API_BASE_URL: base.CAPA_API_BASE_URL, CAPA_PARTNER_API_KEY: key })).toEqual([
        'CAPA_PARTNER_API_KEY is required when CAPA_API_BASE_URL is set (there is no default key)',
      ]);
    },
  );

  it('never prints the key, even when it is malformed', () => {
    const secret = 'sk live 0123456789abcdef';
    const error = (() => {
      try {
        loadConfig({ ...base, CAPA_PARTNER_API_KEY: secret });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toContain('CAPA_PARTNER_API_KEY must be printable characters without spaces');
    expect(error?.message).not.toContain('0123456789abcdef');
  });

  it.each([
    ['not a url', 'must be an absolute URL such as https://staging-api.capa.fi'],
    ['ftp://staging-api.capa.fi', 'must start with https://'],
    ['http://staging-api.capa.fi', 'must use https (plain http is accepted only for localhost)'],
    [
      'https://user:hunter2@staging-api.capa.fi',
      'must not contain credentials; put the key in CAPA_PARTNER_API_KEY',
    ],
    ['https://staging-api.capa.fi/?key=1', 'must not contain a query string or fragment'],
    ['https://staging-api.capa.fi/#x', 'must not contain a query string or fragment'],
    ['https://staging-api.capa.fi/api/partner', 'must be the origin only, without a path'],
  ])('refuses CAPA_API_BASE_URL=%s', (url, problem) => {
    const problems = problemsOf({ ...base, CAPA_API_BASE_URL: url });
    expect(problems).toEqual([`CAPA_API_BASE_URL ${problem}`]);
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it('lists every problem at once, each naming its variable', () => {
    const problems = problemsOf({
      ...base,
      PORT: '70000',
      HOST: 'http://x',
      LOG_LEVEL: 'loud',
      RAMPDESK_ENV: 'prod',
      UPSTREAM_CONNECT_TIMEOUT_MS: 'soon',
      UPSTREAM_HEADERS_TIMEOUT_MS: '0',
      UPSTREAM_MAX_RESPONSE_BYTES: '10',
      UPSTREAM_LIST_RETRIES: '11',
    });
    expect(problems).toEqual([
      'RAMPDESK_ENV must be one of sandbox, staging, production, custom',
      'HOST must be a host name or IP address such as 127.0.0.1 or 0.0.0.0',
      'PORT must be at most 65535',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
      'UPSTREAM_CONNECT_TIMEOUT_MS must be a whole number',
      'UPSTREAM_HEADERS_TIMEOUT_MS must be at least 1',
      'UPSTREAM_MAX_RESPONSE_BYTES must be at least 1024',
      'UPSTREAM_LIST_RETRIES must be at most 10',
    ]);
    const error = new ConfigError(problems);
    expect(error.message).toMatch(/^Invalid configuration:\n {2}- RAMPDESK_ENV/);
  });
});
