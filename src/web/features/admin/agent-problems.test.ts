import { afterEach, describe, expect, it } from 'vitest';
import { AGENT_ROLES } from '../../../contract/agent-roles';
import {
  agentDisplayNameSchema,
  agentEmailSchema,
  agentRoleSchema,
  newPasswordSchema,
} from '../../../contract/auth';
import { messages as en } from '../../i18n/catalogs/en';
import { messages as es } from '../../i18n/catalogs/es';
import { activateLocale } from '../../i18n/i18n';
import { fieldProblem } from './agent-problems';
import { ROLE_CHANGE_BODY_KEYS } from './role-change-words';

/** Every phrase the contract's schemas (and the BFF's taken email) can name a field's problem with. */
const problems = [
  ...[undefined, 'nope', `${'a'.repeat(250)}@example.com`].map((v) => agentEmailSchema.safeParse(v)),
  ...[undefined, ' ', 'x'.repeat(101), 'a\u0007b'].map((v) => agentDisplayNameSchema.safeParse(v)),
  ...[undefined, 'short', 'x'.repeat(257)].map((v) => newPasswordSchema.safeParse(v)),
  agentRoleSchema.safeParse('owner'),
]
  .flatMap((r) => r.error?.issues.map((i) => i.message) ?? [])
  .concat('is taken');

describe('field problems', () => {
  afterEach(() => activateLocale('en-US'));

  it('reads every problem the contract can send as one English sentence, as the BFF wrote it', () => {
    expect(new Set(problems).size).toBeGreaterThanOrEqual(9);
    for (const problem of problems) expect(fieldProblem('Email', problem)).toBe(`Email ${problem}`);
  });

  it('knows every problem the contract can send in Spanish: none falls back to the English phrase', async () => {
    await activateLocale('es-MX');
    for (const problem of problems) {
      const words = fieldProblem('Correo electrónico', problem);
      expect(words, problem).toMatch(/^Correo electrónico: /);
      expect(words, problem).not.toContain(problem);
    }
    expect(fieldProblem('Rol', 'must be at most 100 characters')).toBe(
      'Rol: debe tener como máximo 100 caracteres',
    );
  });

  it('every role has a change explanation in English and Spanish (its name: words.test.ts)', () => {
    for (const role of AGENT_ROLES) {
      const key = ROLE_CHANGE_BODY_KEYS[role];
      expect(en, key).toHaveProperty([key]);
      expect(es, key).toHaveProperty([key]);
    }
  });
});
