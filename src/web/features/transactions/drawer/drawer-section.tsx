import { clsx } from 'clsx';
import { useId, type ReactNode } from 'react';
import { useT } from '../../../i18n/use-t';

/** One part of the drawer, under its own heading so an agent scanning it finds the part fast. */
export function DrawerSection({
  title,
  aside,
  children,
}: {
  title: string;
  /** Right of the heading: a note or a control. */
  aside?: ReactNode;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="border-t border-slate-200 px-5 py-4">
      <div className="flex items-center justify-between gap-3">
        <h3 id={headingId} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
          {title}
        </h3>
        {aside}
      </div>
      <div className="mt-3">{children}</div>
    </section>
  );
}

export function Fields({ children, className }: { children: ReactNode; className?: string }) {
  return <dl className={clsx('grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2', className)}>{children}</dl>;
}

export function Field({
  label,
  children,
  wide = false,
}: {
  label: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <div className={clsx('min-w-0', wide && 'sm:col-span-2')}>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 min-w-0 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** A value Capa did not send, where leaving the field out would leave a question. */
export function Missing({ children }: { children?: ReactNode }) {
  const t = useT();
  return <span className="text-slate-500 italic">{children ?? t('drawer.notGiven')}</span>;
}
