import { clsx } from 'clsx';
import { useState } from 'react';
import {
  fromBoundToInstant,
  instantToFromBound,
  instantToToBound,
  matchingPreset,
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
  const [drafts, setDrafts] = useState(() => draftsFor(value));
  const [error, setError] = useState<string | null>(null);
  // When the URL changes under the fields (a preset, a chip removed, back), show the new window.
  const [shown, setShown] = useState(value);
  if (shown.from !== value.from || shown.to !== value.to) {
    setShown(value);
    setDrafts(draftsFor(value));
    setError(null);
  }

  const from = instantOf(drafts.from, fromBoundToInstant);
  const to = instantOf(drafts.to, toBoundToInstant);

  const commit = (next: Drafts) => {
    const nextFrom = instantOf(next.from, fromBoundToInstant);
    const nextTo = instantOf(next.to, toBoundToInstant);
    if (nextFrom === null || nextTo === null) return;
    if (nextFrom && nextTo && nextTo <= nextFrom) {
      setError('The window must end after it starts.');
      return;
    }
    setError(null);
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
        Created <span className="font-normal text-slate-500">(your time zone, {utcOffsetLabel()})</span>
      </legend>
      <div className="flex flex-wrap items-start gap-x-3">
        <WindowBoundField
          label="From"
          bound={drafts.from}
          instant={from ?? null}
          onChange={(bound) => edit({ from: bound })}
          onCommit={commitNow}
        />
        <WindowBoundField
          label="To"
          bound={drafts.to}
          instant={to ?? null}
          instantNote="not included"
          hint="The whole day is included unless you set a time."
          onChange={(bound) => edit({ to: bound })}
          onCommit={commitNow}
        />
      </div>
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
      <div role="group" aria-label="Date presets" className="flex flex-wrap items-center gap-1">
        {WINDOW_PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            aria-pressed={active === preset.id}
            onClick={() => {
              debounced.cancel();
              onChange(presetWindow(preset.id, now()));
            }}
            className={clsx(chipButton, 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50')}
          >
            {preset.label}
          </button>
        ))}
        {hasWindow ? (
          <button
            type="button"
            aria-label="Clear the date window"
            onClick={() => {
              debounced.cancel();
              setDrafts(draftsFor({}));
              setError(null);
              onChange({ from: undefined, to: undefined });
            }}
            className="rounded px-1.5 py-1 text-xs font-medium text-slate-600 hover:text-slate-900 hover:underline"
          >
            Clear
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
