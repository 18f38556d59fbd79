import { Content, Portal, Root, Title } from '@radix-ui/react-dialog';
import { useMemo, useRef, type KeyboardEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { transactionIdParamsSchema } from '../../../../contract/api';
import { ErrorPanel } from '../../../components/error-panel';
import { useT } from '../../../i18n/use-t';
import { shortId } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useDrawerHost } from './drawer-host';
import type { DrawerSlotContext, DrawerSlots } from './drawer-slots';
import { DrawerTopBar } from './drawer-top-bar';
import { TransactionDetails } from './transaction-details';
import { isNotFound, TransactionNotFound } from './transaction-not-found';
import { useAdjacentTransactions, type Step } from './use-adjacent-transactions';
import { useLiveTransaction } from './use-live-transaction';

const STEP_KEYS: Record<string, Step> = { j: 1, k: -1 };
const NO_SLOTS: DrawerSlots = {};

function isTyping(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * One transaction in a side sheet over the table, at /transactions/:id with the table's query
 * string. Radix Dialog gives the modal parts (focus kept inside, Esc, the rest of the page inert
 * to assistive tech); closing hands focus back to the transaction's row. The backdrop is a plain
 * element, not Radix's Overlay: without its scroll lock the table under the drawer keeps its
 * scroll position untouched.
 */
export function TransactionDrawer({ slots = NO_SLOTS }: { slots?: DrawerSlots }) {
  const id = useParams().id ?? '';
  const { search } = useLocation();
  const navigate = useNavigate();
  const t = useT();
  const host = useDrawerHost();
  const content = useRef<HTMLDivElement>(null);
  const valid = transactionIdParamsSchema.safeParse({ id }).success;
  const { query, refresh } = useLiveTransaction(id, valid);
  const adjacent = useAdjacentTransactions(id, host);
  const slotContext = useMemo<DrawerSlotContext>(() => ({ refresh }), [refresh]);
  const close = () => void navigate({ pathname: paths.transactions(), search });

  const onKeyDown = (event: KeyboardEvent) => {
    const step = STEP_KEYS[event.key];
    if (!step || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    // React bubbles events through portals: a dialog opened from a slot is not the drawer.
    if (!(event.target instanceof Node) || !event.currentTarget.contains(event.target)) return;
    event.preventDefault();
    void adjacent.go(step);
  };

  let body;
  if (!valid || (query.isError && !query.data && isNotFound(query.error))) {
    body = <TransactionNotFound id={id} malformed={!valid} />;
  } else if (query.data) {
    body = (
      <>
        {query.isError ? (
          // The last good copy stays readable; the reason it is not fresher is said on top.
          <div className="px-5 pt-4">
            <ErrorPanel
              title={t('drawer.refreshFailed')}
              error={query.error}
              onRetry={() => void query.refetch()}
              retrying={query.isFetching}
            />
          </div>
        ) : null}
        <TransactionDetails
          tx={query.data}
          updatedAt={query.dataUpdatedAt}
          refreshError={query.isError}
          slots={slots}
          slotContext={slotContext}
        />
      </>
    );
  } else if (query.isError) {
    body = (
      <div className="p-5">
        <Title className="sr-only">{t('drawer.titleFallback', { id: shortId(id) })}</Title>
        <ErrorPanel
          title={t('drawer.loadFailed')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      </div>
    );
  } else {
    body = (
      <div role="status" className="motion-safe:animate-pulse p-5">
        <Title className="sr-only">{t('drawer.loading', { id: shortId(id) })}</Title>
        <div aria-hidden="true" className="space-y-3">
          <div className="h-6 w-40 rounded bg-slate-200" />
          <div className="h-4 w-72 rounded bg-slate-200" />
          <div className="h-24 rounded bg-slate-100" />
          <div className="h-32 rounded bg-slate-100" />
        </div>
      </div>
    );
  }

  const position = host ? host.rowIds.indexOf(id) : -1;
  return (
    <Root open onOpenChange={(open) => !open && close()}>
      <title>{t('drawer.documentTitle', { id: shortId(id) })}</title>
      <Portal>
        <div aria-hidden="true" className="fixed inset-0 z-40 bg-slate-900/30" />
        <Content
          ref={content}
          aria-describedby={undefined}
          onOpenAutoFocus={(event) => {
            // Start at the top of the drawer, so a screen reader reads its title first.
            event.preventDefault();
            content.current?.focus();
          }}
          onCloseAutoFocus={(event) => {
            if (host?.focusRow(id)) event.preventDefault();
          }}
          onKeyDown={onKeyDown}
          data-testid="transaction-drawer"
          className="fixed inset-y-0 right-0 z-50 flex w-full flex-col bg-white shadow-2xl outline-none lg:w-[48rem] lg:max-w-[calc(100vw-6rem)]"
        >
          <DrawerTopBar
            canPrevious={adjacent.canPrevious}
            canNext={adjacent.canNext}
            onStep={(step) => void adjacent.go(step)}
            position={host && position >= 0 ? (host.view.page - 1) * host.view.size + position + 1 : null}
            total={host?.total}
          />
          <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain">{body}</div>
        </Content>
      </Portal>
    </Root>
  );
}
