import { clsx } from 'clsx';
import type { AgentRole } from '../../contract/agent-roles';
import { useLocale } from '../i18n/use-t';
import { roleLabel } from '../i18n/words';

/** Each pair keeps at least 4.5:1 contrast; the word, never the colour, carries the meaning. */
const ROLE_CLASSES: Record<AgentRole, string> = {
  viewer: 'bg-slate-100 text-slate-700 ring-slate-300',
  operator: 'bg-indigo-50 text-indigo-800 ring-indigo-200',
  admin: 'bg-violet-100 text-violet-900 ring-violet-300',
};

export function RoleBadge({ role, className }: { role: AgentRole; className?: string }) {
  useLocale(); // re-render on a switch of language
  return (
    <span
      data-role={role}
      className={clsx(
        'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        ROLE_CLASSES[role],
        className,
      )}
    >
      {roleLabel(role)}
    </span>
  );
}
