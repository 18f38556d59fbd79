import { afterEach, describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from '../../../contract/api';
import { messages as en } from '../../i18n/catalogs/en';
import { messages as es } from '../../i18n/catalogs/es';
import { activateLocale } from '../../i18n/i18n';
import { ApiRequestError, CLIENT_ERROR_CODES } from '../../lib/api-client';
import { describeExecuteError, EXECUTE_WORDED_CODES, failureKey } from './execute-errors';
import { checkHash, hashHint } from './hash-input';

afterEach(() => activateLocale('en-US'));

const error = (code: string) =>
  new ApiRequestError({ status: 400, code, message: `The BFF's own words for ${code}.` });

/** Every code the execute route (or the way to it) can answer with, and the client's own. */
const ROUTE_CODES = [...API_ERROR_CODES, ...Object.values(CLIENT_ERROR_CODES)];

describe('execute words in every language', () => {
  it('each execute error code with its own words has a title and a message in both catalogs', () => {
    expect(EXECUTE_WORDED_CODES).toEqual(expect.arrayContaining(['ALREADY_EXECUTED', 'NETWORK_ERROR']));
    const special = ['pageError', 'hashField', 'other'].map((name) => `execute.failure.${name}`);
    for (const base of [...EXECUTE_WORDED_CODES.map(failureKey), ...special]) {
      for (const part of ['title', 'message']) {
        const key = `${base}.${part}`;
        expect(Object.keys(en), key).toContain(key);
        expect(Object.keys(es), key).toContain(key);
      }
    }
  });

  it('every code the execute route can answer reads in Spanish, never as a key or in English', async () => {
    const english = new Map(ROUTE_CODES.map((code) => [code, describeExecuteError(error(code)).title]));
    await activateLocale('es-MX');
    for (const code of ROUTE_CODES) {
      const { title, message } = describeExecuteError(error(code));
      expect(title, code).not.toMatch(/^execute\./);
      expect(message, code).not.toMatch(/execute\./);
      expect(title, code).not.toBe(english.get(code));
    }
    const refused = describeExecuteError(error('TRANSACTION_NOT_EXECUTABLE'));
    expect(refused.title).toBe('Esta transacción ya no se puede ejecutar');
    expect(refused.message).toMatch(/No se ejecutó nada\.$/);
    const limited = describeExecuteError(
      new ApiRequestError({ status: 429, code: 'RATE_LIMITED', message: '', retryAfterSeconds: 1 }),
    );
    expect(limited.message).toMatch(/Vuelve a intentarlo en 1 segundo\.$/);
  });

  it('the hash field checks a hash in Spanish', async () => {
    await activateLocale('es-MX');
    expect(hashHint('SOL')).toMatch(/^El hash de la transferencia .* En Solana: una firma base58 de 87 u 88/);
    expect(checkHash('ARB', '0xnope', true).error).toBe(
      'No es un hash de transacción válido de Arbitrum: se espera 0x seguido de 64 dígitos hexadecimales.',
    );
    expect(checkHash('ZZZ', 'abc', true).error).toMatch(/^Déjalo vacío/);
  });
});
