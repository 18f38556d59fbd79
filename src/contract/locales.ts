/**
 * The locales an agent can choose (issue 17): the language picks the catalog, the region how
 * numbers, amounts and dates read (`es-MX` and `es-DO` write 78,044.50, `es-ES` 78.044,50). Zod-free:
 * the SPA's entry picks one from the browser's languages before anything else loads.
 */
export const LOCALES = ['en-US', 'en-GB', 'es-MX', 'es-DO', 'es-419', 'es-ES'] as const;
export type Locale = (typeof LOCALES)[number];

/** Accented and about 30% longer English, for finding text that is cut off or not translatable. */
export const PSEUDO_LOCALE = 'en-XA';

export const DEFAULT_LOCALE: Locale = 'en-US';

/** Each locale in its own language, as the language menu offers it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  'en-US': 'English (United States)',
  'en-GB': 'English (United Kingdom)',
  'es-MX': 'Español (México)',
  'es-DO': 'Español (República Dominicana)',
  'es-419': 'Español (Latinoamérica)',
  'es-ES': 'Español (España)',
};

export type Language = 'en' | 'es';

export function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of the browser's languages Rampdesk speaks: an exact locale first, else its language's
 * default (`es-AR` reads Latin-American Spanish, `en-AU` US English), else English.
 */
export function pickLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const exact = LOCALES.find((l) => l.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const language = tag.toLowerCase().split('-')[0];
    if (language === 'es') return 'es-419';
    if (language === 'en') return 'en-US';
  }
  return DEFAULT_LOCALE;
}
