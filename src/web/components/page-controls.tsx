import { ChevronFirst, ChevronLast, ChevronLeft, ChevronRight, type LucideIcon } from 'lucide-react';
import { useId } from 'react';
import { formatCount } from '../lib/format';

/** "41–60 of 2,317": the rows on screen and how many match, as people count them. */
export function pageRangeLabel(page: number, size: number, total: number): string {
  if (total === 0) return '0 of 0';
  const first = Math.min((page - 1) * size + 1, total);
  const last = Math.min(page * size, total);
  return `${formatCount(first)}–${formatCount(last)} of ${formatCount(total)}`;
}

function PageButton({
  label,
  icon: Icon,
  disabled,
  onClick,
}: {
  label: string;
  icon: LucideIcon;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      // aria-disabled, not disabled: focus stays on "Next page" when it reaches the last page.
      aria-disabled={disabled}
      onClick={() => !disabled && onClick()}
      className="inline-flex size-8 items-center justify-center rounded-md border border-slate-300 bg-white text-slate-700 shadow-xs hover:bg-slate-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-40 aria-disabled:hover:bg-white"
    >
      <Icon aria-hidden="true" className="size-4" />
    </button>
  );
}

export interface PageControlsProps {
  page: number;
  size: number;
  total: number;
  sizes: readonly number[];
  onChange: (paging: { page: number; size: number }) => void;
}

/**
 * Server-side pages for a plain list (the transactions table pages through TanStack Table's own
 * API instead): rows per page, where we are, first / previous / next / last.
 */
export function PageControls({ page, size, total, sizes, onChange }: PageControlsProps) {
  const sizeId = useId();
  const pageCount = Math.max(1, Math.ceil(total / size));
  const atStart = page <= 1;
  const atEnd = page >= pageCount;
  return (
    <nav
      aria-label="Pagination"
      className="mt-3 flex flex-wrap items-center justify-between gap-x-6 gap-y-2 text-sm text-slate-600"
    >
      <div className="flex items-center gap-2">
        <label htmlFor={sizeId}>Rows per page</label>
        <select
          id={sizeId}
          value={size}
          // The first row on screen stays on screen: its page under the new size.
          onChange={(e) => {
            const next = Number(e.target.value);
            onChange({ page: Math.floor(((page - 1) * size) / next) + 1, size: next });
          }}
          className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 shadow-xs"
        >
          {sizes.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-4">
        <p aria-live="polite" className="tabular-nums">
          <span className="font-medium text-slate-900">{pageRangeLabel(page, size, total)}</span>
          <span className="ml-3 text-slate-500">
            Page {formatCount(Math.min(page, pageCount))} of {formatCount(pageCount)}
          </span>
        </p>
        <div className="flex items-center gap-1">
          <PageButton
            label="First page"
            icon={ChevronFirst}
            disabled={atStart}
            onClick={() => onChange({ page: 1, size })}
          />
          <PageButton
            label="Previous page"
            icon={ChevronLeft}
            disabled={atStart}
            onClick={() => onChange({ page: Math.min(page, pageCount) - 1, size })}
          />
          <PageButton
            label="Next page"
            icon={ChevronRight}
            disabled={atEnd}
            onClick={() => onChange({ page: page + 1, size })}
          />
          <PageButton
            label="Last page"
            icon={ChevronLast}
            disabled={atEnd}
            onClick={() => onChange({ page: pageCount, size })}
          />
        </div>
      </div>
    </nav>
  );
}
