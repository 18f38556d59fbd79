import { clsx } from 'clsx';
import { FlaskConical, Server, TriangleAlert } from 'lucide-react';
import type { Environment } from '../../contract/api';

export interface EnvironmentBannerProps {
  /** 'unknown' when the configuration could not be loaded: never let that pass for production. */
  environment: Environment | 'unknown';
  upstreamHost?: string;
}

interface Look {
  tone: string;
  icon: typeof Server;
  name: string;
  detail: (host: string) => string;
}

const LOOKS: Record<Exclude<EnvironmentBannerProps['environment'], 'production'>, Look> = {
  sandbox: {
    tone: 'bg-amber-400 text-amber-950',
    icon: FlaskConical,
    name: 'Sandbox',
    detail: () => 'simulated Capa data, no real money moves',
  },
  staging: {
    tone: 'bg-orange-600 text-white',
    icon: Server,
    name: 'Staging',
    detail: (host) => `Capa staging (${host})`,
  },
  custom: {
    tone: 'bg-fuchsia-700 text-white',
    icon: Server,
    name: 'Custom upstream',
    detail: (host) => `Capa API at ${host}; check it is the one you expect before executing`,
  },
  unknown: {
    tone: 'bg-red-700 text-white',
    icon: TriangleAlert,
    name: 'Environment unknown',
    detail: () => "Rampdesk's configuration could not be loaded; reload the page",
  },
};

/**
 * A stripe above everything that no one can miss outside production, so an agent never mistakes
 * a sandbox for real users' money, or the other way round. Production shows nothing.
 */
export function EnvironmentBanner({ environment, upstreamHost = '' }: EnvironmentBannerProps) {
  if (environment === 'production') return null;
  const look = LOOKS[environment];
  const Icon = look.icon;
  return (
    <div
      role="region"
      aria-label="Environment"
      data-environment={environment}
      className={clsx('w-full px-4 py-1.5 text-center text-sm font-semibold tracking-wide', look.tone)}
    >
      <p className="inline-flex flex-wrap items-center justify-center gap-x-2">
        <Icon aria-hidden="true" className="size-4 shrink-0" />
        <span className="uppercase">{look.name}</span>
        <span aria-hidden="true">—</span>
        <span className="font-medium">{look.detail(upstreamHost)}</span>
      </p>
    </div>
  );
}

/**
 * The same warning as a small tag, for surfaces that cover the stripe (the transaction drawer,
 * where the execute action lives). Production shows nothing.
 */
export function EnvironmentTag({ environment, upstreamHost = '' }: EnvironmentBannerProps) {
  if (environment === 'production') return null;
  const look = LOOKS[environment];
  const Icon = look.icon;
  return (
    <span
      data-environment={environment}
      title={look.detail(upstreamHost)}
      className={clsx(
        'inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold tracking-wide uppercase',
        look.tone,
      )}
    >
      <Icon aria-hidden="true" className="size-3.5 shrink-0" />
      {look.name}
      <span className="sr-only">: {look.detail(upstreamHost)}</span>
    </span>
  );
}
