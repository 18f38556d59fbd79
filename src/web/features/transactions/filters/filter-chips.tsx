import { X } from 'lucide-react';
import { FILTER_LABELS, filterValueLabel } from './filter-labels';
import { activeFilters, type FilterKey, type ListView } from '../list-view';

export interface FilterChipsProps {
  view: ListView;
  onRemove: (key: FilterKey) => void;
  onClearAll: () => void;
}

/** The filters in force, each removable on its own, so an agent always sees why rows are missing. */
export function FilterChips({ view, onRemove, onClearAll }: FilterChipsProps) {
  const active = activeFilters(view);
  if (active.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ul aria-label="Active filters" className="flex flex-wrap items-center gap-2">
        {active.map(([key, value]) => {
          const text = `${FILTER_LABELS[key]}: ${filterValueLabel(key, value)}`;
          return (
            <li
              key={key}
              title={`${FILTER_LABELS[key]}: ${value}`}
              className="inline-flex items-center gap-1 rounded-full border border-indigo-200 bg-indigo-50 py-0.5 pr-1 pl-2.5 text-xs font-medium text-indigo-900"
            >
              {text}
              <button
                type="button"
                onClick={() => onRemove(key)}
                aria-label={`Remove filter ${text}`}
                className="inline-flex size-5 items-center justify-center rounded-full text-indigo-700 hover:bg-indigo-100 hover:text-indigo-950"
              >
                <X aria-hidden="true" className="size-3.5" />
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        onClick={onClearAll}
        className="rounded px-1.5 py-0.5 text-xs font-medium text-slate-600 underline-offset-2 hover:text-slate-900 hover:underline"
      >
        Clear all filters
      </button>
    </div>
  );
}
