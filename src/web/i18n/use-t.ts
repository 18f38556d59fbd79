import { useCallback, useSyncExternalStore } from 'react';
import { i18n, type MessageKey, type MessageValues } from './i18n';

function subscribe(onChange: () => void) {
  return i18n.on('change', onChange);
}

/** The active locale; a component that formats numbers or dates re-renders when it changes. */
export function useLocale(): string {
  const locale = () => i18n.locale;
  // The same on the server: the loading screen in index.html is rendered from it (app-loading.test).
  return useSyncExternalStore(subscribe, locale, locale);
}

/** `t('shell.signOut')`, `t('queues.stuck', { count })`: the message in the active locale. */
export function useT(): (key: MessageKey, values?: MessageValues) => string {
  const locale = useLocale();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new `t` when the locale changes, so memoised children re-render
  return useCallback((key: MessageKey, values?: MessageValues) => i18n._(key, values), [locale]);
}
