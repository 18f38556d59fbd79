import { describe, expect, it } from 'vitest';
import { AUDIT_OUTCOMES } from '../../../contract/audit-api';
import { RELEASE_REASONS } from '../../../contract/collaboration-api';
import { EXPORT_OUTCOMES } from '../../../contract/reconciliation-api';
import { messages as en } from '../../i18n/catalogs/en';
import { messages as es } from '../../i18n/catalogs/es';
import { AUDIT_OUTCOME_KEYS, RELEASE_KEYS } from './audit-words';
import { EXPORT_OUTCOME_KEYS } from './export-words';

describe('audit words', () => {
  it('every execute outcome, export outcome and release reason has words in English and Spanish', () => {
    const keys = [
      ...AUDIT_OUTCOMES.map((o) => AUDIT_OUTCOME_KEYS[o]),
      ...EXPORT_OUTCOMES.map((o) => EXPORT_OUTCOME_KEYS[o]),
      ...RELEASE_REASONS.map((r) => RELEASE_KEYS[r]),
    ];
    for (const key of keys) {
      expect(en, key).toHaveProperty([key]);
      expect(es, key).toHaveProperty([key]);
    }
    // Each code its own words: no two outcomes of one kind read the same.
    expect(new Set(AUDIT_OUTCOMES.map((o) => es[AUDIT_OUTCOME_KEYS[o]])).size).toBe(AUDIT_OUTCOMES.length);
  });
});
