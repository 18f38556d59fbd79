import { Inbox, SearchX } from 'lucide-react';
import { EmptyState } from '../../../components/empty-state';
import { describeFilters } from '../filters/filter-labels';
import { isFiltered, type ListView } from '../list-view';

/** Nothing to show: say which filters hid everything and undo them in one click. */
export function NoResults({ view, onClearFilters }: { view: ListView; onClearFilters: () => void }) {
  if (!isFiltered(view)) {
    return (
      <EmptyState icon={Inbox} title="No transactions yet">
        When users of your Capa integration start an on-ramp, off-ramp or cross-ramp, it appears here.
      </EmptyState>
    );
  }
  return (
    <EmptyState
      icon={SearchX}
      title="No transactions match these filters"
      action={
        <button
          type="button"
          onClick={onClearFilters}
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-indigo-500"
        >
          Clear all filters
        </button>
      }
    >
      <p>Nothing matches {describeFilters(view)}</p>
      <p className="mt-1">Remove a filter above, or clear them all to see every transaction.</p>
    </EmptyState>
  );
}
