import { describe, expect, it } from 'vitest';
import { QUEUE_IDS } from '../../../contract/queues-api';
import { messages as en } from '../../i18n/catalogs/en';
import { messages as es } from '../../i18n/catalogs/es';
import { QUEUE_KEYS } from './queue-words';

describe('queue words', () => {
  it('every queue id has a name and a description in English and Spanish', () => {
    for (const id of QUEUE_IDS) {
      for (const key of [QUEUE_KEYS[id].name, QUEUE_KEYS[id].description]) {
        expect(en, `${id}: ${key}`).toHaveProperty([key]);
        expect(es, `${id}: ${key}`).toHaveProperty([key]);
      }
    }
  });
});
