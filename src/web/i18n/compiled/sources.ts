/**
 * Each catalog as the browser runs it, compiled: what vite.config.ts (`precompiledCatalogs`)
 * writes into a production build in place of compiled/en.ts, es.ts and pseudo.ts.
 */
import { messages as english } from '../catalogs/en';
import { messages as spanish } from '../catalogs/es';
import { compileCatalog } from '../compile-catalog';
import { pseudoText } from '../pseudo-text';

export const compiledCatalogs = {
  en: () => compileCatalog(english),
  es: () => compileCatalog(spanish),
  pseudo: () => compileCatalog(english, pseudoText),
};
