/**
 * The English catalog, compiled. Production builds replace this module with the catalog compiled
 * at build time (vite.config.ts, `precompiledCatalogs`), so the browser neither loads Lingui's ICU
 * compiler nor runs it; tests and `npm run dev` compile here, with the same function.
 */
import { messages } from '../catalogs/en';
import { compileCatalog } from '../compile-catalog';

export const compiled = compileCatalog(messages);
