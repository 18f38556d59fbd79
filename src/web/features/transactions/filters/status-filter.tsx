import { clsx } from 'clsx';
import { Check, ChevronDown, Minus } from 'lucide-react';
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
import { useT } from '../../../i18n/use-t';
import { statusGroupLabel } from '../../../i18n/words';
import { statusesOf } from '../list-view';
import { statusSetLabel } from './filter-labels';

const GROUPS = Object.keys(STATUS_GROUP_LABELS) as StatusGroup[];
const BY_GROUP = GROUPS.map((group) => ({
  group,
  statuses: TRANSACTION_STATUSES.filter((s) => STATUS_FACTS[s].group === group),
}));

const ITEM = '[role^="menuitem"]';

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
  role,
  checked,
  tabStop,
  onSelect,
  children,
}: {
  role: 'menuitemradio' | 'menuitemcheckbox';
  checked: boolean | 'mixed';
  tabStop: boolean;
  onSelect: (item: HTMLElement) => void;
  children: ReactNode;
}) {
  const Mark = checked === 'mixed' ? Minus : Check;
  return (
    <button
      type="button"
      role={role}
      aria-checked={checked}
      // Roving: one tab stop in the menu (the panel scrolls, and a scrolling region needs something
      // reachable); arrow keys move between the rest.
      tabIndex={tabStop ? 0 : -1}
      onClick={(event) => onSelect(event.currentTarget)}
      className="flex w-full items-center gap-2 rounded px-2 py-1.5 text-left outline-none hover:bg-slate-100 focus-visible:bg-indigo-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600"
    >
      <Mark
        aria-hidden="true"
        className={clsx('size-3.5 shrink-0 text-indigo-600', !checked && 'invisible')}
      />
      {children}
    </button>
  );
}

/**
 * All 19 statuses grouped as agents think of them (waiting, processing, needs attention, ...),
 * each shown with the very badge the table uses. Any set may be picked: a status toggles on its
 * own, a group's heading toggles the whole group (checked, unchecked or mixed), and each choice
 * applies at once with the menu left open for the next; "Any status" clears and closes.
 * `value` is the set as the URL has it: statuses comma-separated.
 */
export function StatusFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (status: string | undefined) => void;
}) {
  const t = useT();
  const labelId = useId();
  const valueId = useId();
  const chosen = new Set<TransactionStatus>(statusesOf(value));
  const apply = (next: Set<TransactionStatus>) => {
    const ordered = TRANSACTION_STATUSES.filter((s) => next.has(s));
    onChange(ordered.length ? ordered.join(',') : undefined);
  };
  const toggle = (statuses: readonly TransactionStatus[], on: boolean) => {
    const next = new Set(chosen);
    for (const status of statuses) {
      if (on) next.add(status);
      else next.delete(status);
    }
    apply(next);
  };
  const firstChosen = TRANSACTION_STATUSES.find((s) => chosen.has(s));
  return (
    <div className="flex flex-col gap-1">
      <span id={labelId} className="text-xs font-medium text-slate-600">
        {t('transactions.filter.status')}
      </span>
      <Popover
        hasPopup="menu"
        triggerLabelledBy={`${labelId} ${valueId}`}
        triggerClassName="flex h-9 w-56 items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-2.5 text-left text-sm shadow-xs hover:border-slate-400"
        trigger={
          <>
            <span id={valueId} className="min-w-0 truncate" title={statusSetLabel(value) || undefined}>
              {chosen.size === 1 ? (
                <StatusBadge status={firstChosen!} />
              ) : chosen.size > 1 ? (
                <span className="text-slate-900">{statusSetLabel(value)}</span>
              ) : (
                <span className="text-slate-700">{t('transactions.status.any')}</span>
              )}
            </span>
            <ChevronDown aria-hidden="true" className="size-4 shrink-0 text-slate-500" />
          </>
        }
        panelClassName="w-72"
        onOpen={(panel) => panel.querySelector<HTMLElement>(`${ITEM}[tabindex="0"]`)?.focus()}
      >
        <div role="menu" aria-label={t('transactions.filter.status')} onKeyDown={onMenuKeyDown}>
          <Item
            role="menuitemradio"
            checked={chosen.size === 0}
            tabStop={chosen.size === 0}
            onSelect={(item) => {
              closePopover(item);
              onChange(undefined);
            }}
          >
            <span className="text-slate-700">{t('transactions.status.any')}</span>
          </Item>
          {BY_GROUP.map(({ group, statuses }) => {
            const picked = statuses.filter((s) => chosen.has(s)).length;
            const all = picked === statuses.length;
            return (
              <div key={group} role="group" aria-label={statusGroupLabel(group)} className="mt-1">
                <Item
                  role="menuitemcheckbox"
                  checked={all ? true : picked > 0 ? 'mixed' : false}
                  tabStop={false}
                  onSelect={() => toggle(statuses, !all)}
                >
                  <span className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
                    <span className="sr-only">{t('transactions.status.allOf')}</span>{' '}
                    {statusGroupLabel(group)}
                  </span>
                </Item>
                {statuses.map((status) => (
                  <Item
                    key={status}
                    role="menuitemcheckbox"
                    checked={chosen.has(status)}
                    tabStop={status === firstChosen}
                    onSelect={() => toggle([status], !chosen.has(status))}
                  >
                    <span className="pl-3">
                      <StatusBadge status={status} />
                    </span>
                  </Item>
                ))}
              </div>
            );
          })}
        </div>
      </Popover>
    </div>
  );
}
