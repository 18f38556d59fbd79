import { ArrowLeftRight, Inbox, ScrollText, UsersRound } from 'lucide-react';
import type { AgentRole } from '../../contract/auth';
import type { NavItem } from '../components/app-layout';
import type { MessageKey } from '../i18n/i18n';
import { paths } from '../lib/paths';

export interface AppNavItem extends Omit<NavItem, 'label'> {
  /** Translated where the header renders, so a switch of language relabels it. */
  label: MessageKey;
  /** Shown only to agents whose role grants at least this (the BFF enforces it regardless). */
  requires?: AgentRole;
}

/**
 * Header links, only for screens that exist. A later issue adds its screen to app/routes.tsx and
 * its link here (e.g. the audit log), never a placeholder before the screen is real.
 */
export const NAV_ITEMS: readonly AppNavItem[] = [
  { to: paths.queues(), label: 'shell.nav.queues', icon: Inbox },
  { to: paths.transactions(), label: 'shell.nav.transactions', icon: ArrowLeftRight },
  // Operators see their own execute attempts there, admins everyone's.
  { to: paths.audit(), label: 'shell.nav.audit', icon: ScrollText, requires: 'operator' },
  { to: paths.adminAgents(), label: 'shell.nav.agents', icon: UsersRound, requires: 'admin' },
];

export function navItemsFor(can: (role: AgentRole) => boolean, t: (key: MessageKey) => string): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.requires || can(item.requires)).map(({ to, label, icon }) => ({
    to,
    label: t(label),
    icon,
  }));
}
