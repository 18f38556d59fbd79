import { describe, expect, it } from 'vitest';
import { BASE_ENV, problemsOf } from '../test-support/config-env';
import { loadConfig } from './config';

const base = BASE_ENV;

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
