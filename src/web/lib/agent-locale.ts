/**
 * Which language the SPA speaks (issue 17, docs/architecture.md "Languages"): before sign-in the
 * browser's; signed in, this browser's own choice if it has one (the pseudo-locale, or a language
 * the BFF could not store), else the one stored with the agent, else the browser's again.
 * Zod-free: the shell and the public layout use it.
 */
import { isLocale, pickLocale, PSEUDO_LOCALE, type Locale } from '../../contract/locales';

/** sessionStorage: this tab's choice only, gone when it closes, never another agent's. */
const BROWSER_CHOICE_KEY = 'rampdesk.locale';

export function browserLocale(): Locale {
  return pickLocale(navigator.languages);
}

export function browserChoice(): string | null {
  try {
    const value = sessionStorage.getItem(BROWSER_CHOICE_KEY);
    return isLocale(value) || value === PSEUDO_LOCALE ? value : null;
  } catch {
    return null; // Storage refused (privacy settings): the stored or browser language applies.
  }
}

/** Null forgets it: the agent's stored language applies again (after a PUT that worked, a sign-out). */
export function setBrowserChoice(locale: string | null): void {
  try {
    if (locale === null) sessionStorage.removeItem(BROWSER_CHOICE_KEY);
    else sessionStorage.setItem(BROWSER_CHOICE_KEY, locale);
  } catch {
    // Nothing to keep it in: it still applies until the page is reloaded.
  }
}

export function signedInLocale(stored: Locale | null): string {
  return browserChoice() ?? stored ?? browserLocale();
}
