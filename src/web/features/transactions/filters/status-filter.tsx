import { clsx } from 'clsx';
import { Check, ChevronDown } from 'lucide-react';
import { useId, type KeyboardEvent, type ReactNode } from 'react';
import {
  STATUS_FACTS,
  STATUS_GROUP_LABELS,
  TRANSACTION_STATUSES,
  type StatusGroup,
  type TransactionStatus,
} from '../../../../contract/statuses';
import { closePopover, Popover } from '../../../components/popover';
import { StatusBadge } from '../../../components/status-badge';

const GROUPS = Object.keys(STATUS_GROUP_LABELS) as StatusGroup[];
const BY_GROUP = GROUPS.map((group) => ({
  group,
  statuses: TRANSACTION_STATUSES.filter((s) => STATUS_FACTS[s].group === group),
}));

const ITEM = '[role="menuitemradio"]';

/** The ARIA menu keys: arrows, Home and End move; Tab leaves and closes. */
function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(ITEM)];
  const index = items.indexOf(document.activeElement as HTMLElement);
  const move: Record<string, number> = {
    ArrowDown: (index + 1) % items.length,
    ArrowUp: (index - 1 + items.length) % items.length,
    Home: 0,
    End: items.length - 1,
  };
  if (event.key === 'Tab') return closePopover(event.currentTarget);
  if (!(event.key in move)) return;
  event.preventDefault();
  items[move[event.key]!]?.focus();
}

function Item({
  checked,
  onSelect,
  children,
}: {
  checked: boolean;
  onSelect: (item: HTMLElement) => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      role="menuitemradio"
      aria-checked={checked}
      // Roving: the current choice is the menu's one tab stop (the panel scrolls, and a scrolling
      // region needs something reachable); arrow keys move between the rest.
      tabIndex={checked ? 0 : -1}
      onClick={(event) => onSelect(event.currentTarget)}
      className="flex w-full items-center gap-2 rounded px-2 py-1.5 text-left outline-none hover:bg-slate-100 focus-visible:bg-indigo-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600"
    >
      <Check
        aria-hidden="true"
        className={clsx('size-3.5 shrink-0 text-indigo-600', !checked && 'invisible')}
      />
      {children}
    </button>
  );
}

/**
 * All 19 statuses grouped as agents think of them (waiting, processing, needs attention, ...),
 * each shown with the very badge the table uses, so the filter and the rows look alike.
 */
export function StatusFilter({
  value,
  onChange,
}: {
  value: TransactionStatus | undefined;
  onChange: (status: TransactionStatus | undefined) => void;
}) {
  const labelId = useId();
  const valueId = useId();
  const select = (status: TransactionStatus | undefined, item: HTMLElement) => {
    closePopover(item);
    onChange(status);
  };
  return (
    <div className="flex flex-col gap-1">
      <span id={labelId} className="text-xs font-medium text-slate-600">
        Status
      </span>
      <Popover
        hasPopup="menu"
        triggerLabelledBy={`${labelId} ${valueId}`}
        triggerClassName="flex h-9 w-56 items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-2.5 text-left text-sm shadow-xs hover:border-slate-400"
        trigger={
          <>
            <span id={valueId} className="min-w-0 truncate">
              {value ? <StatusBadge status={value} /> : <span className="text-slate-700">Any status</span>}
            </span>
            <ChevronDown aria-hidden="true" className="size-4 shrink-0 text-slate-500" />
          </>
        }
        panelClassName="w-72"
        onOpen={(panel) => panel.querySelector<HTMLElement>(`${ITEM}[aria-checked="true"]`)?.focus()}
      >
        <div role="menu" aria-label="Status" onKeyDown={onMenuKeyDown}>
          <Item checked={!value} onSelect={(item) => select(undefined, item)}>
            <span className="text-slate-700">Any status</span>
          </Item>
          {BY_GROUP.map(({ group, statuses }) => (
            <div key={group} role="group" aria-labelledby={`${labelId}-${group}`} className="mt-1">
              <div
                id={`${labelId}-${group}`}
                aria-hidden="true"
                className="px-2 pt-1.5 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase"
              >
                {STATUS_GROUP_LABELS[group]}
              </div>
              {statuses.map((status) => (
                <Item key={status} checked={value === status} onSelect={(item) => select(status, item)}>
                  <StatusBadge status={status} />
                </Item>
              ))}
            </div>
          ))}
        </div>
      </Popover>
    </div>
  );
}
