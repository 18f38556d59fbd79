/**
 * Lingui runs compiled messages; a catalog's ICU strings are compiled here, with Lingui's own
 * compiler, when the catalog loads (a few milliseconds for the whole catalog). This module loads
 * with the catalogs, so neither it nor the ICU parser is in the SPA's entry.
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
