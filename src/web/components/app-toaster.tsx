import { lazy, Suspense } from 'react';

// Toasts only follow an agent's action (execute, copy), never the first paint, so sonner loads
// after the shell instead of weighing on the initial bundle.
const Toaster = lazy(() => import('sonner').then((m) => ({ default: m.Toaster })));

export function AppToaster() {
  return (
    <Suspense fallback={null}>
      <Toaster position="bottom-right" richColors closeButton />
    </Suspense>
  );
}
