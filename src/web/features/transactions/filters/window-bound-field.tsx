import { useId, type KeyboardEvent } from 'react';
import { useT } from '../../../i18n/use-t';
import { formatUtcMinutes, type LocalBound } from '../../../lib/date-window';

const inputClass =
  'h-9 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 tabular-nums shadow-xs hover:border-slate-400';

export interface WindowBoundFieldProps {
  /** "From" or "To", shown over the inputs. */
  label: string;
  /** The inputs' accessible names: "From date", "From time (optional)". */
  dateLabel: string;
  timeLabel: string;
  bound: LocalBound;
  /** The instant the inputs mean now, shown in UTC; null while incomplete. */
  instant: string | null;
  /** Said after the UTC instant, e.g. "not included" for the exclusive end. */
  instantNote?: string;
  hint?: string;
  onChange: (bound: LocalBound) => void;
  onCommit: () => void;
}

/**
 * One end of the window: a day, and a time only for a cut-off (most reconciliations are whole
 * days, and a date input is quicker and clearer than datetime-local, which forces a time). The
 * same instant in UTC is spelled out under it, as Capa and the CSV give instants.
 */
export function WindowBoundField({
  label,
  dateLabel,
  timeLabel,
  bound,
  instant,
  instantNote,
  hint,
  onChange,
  onCommit,
}: WindowBoundFieldProps) {
  const t = useT();
  const id = useId();
  const utcId = `${id}-utc`;
  const hintId = `${id}-hint`;
  const describedBy = [instant ? utcId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') onCommit();
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      <div className="flex gap-1">
        <input
          id={id}
          type="date"
          aria-label={dateLabel}
          aria-describedby={describedBy}
          value={bound.date}
          onChange={(e) => onChange({ ...bound, date: e.target.value })}
          onBlur={onCommit}
          onKeyDown={onKeyDown}
          className={`${inputClass} w-38`}
        />
        <input
          type="time"
          aria-label={timeLabel}
          title={t('transactions.window.timeTitle')}
          value={bound.time}
          disabled={!bound.date}
          onChange={(e) => onChange({ ...bound, time: e.target.value })}
          onBlur={onCommit}
          onKeyDown={onKeyDown}
          className={`${inputClass} w-28 disabled:bg-slate-50 disabled:text-slate-400`}
        />
      </div>
      <p id={utcId} className="min-h-4 font-mono text-[11px] text-slate-500">
        {instant ? `= ${formatUtcMinutes(instant)}${instantNote ? `, ${instantNote}` : ''}` : ''}
      </p>
      {hint ? (
        <p id={hintId} className="sr-only">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
