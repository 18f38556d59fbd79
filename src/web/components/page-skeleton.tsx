import { useT } from '../i18n/use-t';

/** Grey bars in the shape of a page with a table, while its first data loads. */
export function PageSkeleton({ label, rows = 8 }: { label?: string; rows?: number }) {
  const t = useT();
  return (
    <div role="status" aria-live="polite" aria-busy="true" className="motion-safe:animate-pulse">
      <span className="sr-only">{label ?? t('shell.skeletonLoading')}…</span>
      <div aria-hidden="true">
        <div className="h-7 w-48 rounded bg-slate-200" />
        <div className="mt-2 h-4 w-64 rounded bg-slate-200" />
        <div className="mt-6 overflow-hidden rounded-lg border border-slate-200 bg-white">
          <div className="h-10 border-b border-slate-200 bg-slate-50" />
          {Array.from({ length: rows }, (_, i) => (
            <div
              key={i}
              className="flex items-center gap-6 border-b border-slate-100 px-4 py-3 last:border-0"
            >
              <div className="h-4 w-28 rounded bg-slate-200" />
              <div className="h-4 w-20 rounded bg-slate-200" />
              <div className="h-4 w-24 rounded bg-slate-200" />
              <div className="h-5 w-28 rounded-full bg-slate-200" />
              <div className="ml-auto h-4 w-24 rounded bg-slate-200" />
              <div className="h-4 w-32 rounded bg-slate-200" />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
