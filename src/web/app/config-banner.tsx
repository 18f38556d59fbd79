import { useQuery } from '@tanstack/react-query';
import { EnvironmentBanner } from '../components/environment-banner';
import { configQuery } from '../lib/config-query';

/** The environment stripe from GET /api/config, on every screen including sign-in. */
export function ConfigBanner() {
  const config = useQuery(configQuery);
  if (config.isError) return <EnvironmentBanner environment="unknown" />;
  // Nothing until we know: a wrong banner for a split second would be worse than none.
  if (!config.data) return null;
  return <EnvironmentBanner environment={config.data.environment} upstreamHost={config.data.upstreamHost} />;
}
