import { X } from 'lucide-react';
import { useT } from '../../../i18n/use-t';
import { formatUtcMinutes } from '../../../lib/date-window';
import { activeFilters, isFiltered, type FilterKey, type ListView } from '../list-view';
import { filterLabel, filterValueLabel, windowChipLabel } from './filter-labels';

export interface FilterChipsProps {
  view: ListView;
  onRemove: (key: FilterKey) => void;
  onRemoveWindow: () => void;
  onRemoveStuck: () => void;
  onClearAll: () => void;
}

function Chip({ text, title, onRemove }: { text: string; title: string; onRemove: () => void }) {
  const t = useT();
  return (
    <li
      title={title}
      className="inline-flex items-center gap-1 rounded-full border border-indigo-200 bg-indigo-50 py-0.5 pr-1 pl-2.5 text-xs font-medium text-indigo-900"
    >
      {text}
      <button
        type="button"
        onClick={onRemove}
        aria-label={t('transactions.chips.remove', { text })}
        className="inline-flex size-5 items-center justify-center rounded-full text-indigo-700 hover:bg-indigo-100 hover:text-indigo-950"
      >
        <X aria-hidden="true" className="size-3.5" />
      </button>
    </li>
  );
}

/** The window's exact instants, for the chip's hover text. */
function windowTitle({ from, to }: ListView, t: ReturnType<typeof useT>): string {
  const start = from ? formatUtcMinutes(from) : t('transactions.chips.firstTransaction');
  const end = to
    ? t('transactions.chips.notIncluded', { time: formatUtcMinutes(to) })
    : t('transactions.chips.now');
  return t('transactions.chips.windowTitle', { start, end });
}

/** The filters in force, each removable on its own, so an agent always sees why rows are missing. */
export function FilterChips({ view, onRemove, onRemoveWindow, onRemoveStuck, onClearAll }: FilterChipsProps) {
  const t = useT();
  if (!isFiltered(view)) return null;
  const windowText = windowChipLabel(view);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ul aria-label={t('transactions.chips.label')} className="flex flex-wrap items-center gap-2">
        {activeFilters(view).map(([key, value]) => (
          <Chip
            key={key}
            text={t('transactions.chips.text', {
              label: filterLabel(key),
              value: filterValueLabel(key, value),
            })}
            // Ids whole on hover; statuses and types in words there too, never as Capa's codes.
            title={t('transactions.chips.text', {
              label: filterLabel(key),
              value: key === 'status' || key === 'type' ? filterValueLabel(key, value) : value,
            })}
            onRemove={() => onRemove(key)}
          />
        ))}
        {windowText ? (
          <Chip text={windowText} title={windowTitle(view, t)} onRemove={onRemoveWindow} />
        ) : null}
        {view.stuck ? (
          <Chip
            text={t('transactions.stuck.only')}
            title={t('transactions.stuck.chipTitle')}
            onRemove={onRemoveStuck}
          />
        ) : null}
      </ul>
      <button
        type="button"
        onClick={onClearAll}
        className="rounded px-1.5 py-0.5 text-xs font-medium text-slate-600 underline-offset-2 hover:text-slate-900 hover:underline"
      >
        {t('transactions.chips.clearAll')}
      </button>
    </div>
  );
}
