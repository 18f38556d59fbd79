/** The Spanish catalog, compiled: see ./en.ts (production builds replace this module). */
import { messages } from '../catalogs/es';
import { compileCatalog } from '../compile-catalog';

export const compiled = compileCatalog(messages);
