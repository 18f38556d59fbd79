import { ChevronFirst, ChevronLast, ChevronLeft, ChevronRight, type LucideIcon } from 'lucide-react';
import { useId } from 'react';
import { translate } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { formatCount } from '../lib/format';

/** "41–60 of 2,317": the rows on screen and how many match, as people count them (at render time). */
export function pageRangeLabel(page: number, size: number, total: number): string {
  if (total === 0) return translate('transactions.pages.rangeEmpty');
  const first = Math.min((page - 1) * size + 1, total);
  const last = Math.min(page * size, total);
  return translate('transactions.pages.range', {
    first: formatCount(first),
    last: formatCount(last),
    total: formatCount(total),
  });
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
  const t = useT();
  const sizeId = useId();
  const pageCount = Math.max(1, Math.ceil(total / size));
  const atStart = page <= 1;
  const atEnd = page >= pageCount;
  return (
    <nav
      aria-label={t('transactions.pages.nav')}
      className="mt-3 flex flex-wrap items-center justify-between gap-x-6 gap-y-2 text-sm text-slate-600"
    >
      <div className="flex items-center gap-2">
        <label htmlFor={sizeId}>{t('transactions.pages.rowsPerPage')}</label>
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
        {/* Each part stays whole: a narrow screen wraps between them, not inside "Page 1 of 207". */}
        <p aria-live="polite" className="flex flex-wrap gap-x-3 tabular-nums">
          <span className="font-medium whitespace-nowrap text-slate-900">
            {pageRangeLabel(page, size, total)}
          </span>
          <span className="whitespace-nowrap text-slate-500">
            {t('transactions.pages.pageOf', {
              page: formatCount(Math.min(page, pageCount)),
              count: formatCount(pageCount),
            })}
          </span>
        </p>
        <div className="flex items-center gap-1">
          <PageButton
            label={t('transactions.pages.first')}
            icon={ChevronFirst}
            disabled={atStart}
            onClick={() => onChange({ page: 1, size })}
          />
          <PageButton
            label={t('transactions.pages.previous')}
            icon={ChevronLeft}
            disabled={atStart}
            onClick={() => onChange({ page: Math.min(page, pageCount) - 1, size })}
          />
          <PageButton
            label={t('transactions.pages.next')}
            icon={ChevronRight}
            disabled={atEnd}
            onClick={() => onChange({ page: page + 1, size })}
          />
          <PageButton
            label={t('transactions.pages.last')}
            icon={ChevronLast}
            disabled={atEnd}
            onClick={() => onChange({ page: pageCount, size })}
          />
        </div>
      </div>
    </nav>
  );
}
