import type { DrawerSlots } from '../features/transactions/drawer-slots';

/**
 * What other features put into the transaction drawer (features do not import each other: they
 * meet here). The execute action and the audit trail plug in as `actions` and `extraSections`.
 */
export const transactionDrawerSlots: DrawerSlots = {};
