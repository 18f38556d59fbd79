import { admin } from './admin';
import { audit } from './audit';
import { auth } from './auth';
import { collaboration } from './collaboration';
import { common } from './common';
import { drawer } from './drawer';
import { execute } from './execute';
import { format } from './format';
import { queues } from './queues';
import { shell } from './shell';
import { transactions } from './transactions';
import { words } from './words';

/** The Spanish catalog (neutral Latin-American Spanish): each area file has every English key. */
export const messages = {
  ...common,
  ...shell,
  ...auth,
  ...admin,
  ...queues,
  ...audit,
  ...transactions,
  ...drawer,
  ...execute,
  ...collaboration,
  ...words,
  ...format,
};
