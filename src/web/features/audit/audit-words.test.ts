import { describe, expect, it } from 'vitest';
import { RELEASE_REASONS } from '../../../contract/collaboration-api';
import { EXPORT_OUTCOMES } from '../../../contract/reconciliation-api';
import { messages as en } from '../../i18n/catalogs/en';
import { messages as es } from '../../i18n/catalogs/es';
import { RELEASE_KEYS } from './audit-words';
import { EXPORT_OUTCOME_KEYS } from './export-words';

describe('audit words', () => {
  it('every export outcome and release reason has words (execute outcomes: words.test.ts) in English and Spanish', () => {
    const keys = [
      ...EXPORT_OUTCOMES.map((o) => EXPORT_OUTCOME_KEYS[o]),
      ...RELEASE_REASONS.map((r) => RELEASE_KEYS[r]),
    ];
    for (const key of keys) {
      expect(en, key).toHaveProperty([key]);
      expect(es, key).toHaveProperty([key]);
    }
  });
});
