import { ArrowLeftRight } from 'lucide-react';
import type { NavItem } from '../components/app-layout';
import { paths } from '../lib/paths';

/**
 * Header links, only for screens that exist. A later issue adds its screen to app/routes.tsx and
 * its link here (e.g. the audit log), never a placeholder before the screen is real.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: paths.transactions(), label: 'Transactions', icon: ArrowLeftRight },
];
