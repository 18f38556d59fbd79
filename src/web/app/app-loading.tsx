import { useT } from '../i18n/use-t';

/**
 * The first thing on screen: index.html carries the same markup, so the product name and a word
 * of progress show as soon as the stylesheet is in, before any script runs; React keeps showing it
 * until the first screen's code is in (the router's HydrateFallback). Placed like the sign-in
 * card's heading (PublicLayout), so the name does not jump when that screen appears.
 * app-loading.test.tsx keeps index.html and this component the same (in English: index.html
 * cannot know the language; the word follows the browser's once the catalog is in).
 */
export function AppLoading() {
  const t = useT();
  return (
    <div className="flex min-h-screen flex-col items-center bg-slate-50 px-4 py-10 sm:py-16">
      <div className="mb-6 flex items-center gap-2 text-slate-900">
        <img src="/favicon.svg" alt="" className="size-8" />
        <span className="text-xl font-semibold tracking-tight">Rampdesk</span>
      </div>
      <p role="status" className="text-sm text-slate-600">
        {t('common.loading')}
      </p>
    </div>
  );
}
