import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { activateLocale } from '../i18n/i18n';
import { browserLocale, setBrowserChoice } from '../lib/agent-locale';
import { forgetSessionData } from '../lib/auth-queries';
import { ConfigBanner } from './config-banner';

/** Screens before sign-in: the environment banner, the product name, and one centred card. */
export function PublicLayout() {
  const queryClient = useQueryClient();
  // Whoever arrives here (signed out, expired, or the next agent) sees nothing of a past session.
  useEffect(() => forgetSessionData(queryClient), [queryClient]);
  // Before sign-in the browser's languages speak: nothing of the last agent's choice stays.
  useEffect(() => {
    setBrowserChoice(null);
    void activateLocale(browserLocale());
  }, []);
  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900">
      <ConfigBanner />
      <main id="main" tabIndex={-1} className="flex flex-1 justify-center px-4 py-10 outline-none sm:py-16">
        <div className="w-full max-w-md">
          <div className="mb-6 flex items-center justify-center gap-2">
            <img src="/favicon.svg" alt="" className="size-8" />
            <span className="text-xl font-semibold tracking-tight">Rampdesk</span>
          </div>
          <Outlet />
        </div>
      </main>
    </div>
  );
}
