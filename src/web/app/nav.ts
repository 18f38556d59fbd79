import { ArrowLeftRight, Inbox, ScrollText, UsersRound } from 'lucide-react';
import type { AgentRole } from '../../contract/auth';
import type { NavItem } from '../components/app-layout';
import { paths } from '../lib/paths';

export interface AppNavItem extends NavItem {
  /** Shown only to agents whose role grants at least this (the BFF enforces it regardless). */
  requires?: AgentRole;
}

/**
 * Header links, only for screens that exist. A later issue adds its screen to app/routes.tsx and
 * its link here (e.g. the audit log), never a placeholder before the screen is real.
 */
export const NAV_ITEMS: readonly AppNavItem[] = [
  { to: paths.queues(), label: 'Queues', icon: Inbox },
  { to: paths.transactions(), label: 'Transactions', icon: ArrowLeftRight },
  // Operators see their own execute attempts there, admins everyone's.
  { to: paths.audit(), label: 'Audit', icon: ScrollText, requires: 'operator' },
  { to: paths.adminAgents(), label: 'Agents', icon: UsersRound, requires: 'admin' },
];

export function navItemsFor(can: (role: AgentRole) => boolean): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.requires || can(item.requires)).map(({ to, label, icon }) => ({
    to,
    label,
    icon,
  }));
}
