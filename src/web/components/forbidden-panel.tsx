import { ShieldAlert } from 'lucide-react';
import { Link } from 'react-router';
import type { AgentRole } from '../../contract/auth';
import { useT } from '../i18n/use-t';
import { forbiddenMessage } from '../lib/forbidden-message';
import { paths } from '../lib/paths';

export interface ForbiddenPanelProps {
  /** The least role that may do this. */
  required: AgentRole | undefined;
  /** Completes "You need the … role to …", e.g. "manage agents". */
  action?: string;
}

/** A screen the agent's role does not open: which role is needed, whom to ask, and a way back. */
export function ForbiddenPanel({ required, action }: ForbiddenPanelProps) {
  const t = useT();
  return (
    <div role="alert" className="max-w-xl rounded-lg border border-amber-300 bg-white p-6 shadow-sm">
      <div className="flex items-start gap-3">
        <ShieldAlert aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-amber-700" />
        <div>
          <h2 className="text-sm font-semibold text-slate-900">{t('drawer.notWithYourRole')}</h2>
          <p className="mt-1 text-sm text-slate-700">{forbiddenMessage(required, action)}</p>
          <Link
            to={paths.transactions()}
            className="mt-4 inline-flex rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50"
          >
            {t('drawer.goToTransactions')}
          </Link>
        </div>
      </div>
    </div>
  );
}
