/** The environment and helpers the config tests share (src/server/config/*.test.ts). */
import { expect } from 'vitest';
import { ConfigError, loadConfig } from '../config/config';

export const TEST_KEY = '8374f327-38bd-4b0b-b8a7-2524599eb903:2f1c2b4e-7a1d-4c3e-9b8a-1d2e3f4a5b6c';

/** The least environment that starts against a real upstream. */
export const BASE_ENV = { CAPA_API_BASE_URL: 'https://staging-api.capa.fi', CAPA_PARTNER_API_KEY: TEST_KEY };

/** The problems loadConfig refuses `env` with (fails the test when it does not refuse it). */
export function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}
