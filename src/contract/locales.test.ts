import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, isLocale, LOCALE_NAMES, LOCALES, pickLocale, PSEUDO_LOCALE } from './locales';

describe("pickLocale: the first default, from the browser's languages", () => {
  it.each([
    [['es-MX', 'en-US'], 'es-MX'],
    [['es-do'], 'es-DO'],
    [['es-AR', 'en'], 'es-419'],
    [['es'], 'es-419'],
    [['en-AU'], 'en-US'],
    [['en-GB', 'es-MX'], 'en-GB'],
    [['fr-FR', 'es-ES'], 'es-ES'],
    [['fr-FR', 'de'], DEFAULT_LOCALE],
    [[], DEFAULT_LOCALE],
  ])('%j reads %s', (languages, expected) => {
    expect(pickLocale(languages)).toBe(expected);
  });

  it('never picks the pseudo-locale, which is not a locale an agent can store', () => {
    expect(pickLocale([PSEUDO_LOCALE])).toBe('en-US');
    expect(isLocale(PSEUDO_LOCALE)).toBe(false);
  });

  it('names every locale in its own language', () => {
    for (const locale of LOCALES) expect(LOCALE_NAMES[locale]).toBeTruthy();
  });
});
