import {
  columnVisibilityFeature,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { Annotations } from '../../../../contract/collaboration-api';
import type { MessageKey } from '../../../i18n/i18n';

export interface TransactionTableMeta {
  /** Ticks slowly (the page's clock), so relative ages move without a timer per cell. */
  now: number;
  /** The table's query string, carried into each transaction's link so closing it restores the view. */
  search: string;
  /** Only the focused row's controls are in the tab order (roving focus). */
  activeRowId: string | null;
  filterByUser: (userId: string) => void;
  /** Rampdesk's own facts about the page's rows (time in status, stuck, who has it), by id. */
  annotations?: Annotations;
  /** The signed-in agent's id, so their own takes read "You are on it". */
  agentId?: string | null;
  /** The zone of the page's local times ("UTC−05:00"), said once in the Created header. */
  timeZone: string;
}

export interface TransactionColumnMeta {
  /** Name in the column menu (a message: read in the active language when the menu renders). */
  label: MessageKey;
  align?: 'end';
  /** Extra classes for the header and body cells of this column. */
  className?: string;
  /** Extra classes for the body cells only (text colour, figures). */
  cellClassName?: string;
  /** Stays in view while a narrow table scrolls sideways inside itself. */
  sticky?: boolean;
}

/** Server-side sorting and paging (manual modes): the table only keeps state and renders. */
export const transactionTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  tableMeta: metaHelper<TransactionTableMeta>(),
  columnMeta: metaHelper<TransactionColumnMeta>(),
});
