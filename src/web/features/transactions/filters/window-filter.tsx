import { clsx } from 'clsx';
import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import {
  fromBoundToInstant,
  instantToFromBound,
  instantToToBound,
  matchingPreset,
  presetLabel,
  presetWindow,
  toBoundToInstant,
  utcOffsetLabel,
  WINDOW_PRESETS,
  type DateWindow,
  type LocalBound,
} from '../../../lib/date-window';
import { useDebouncedCallback } from '../../../lib/use-debounced-callback';
import { WindowBoundField } from './window-bound-field';

/** Long enough to finish typing a time, short enough to feel applied. */
const WINDOW_DEBOUNCE_MS = 400;

export interface WindowFilterProps {
  value: DateWindow;
  onChange: (window: DateWindow) => void;
  /** For the presets; tests pin it. */
  now?: () => Date;
}

interface Drafts {
  from: LocalBound;
  to: LocalBound;
}

const draftsFor = ({ from, to }: DateWindow): Drafts => ({
  from: instantToFromBound(from),
  to: instantToToBound(to),
});

/** An end left empty is open; one typed halfway (no valid day yet) is not applied. */
function instantOf(bound: LocalBound, read: (b: LocalBound) => string | null): string | undefined | null {
  return bound.date ? read(bound) : undefined;
}

const chipButton =
  'rounded-md border px-2 py-1 text-xs font-medium shadow-xs aria-pressed:border-indigo-600 aria-pressed:bg-indigo-600 aria-pressed:text-white';

/** The date window on createdAt: days (and optional times) in the agent's zone, presets, clear. */
export function WindowFilter({ value, onChange, now = () => new Date() }: WindowFilterProps) {
  const t = useT();
  const [drafts, setDrafts] = useState(() => draftsFor(value));
  // Set when the end comes before the start; the words are read at render.
  const [error, setError] = useState(false);
  // When the URL changes under the fields (a preset, a chip removed, back), show the new window.
  const [shown, setShown] = useState(value);
  if (shown.from !== value.from || shown.to !== value.to) {
    setShown(value);
    setDrafts(draftsFor(value));
    setError(false);
  }

  const from = instantOf(drafts.from, fromBoundToInstant);
  const to = instantOf(drafts.to, toBoundToInstant);

  const commit = (next: Drafts) => {
    const nextFrom = instantOf(next.from, fromBoundToInstant);
    const nextTo = instantOf(next.to, toBoundToInstant);
    if (nextFrom === null || nextTo === null) return;
    if (nextFrom && nextTo && nextTo <= nextFrom) {
      setError(true);
      return;
    }
    setError(false);
    if (nextFrom !== value.from || nextTo !== value.to) onChange({ from: nextFrom, to: nextTo });
  };
  const debounced = useDebouncedCallback(commit, WINDOW_DEBOUNCE_MS);
  const edit = (patch: Partial<Drafts>) => {
    const next = { ...drafts, ...patch };
    if (!next.from.date) next.from = { date: '', time: '' };
    if (!next.to.date) next.to = { date: '', time: '' };
    setDrafts(next);
    debounced(next);
  };
  const commitNow = () => {
    debounced.cancel();
    commit(drafts);
  };

  const active = matchingPreset(value, now());
  const hasWindow = Boolean(value.from || value.to || drafts.from.date || drafts.to.date);
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-xs font-medium text-slate-600">
        {t('transactions.window.legend')}{' '}
        <span className="font-normal text-slate-500">
          {t('transactions.window.zone', { offset: utcOffsetLabel() })}
        </span>
      </legend>
      <div className="flex flex-wrap items-start gap-x-3">
        <WindowBoundField
          label={t('transactions.window.from')}
          dateLabel={t('transactions.window.fromDate')}
          timeLabel={t('transactions.window.fromTime')}
          bound={drafts.from}
          instant={from ?? null}
          onChange={(bound) => edit({ from: bound })}
          onCommit={commitNow}
        />
        <WindowBoundField
          label={t('transactions.window.to')}
          dateLabel={t('transactions.window.toDate')}
          timeLabel={t('transactions.window.toTime')}
          bound={drafts.to}
          instant={to ?? null}
          instantNote={t('transactions.window.notIncluded')}
          hint={t('transactions.window.toHint')}
          onChange={(bound) => edit({ to: bound })}
          onCommit={commitNow}
        />
      </div>
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {t('transactions.window.order')}
        </p>
      ) : null}
      <div
        role="group"
        aria-label={t('transactions.window.presets')}
        className="flex flex-wrap items-center gap-1"
      >
        {WINDOW_PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            aria-pressed={active === preset}
            onClick={() => {
              debounced.cancel();
              onChange(presetWindow(preset, now()));
            }}
            className={clsx(chipButton, 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50')}
          >
            {presetLabel(preset)}
          </button>
        ))}
        {hasWindow ? (
          <button
            type="button"
            aria-label={t('transactions.window.clearLabel')}
            onClick={() => {
              debounced.cancel();
              setDrafts(draftsFor({}));
              setError(false);
              onChange({ from: undefined, to: undefined });
            }}
            className="rounded px-1.5 py-1 text-xs font-medium text-slate-600 hover:text-slate-900 hover:underline"
          >
            {t('transactions.window.clear')}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
