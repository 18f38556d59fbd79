import { clsx } from 'clsx';
import { FlaskConical, Server, TriangleAlert } from 'lucide-react';
import type { Environment } from '../../contract/api';
import type { MessageKey } from '../i18n/i18n';
import { useT } from '../i18n/use-t';

export interface EnvironmentBannerProps {
  /** 'unknown' when the configuration could not be loaded: never let that pass for production. */
  environment: Environment | 'unknown';
  upstreamHost?: string;
}

interface Look {
  tone: string;
  icon: typeof Server;
  name: MessageKey;
  detail: MessageKey;
}

// Keys, not words: they are translated where shown, in the language active then.
const LOOKS: Record<Exclude<EnvironmentBannerProps['environment'], 'production'>, Look> = {
  sandbox: {
    tone: 'bg-amber-400 text-amber-950',
    icon: FlaskConical,
    name: 'shell.environment.sandbox',
    detail: 'shell.environment.sandboxDetail',
  },
  staging: {
    tone: 'bg-orange-600 text-white',
    icon: Server,
    name: 'shell.environment.staging',
    detail: 'shell.environment.stagingDetail',
  },
  custom: {
    tone: 'bg-fuchsia-700 text-white',
    icon: Server,
    name: 'shell.environment.custom',
    detail: 'shell.environment.customDetail',
  },
  unknown: {
    tone: 'bg-red-700 text-white',
    icon: TriangleAlert,
    name: 'shell.environment.unknown',
    detail: 'shell.environment.unknownDetail',
  },
};

/**
 * A stripe above everything that no one can miss outside production, so an agent never mistakes
 * a sandbox for real users' money, or the other way round. Production shows nothing.
 */
export function EnvironmentBanner({ environment, upstreamHost = '' }: EnvironmentBannerProps) {
  const t = useT();
  if (environment === 'production') return null;
  const look = LOOKS[environment];
  const Icon = look.icon;
  return (
    <div
      role="region"
      aria-label={t('shell.environment')}
      data-environment={environment}
      className={clsx('w-full px-4 py-1.5 text-center text-sm font-semibold tracking-wide', look.tone)}
    >
      <p className="inline-flex flex-wrap items-center justify-center gap-x-2">
        <Icon aria-hidden="true" className="size-4 shrink-0" />
        <span className="uppercase">{t(look.name)}</span>
        <span aria-hidden="true">—</span>
        <span className="font-medium">{t(look.detail, { host: upstreamHost })}</span>
      </p>
    </div>
  );
}

/**
 * The same warning as a small tag, for surfaces that cover the stripe (the transaction drawer,
 * where the execute action lives). Production shows nothing.
 */
export function EnvironmentTag({ environment, upstreamHost = '' }: EnvironmentBannerProps) {
  const t = useT();
  if (environment === 'production') return null;
  const look = LOOKS[environment];
  const detail = t(look.detail, { host: upstreamHost });
  const Icon = look.icon;
  return (
    <span
      data-environment={environment}
      title={detail}
      className={clsx(
        'inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold tracking-wide uppercase',
        look.tone,
      )}
    >
      <Icon aria-hidden="true" className="size-3.5 shrink-0" />
      {t(look.name)}
      <span className="sr-only">: {detail}</span>
    </span>
  );
}
