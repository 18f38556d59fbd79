import { Inbox, SearchX } from 'lucide-react';
import { EmptyState } from '../../../components/empty-state';
import { useT } from '../../../i18n/use-t';
import { describeFilters } from '../filters/filter-labels';
import { isFiltered, type ListView } from '../list-view';

/** Nothing to show: say which filters hid everything and undo them in one click. */
export function NoResults({ view, onClearFilters }: { view: ListView; onClearFilters: () => void }) {
  const t = useT();
  if (!isFiltered(view)) {
    return (
      <EmptyState icon={Inbox} title={t('transactions.empty.title')}>
        {t('transactions.empty.body')}
      </EmptyState>
    );
  }
  return (
    <EmptyState
      icon={SearchX}
      title={t('transactions.noMatch.title')}
      action={
        <button
          type="button"
          onClick={onClearFilters}
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-indigo-500"
        >
          {t('transactions.chips.clearAll')}
        </button>
      }
    >
      <p>{t('transactions.noMatch.what', { filters: describeFilters(view) })}</p>
      <p className="mt-1">{t('transactions.noMatch.hint')}</p>
    </EmptyState>
  );
}
