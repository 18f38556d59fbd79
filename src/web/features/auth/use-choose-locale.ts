import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_PATHS } from '../../../contract/api-paths';
import type { ApiLocaleBody } from '../../../contract/auth-api';
import { isLocale, PSEUDO_LOCALE, type Locale } from '../../../contract/locales';
import { activateLocale, translate } from '../../i18n/i18n';
import { setBrowserChoice } from '../../lib/agent-locale';
import { apiRequest } from '../../lib/api-client';
import { authQueries, sessionSchema } from '../../lib/auth-queries';

/**
 * The language menu's choice: the SPA switches at once (no reload), then the BFF stores it with
 * the agent. If it cannot, the choice stays for this browser and a toast says so; the pseudo-locale
 * is never sent (the BFF refuses it), it lives in this browser only.
 */
export function useChooseLocale(): (locale: string) => void {
  const queryClient = useQueryClient();
  const store = useMutation({
    mutationFn: (locale: Locale) =>
      apiRequest(API_PATHS.locale, {
        method: 'PUT',
        body: { locale } satisfies ApiLocaleBody,
        schema: sessionSchema,
      }),
    onSuccess: (session) => {
      setBrowserChoice(null);
      queryClient.setQueryData(authQueries.me().queryKey, session);
    },
    onError: (error, locale) => {
      setBrowserChoice(locale);
      void import('sonner').then(({ toast }) =>
        toast.error(translate('shell.languageNotSaved'), { description: error.message }),
      );
    },
  });
  return (locale) => {
    void activateLocale(locale);
    if (locale === PSEUDO_LOCALE) setBrowserChoice(locale);
    else if (isLocale(locale)) store.mutate(locale);
  };
}
