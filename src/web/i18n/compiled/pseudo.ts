/** The pseudo-locale: English with its text rewritten (pseudo-text.ts), compiled; see ./en.ts. */
import { messages } from '../catalogs/en';
import { compileCatalog } from '../compile-catalog';
import { pseudoText } from '../pseudo-text';

export const compiled = compileCatalog(messages, pseudoText);
