import { useQuery } from '@tanstack/react-query';
import { clsx } from 'clsx';
import { Banknote, CircleHelp, Info, LoaderCircle, RotateCw } from 'lucide-react';
import { useRef, useState, type ReactNode } from 'react';
import type { Transaction } from '../../../contract/capa';
import { executeBlocker } from '../../../contract/execute';
import { useT } from '../../i18n/use-t';
import { auditQueries } from '../../lib/audit-queries';
import { forbiddenMessage } from '../../lib/forbidden-message';
import { useAgent } from '../../lib/use-agent';
import { ExecuteDialog } from './execute-dialog';
import { Note, TrailState } from './execute-trail-state';

/** While an execute is in flight or unresolved, its trail is re-read until it settles. */
const BLOCKED_POLL_MS = 5_000;

export interface ExecuteActionProps {
  tx: Transaction;
  /** After Capa accepted an execute (caches already updated): e.g. the drawer re-reads and polls. */
  onExecuted?: () => void;
}

/**
 * The drawer's Execute slot (its action bar): the button for operators and admins when the
 * transaction can be executed, and otherwise why not (executed already, an execute in flight,
 * type, status, role).
 */
export function ExecuteAction({ tx, onExecuted }: ExecuteActionProps) {
  const t = useT();
  const { can } = useAgent();
  const [dialogOpen, setDialogOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const trail = useQuery({
    ...auditQueries.transaction(tx.id),
    refetchInterval: (query) => (query.state.data?.blockingIntent ? BLOCKED_POLL_MS : false),
  });
  const blocker = executeBlocker(tx);

  let body: ReactNode;
  let offered = false;
  if (trail.data && (trail.data.executed || trail.data.blockingIntent)) {
    body = <TrailState trail={trail.data} status={tx.status} />;
  } else if (blocker) {
    body = (
      <Note tone="info" icon={Info}>
        {blocker}
      </Note>
    );
  } else if (!can('operator')) {
    body = (
      <Note tone="info" icon={Info}>
        {forbiddenMessage('operator', t('execute.forbiddenAction'))}
      </Note>
    );
  } else if (trail.isPending) {
    body = (
      <p role="status" className="flex items-center gap-2 text-sm text-slate-600">
        <LoaderCircle aria-hidden="true" className="size-4 motion-safe:animate-spin" />
        {t('execute.checkingTrail')}
      </p>
    );
  } else if (trail.isError) {
    // Without the trail Rampdesk cannot say whether someone executed it already: no button.
    body = (
      <Note tone="attention" icon={CircleHelp}>
        <p>{t('execute.trailFailed')}</p>
        <button
          type="button"
          onClick={() => void trail.refetch()}
          disabled={trail.isFetching}
          className="mt-2 inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:cursor-wait"
        >
          <RotateCw
            aria-hidden="true"
            className={clsx('size-3.5', trail.isFetching && 'motion-safe:animate-spin')}
          />
          {t('execute.checkAgain')}
        </button>
      </Note>
    );
  } else {
    offered = true;
    body = <p className="text-sm text-slate-600">{t('execute.offered')}</p>;
  }

  // The dialog stays mounted while open even when the trail changes under it (executed, unknown),
  // so the agent reads its answer; only the button comes and goes.
  const dialog =
    offered || dialogOpen ? (
      <ExecuteDialog
        tx={tx}
        open={dialogOpen}
        onOpenChange={setDialogOpen}
        fallbackFocus={() => wrapper.current?.focus()}
        onExecuted={onExecuted}
        trigger={
          offered ? (
            <button
              type="button"
              className="inline-flex items-center gap-2 rounded-md bg-indigo-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
            >
              <Banknote aria-hidden="true" className="size-4" />
              {t('execute.button')}
            </button>
          ) : null
        }
      />
    ) : null;

  return (
    // Focus lands here when the dialog closes after its button went away (executed).
    <div
      ref={wrapper}
      tabIndex={-1}
      className="flex w-full flex-wrap items-center gap-x-4 gap-y-2 outline-none"
    >
      {dialog}
      {/* Announced when it changes: executed, in progress, resolved. Beside the button while it has
          14rem, else under it: squeezed into a phone's last 130 px it would read a word a line. */}
      <div aria-live="polite" className="min-w-0 grow basis-56">
        {body}
      </div>
    </div>
  );
}
