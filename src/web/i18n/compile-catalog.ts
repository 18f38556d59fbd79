/**
 * Lingui runs compiled messages; a catalog's ICU strings are compiled here, with Lingui's own
 * compiler: at build time for production (vite.config.ts, `precompiledCatalogs`), when the
 * catalog loads in tests and `npm run dev` (compiled/en.ts). In the browser it cost the first
 * rows 40–80 ms of main thread and two more requests (docs/performance.md, "First rows").
 */
import type { Messages } from '@lingui/core';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';

/** `mapText` rewrites literal text only, never placeholders or plural keywords (the pseudo-locale). */
export function compileCatalog(source: Record<string, string>, mapText?: (text: string) => string): Messages {
  const messages: Messages = {};
  for (const [key, message] of Object.entries(source)) {
    try {
      messages[key] = compileMessageOrThrow(message, mapText);
    } catch (error) {
      throw new Error(`Message ${key} is not valid ICU MessageFormat`, { cause: error });
    }
  }
  return messages;
}
