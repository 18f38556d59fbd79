import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { AGENT_ROLES, ROLE_LABELS } from '../../contract/agent-roles';
import { API_PATHS, apiConfigSchema } from '../../contract/api';
import { AUDIT_OUTCOME_LABELS, AUDIT_OUTCOMES } from '../../contract/audit-api';
import { CURRENT_PASSWORD_WRONG_MESSAGE, SIGN_IN_FAILED_MESSAGE } from '../../contract/auth-messages';
import { CANCELLATION_REASONS, cancellationWords } from '../../contract/cancellation-reasons';
import { CODE_WORDS, codeWords as contractCodeWords } from '../../contract/code-words';
import { FIAT_CURRENCY_NAMES, TYPE_LABELS } from '../../contract/enums';
import { executedStatusFacts } from '../../contract/execute';
import { STATUS_GROUP_LABELS, TRANSACTION_STATUSES, statusFacts } from '../../contract/statuses';
import { apiGet, type ApiRequestError } from '../lib/api-client';
import { htmlErrorResponse } from '../mocks/api-responses';
import { server } from '../test-support/msw-server';
import { messages as en } from './catalogs/en';
import { messages as es } from './catalogs/es';
import { apiErrorMessage } from './error-words';
import { activateLocale, translate } from './i18n';
import * as w from './words';

afterEach(() => activateLocale('en-US'));

/** Every key built from a code, with the contract's English for it. */
function contractEnglish(): [string, string][] {
  const rows: [string, string][] = [];
  for (const s of TRANSACTION_STATUSES) {
    const f = statusFacts(s);
    rows.push([`words.status.${s}.label`, f.label], [`words.status.${s}.explanation`, f.meaning]);
    rows.push([`words.status.${s}.nextStep`, f.next]);
  }
  for (const [group, label] of Object.entries(STATUS_GROUP_LABELS))
    rows.push([`words.statusGroup.${group}`, label]);
  for (const [code, words] of Object.entries(CODE_WORDS)) rows.push([`words.code.${code}`, words]);
  for (const [reason, words] of Object.entries(CANCELLATION_REASONS)) {
    rows.push([`words.reason.${w.reasonKey(reason)}.text`, words.summary]);
    rows.push([`words.reason.${w.reasonKey(reason)}.nextStep`, words.next]);
  }
  for (const [type, label] of Object.entries(TYPE_LABELS)) rows.push([`words.type.${type}`, label]);
  for (const role of AGENT_ROLES) rows.push([`words.role.${role}`, ROLE_LABELS[role]]);
  for (const outcome of AUDIT_OUTCOMES)
    rows.push([`words.outcome.${outcome}`, AUDIT_OUTCOME_LABELS[outcome]]);
  for (const [code, name] of Object.entries(FIAT_CURRENCY_NAMES)) rows.push([`words.currency.${code}`, name]);
  rows.push(['words.auth.signInFailed', SIGN_IN_FAILED_MESSAGE]);
  rows.push(['words.auth.currentPasswordWrong', CURRENT_PASSWORD_WRONG_MESSAGE]);
  return rows;
}

describe('words: the catalog and the contract say the same English', () => {
  it('has every code of every list in both catalogs, its English equal to the contract’s', () => {
    for (const [key, english] of contractEnglish()) {
      expect((en as Record<string, string>)[key], key).toBe(english);
      expect((es as Record<string, string>)[key], key).toBeTruthy();
      expect(translate(key as never), key).toBe(english);
    }
  });

  it('reads every status, code and reason as the contract does, unknown ones included', () => {
    for (const s of [...TRANSACTION_STATUSES, 'ON_HOLD']) {
      const f = statusFacts(s);
      expect([w.statusLabel(s), w.statusExplanation(s), w.statusNextStep(s)], s).toEqual([
        f.label,
        f.meaning,
        f.next,
      ]);
      expect(w.executedStatusWords(s), s).toEqual(executedStatusFacts(s));
    }
    for (const code of [...Object.keys(CODE_WORDS), 'SOMETHING_NEW'])
      expect(w.codeWords(code)).toBe(contractCodeWords(code));
    for (const reason of [...Object.keys(CANCELLATION_REASONS), 'LIMIT_EXCEEDED', 'Bank closed the account'])
      expect(w.reasonWords(reason), reason).toEqual(cancellationWords(reason));
    expect([w.typeLabel('SWAP'), w.currencyName('JPY')]).toEqual(['SWAP', 'JPY']);
  });

  it('has the English of the errors the client makes itself', async () => {
    const failures: [() => Response, string][] = [
      [() => HttpResponse.error(), 'words.clientError.network'],
      [() => htmlErrorResponse(502), 'words.clientError.gateway'],
      [() => htmlErrorResponse(500), 'words.clientError.unexpected'],
      [() => HttpResponse.json({ environment: 'moon' }), 'words.clientError.invalidResponse'],
    ];
    for (const [answer, key] of failures) {
      server.use(http.get('*/api/config', answer));
      const error = (await apiGet(API_PATHS.config, apiConfigSchema).catch(
        (e: unknown) => e,
      )) as ApiRequestError;
      expect(translate(key as never, { status: error.status }), key).toBe(error.message);
    }
  });
});

describe('words in Spanish (es-MX)', () => {
  it('names statuses, codes, reasons, roles and types in Spanish, never as codes', async () => {
    await activateLocale('es-MX');
    expect(w.statusLabel('CRYPTO_RECEIVED')).toBe('Cripto recibida');
    expect(w.statusGroupLabel('attention')).toBe('Requieren atención');
    expect(w.codeWords('ALREADY_EXECUTED')).toBe('Ya ejecutada');
    expect(w.reasonWords('NAME_VERIFICATION_FAILED').summary).toMatch(/^El nombre de la cuenta bancaria/);
    expect(w.reasonWords('Transaction cancelled by user').summary).toBe('El usuario canceló la transacción.');
    expect(w.executedStatusWords('PENDING')?.meaning).toBe(
      'Ejecutada desde Rampdesk; Capa la sigue mostrando como Pendiente hasta que empiece su pago.',
    );
    expect([w.roleLabel('viewer'), w.outcomeLabel('rejected'), w.currencyName('MXN')]).toEqual([
      'Lector',
      'Rechazado',
      'Peso mexicano',
    ]);
    // Each code its own words: no two execute outcomes read the same.
    expect(new Set(AUDIT_OUTCOMES.map(w.outcomeLabel)).size).toBe(AUDIT_OUTCOMES.length);
  });

  it('says an API error from its code, with the wait; keeps the BFF’s words for a code it does not know', async () => {
    await activateLocale('es-MX');
    const error = (code: string, retryAfterSeconds: number | null = null) =>
      ({ code, status: 503, message: 'English from the BFF.', retryAfterSeconds }) as ApiRequestError;
    expect(apiErrorMessage(error('UPSTREAM_TIMEOUT'))).toBe('Capa no respondió a tiempo.');
    expect(apiErrorMessage(error('UPSTREAM_RATE_LIMITED', 30))).toBe(
      'Capa está limitando las solicitudes. Vuelve a intentarlo en 30 segundos.',
    );
    expect(apiErrorMessage(error('NEW_BFF_CODE'))).toBe('English from the BFF.');
    await activateLocale('en-US');
    expect(apiErrorMessage(error('UPSTREAM_TIMEOUT'))).toBe('English from the BFF.');
  });
});
