import { lazy, Suspense } from 'react';
import { useT } from '../i18n/use-t';

// Toasts only follow an agent's action (execute, copy), never the first paint, so sonner loads
// after the shell instead of weighing on the initial bundle.
const Toaster = lazy(() => import('sonner').then((m) => ({ default: m.Toaster })));

/** Sonner's own accessible names are English ("Notifications", "Close toast"): ours are translated. */
export function AppToaster() {
  const t = useT();
  return (
    <Suspense fallback={null}>
      <Toaster
        position="bottom-right"
        richColors
        closeButton
        containerAriaLabel={t('common.notifications')}
        toastOptions={{ closeButtonAriaLabel: t('common.closeNotification') }}
      />
    </Suspense>
  );
}
