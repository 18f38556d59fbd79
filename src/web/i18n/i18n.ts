/**
 * The SPA's one i18n instance (Lingui, docs/architecture.md "Languages"): which locale is active,
 * and its catalog, loaded on first use. Everything a person reads goes through `t` (use-t.ts) or
 * `translate` here; numbers and dates are formatted for `currentLocale()` with the platform's Intl.
 */
import { i18n, type Messages } from '@lingui/core';
import { languageOf, PSEUDO_LOCALE, type Language } from '../../contract/locales';
import type { messages as english } from './catalogs/en';

export type MessageKey = keyof typeof english;
export type MessageValues = Record<string, unknown>;

type CatalogName = Language | 'pseudo';

/**
 * One import per catalog: each language is its own chunk, loaded when an agent first uses it,
 * already compiled (compiled/en.ts): nothing is compiled in the browser.
 */
const catalogs: Record<CatalogName, () => Promise<Messages>> = {
  en: () => import('./compiled/en').then((m) => m.compiled),
  es: () => import('./compiled/es').then((m) => m.compiled),
  pseudo: () => import('./compiled/pseudo').then((m) => m.compiled),
};

const loaded = new Map<CatalogName, Promise<Messages>>();
/** Counts activations: the last one asked for wins, however long an earlier catalog took to load. */
let activations = 0;

function catalogOf(locale: string): CatalogName {
  return locale === PSEUDO_LOCALE ? 'pseudo' : languageOf(locale);
}

/** Loads the locale's catalog (once) and makes it the active one; `<html lang>` follows. */
export async function activateLocale(locale: string): Promise<void> {
  const activation = ++activations;
  const name = catalogOf(locale);
  let messages = loaded.get(name);
  if (!messages) {
    messages = catalogs[name]();
    loaded.set(name, messages);
    messages.catch(() => loaded.delete(name));
  }
  const compiled = await messages;
  // An agent who picks Español and then English at once reads English, not the slower catalog.
  if (activation !== activations) return;
  i18n.loadAndActivate({ locale, messages: compiled });
  document.documentElement.lang = locale === PSEUDO_LOCALE ? 'en' : locale;
}

export function currentLocale(): string {
  return i18n.locale;
}

/**
 * Whether the active catalog has this key: which codes have words is the catalogs' keys (both
 * hold the same, catalogs.test.ts), so the first load carries no table of codes to ask.
 */
export function hasMessage(key: string): boolean {
  return Object.hasOwn(i18n.messages, key);
}

/** The keys of the active catalog that start with `prefix`, without it; kept per catalog. */
export function messageKeysUnder(prefix: string): string[] {
  const messages = i18n.messages;
  let byPrefix = keysCache.get(messages);
  if (!byPrefix) keysCache.set(messages, (byPrefix = new Map()));
  let keys = byPrefix.get(prefix);
  if (!keys) {
    keys = Object.keys(messages)
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length));
    byPrefix.set(prefix, keys);
  }
  return keys;
}
const keysCache = new WeakMap<object, Map<string, string[]>>();

/** For code outside React (error words, toasts): the message in the active locale. */
export function translate(key: MessageKey, values?: MessageValues): string {
  return i18n._(key, values);
}

export { i18n };
