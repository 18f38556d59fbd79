import { Close } from '@radix-ui/react-dialog';
import { useQuery } from '@tanstack/react-query';
import { ChevronDown, ChevronUp, X } from 'lucide-react';
import { EnvironmentTag } from '../../../components/environment-banner';
import { useT } from '../../../i18n/use-t';
import { configQuery } from '../../../lib/config-query';
import { formatCount } from '../../../lib/format';

const navButton =
  'inline-flex size-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:pointer-events-none disabled:opacity-40';

export interface DrawerTopBarProps {
  canPrevious: boolean;
  canNext: boolean;
  onStep: (step: -1 | 1) => void;
  /** 1-based place in the table's order, when the transaction is on the table's page. */
  position: number | null;
  total: number | undefined;
}

/**
 * Previous / next, where this transaction sits in the table, the environment (the drawer covers
 * the page's stripe), and close.
 */
export function DrawerTopBar({ canPrevious, canNext, onStep, position, total }: DrawerTopBarProps) {
  const config = useQuery(configQuery);
  const t = useT();
  return (
    <div className="flex h-12 shrink-0 items-center gap-1 border-b border-slate-200 px-3">
      <button
        type="button"
        className={navButton}
        disabled={!canPrevious}
        onClick={() => onStep(-1)}
        aria-label={t('drawer.previous')}
        aria-keyshortcuts="k"
        title={t('drawer.previousShortcut')}
      >
        <ChevronUp aria-hidden="true" className="size-4" />
      </button>
      <button
        type="button"
        className={navButton}
        disabled={!canNext}
        onClick={() => onStep(1)}
        aria-label={t('drawer.next')}
        aria-keyshortcuts="j"
        title={t('drawer.nextShortcut')}
      >
        <ChevronDown aria-hidden="true" className="size-4" />
      </button>
      {position !== null ? (
        <span className="ml-1 text-xs text-slate-500 tabular-nums">
          {total !== undefined
            ? t('drawer.position', { position: formatCount(position), total: formatCount(total) })
            : formatCount(position)}
        </span>
      ) : null}
      <span className="ml-auto flex items-center gap-2">
        {config.data ? (
          <EnvironmentTag environment={config.data.environment} upstreamHost={config.data.upstreamHost} />
        ) : config.isError ? (
          <EnvironmentTag environment="unknown" />
        ) : null}
        <Close asChild>
          <button
            type="button"
            className={navButton}
            aria-label={t('drawer.close')}
            title={t('drawer.closeShortcut')}
          >
            <X aria-hidden="true" className="size-4" />
          </button>
        </Close>
      </span>
    </div>
  );
}
