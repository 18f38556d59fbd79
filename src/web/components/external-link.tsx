import { clsx } from 'clsx';
import { ExternalLink as ExternalIcon } from 'lucide-react';
import type { ReactNode } from 'react';

/**
 * A link that leaves Rampdesk: a new tab that gets no handle on this one (noopener) and no
 * Referer with a transaction id in it (noreferrer). Only pass URLs checked with lib/safe-url.
 */
export function ExternalLink({
  href,
  children,
  label,
  className,
}: {
  href: string;
  children: ReactNode;
  /** Accessible name when the visible text is short ("Explorer"). */
  label?: string;
  className?: string;
}) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={label}
      title={label ?? href}
      className={clsx(
        'inline-flex items-center gap-1 rounded text-sm font-medium whitespace-nowrap text-indigo-700 hover:text-indigo-900 hover:underline',
        className,
      )}
    >
      {children}
      <ExternalIcon aria-hidden="true" className="size-3.5 shrink-0" />
    </a>
  );
}
