import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const KEY = '8374f327-38bd-4b0b-b8a7-2524599eb903:2f1c2b4e-7a1d-4c3e-9b8a-1d2e3f4a5b6c';
const base = { CAPA_API_BASE_URL: 'https://staging-api.capa.fi', CAPA_PARTNER_API_KEY: KEY };

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('PUBLIC_ORIGIN', () => {
  it('C1: unset, there is none in the config (the listening address is the default)', () => {
    expect(loadConfig(base)).not.toHaveProperty('publicOrigins');
    expect(loadConfig({ ...base, PUBLIC_ORIGIN: ' ' })).not.toHaveProperty('publicOrigins');
  });

  it('C1: reads a comma-separated list as origins, default ports dropped and duplicates once', () => {
    const config = loadConfig({
      ...base,
      PUBLIC_ORIGIN: 'https://Rampdesk.example.com:443/, http://10.0.0.5:8787 ,https://rampdesk.example.com',
    });
    expect(config.publicOrigins).toEqual(['https://rampdesk.example.com', 'http://10.0.0.5:8787']);
  });

  it('C1: names each entry that is not an origin, without printing it', () => {
    const problems = problemsOf({
      ...base,
      PUBLIC_ORIGIN:
        'rampdesk.example.com,ftp://rampdesk.example.com,https://admin:hunter2@rampdesk.example.com,https://rampdesk.example.com/app,https://rampdesk.example.com?x=1',
    });
    expect(problems).toEqual([
      'PUBLIC_ORIGIN entry 1 is not an origin such as https://rampdesk.example.com or http://127.0.0.1:8787',
      'PUBLIC_ORIGIN entry 2 must start with https:// or http://',
      'PUBLIC_ORIGIN entry 3 must not contain credentials',
      'PUBLIC_ORIGIN entry 4 must be scheme, host and port only, without a path or query (such as https://rampdesk.example.com or http://127.0.0.1:8787)',
      'PUBLIC_ORIGIN entry 5 must be scheme, host and port only, without a path or query (such as https://rampdesk.example.com or http://127.0.0.1:8787)',
    ]);
    expect(problems.join('\n')).not.toContain('hunter2');
    expect(problemsOf({ ...base, PUBLIC_ORIGIN: ', ,' })).toEqual([
      'PUBLIC_ORIGIN must list at least one origin, such as https://rampdesk.example.com or http://127.0.0.1:8787',
    ]);
  });
});
