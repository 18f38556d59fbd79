import { useQuery } from '@tanstack/react-query';
import { Outlet } from 'react-router';
import { AppLayout } from '../components/app-layout';
import { EnvironmentBanner } from '../components/environment-banner';
import { configQuery } from '../lib/config-query';
import { NAV_ITEMS } from './nav';

function Banner() {
  const config = useQuery(configQuery);
  if (config.isError) return <EnvironmentBanner environment="unknown" />;
  // Nothing until we know: a wrong banner for a split second would be worse than none.
  if (!config.data) return null;
  return <EnvironmentBanner environment={config.data.environment} upstreamHost={config.data.upstreamHost} />;
}

export function RootLayout() {
  return (
    <AppLayout banner={<Banner />} nav={NAV_ITEMS}>
      <Outlet />
    </AppLayout>
  );
}
