import type { RouteObject } from 'react-router';
import { createRoutes } from '../app/routes';
import type { DrawerSlots } from '../features/transactions/drawer/drawer-slots';
import { TransactionDrawer } from '../features/transactions/drawer/transaction-drawer';
import { renderApp, type RenderAppOptions } from './render-app';

/** The real route table with the drawer's slots filled as a test needs. */
function routesWithSlots(routes: RouteObject[], slots: DrawerSlots): RouteObject[] {
  const swap = (list: RouteObject[]): RouteObject[] =>
    list.map((route) =>
      route.path === ':id'
        ? { path: ':id', Component: () => <TransactionDrawer slots={slots} /> }
        : { ...route, children: route.children ? swap(route.children) : undefined },
    ) as RouteObject[];
  return swap(routes);
}

/** The whole app at a URL (usually /transactions/:id), with drawer slots filled. */
export function renderDrawer(path: string, slots: DrawerSlots = {}, options: RenderAppOptions = {}) {
  return renderApp(path, {
    ...options,
    routes: (queryClient) => routesWithSlots(createRoutes(queryClient), slots),
  });
}
