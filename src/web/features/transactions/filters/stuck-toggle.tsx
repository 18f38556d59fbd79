import { useId } from 'react';
import { useT } from '../../../i18n/use-t';

/**
 * "Stuck only": the status filter's transactions that have been in their status longer than its
 * threshold, longest first. Shown only with a status filter (stuck in which status?).
 */
export function StuckToggle({ checked, onChange }: { checked: boolean; onChange: (on: boolean) => void }) {
  const hintId = useId();
  const t = useT();
  return (
    <div className="flex flex-col gap-1">
      <span aria-hidden="true" className="text-xs font-medium text-slate-600">
        {t('transactions.stuck.heading')}
      </span>
      <label className="inline-flex h-9 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-xs hover:border-slate-400 has-checked:border-amber-400 has-checked:bg-amber-50">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={hintId}
          className="size-4 accent-amber-600"
        />
        {t('transactions.stuck.only')}
      </label>
      <span id={hintId} className="sr-only">
        {t('transactions.stuck.hint')}
      </span>
    </div>
  );
}
