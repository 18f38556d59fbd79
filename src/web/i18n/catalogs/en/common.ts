/** English messages of the common area (ICU MessageFormat; keys start with `common.`). */
export const common = {
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.retry': 'Retry',
  'common.loading': 'Loading…',
  'common.notifications': 'Notifications',
  'common.closeNotification': 'Close notification',
  'common.role.viewer': 'Viewer',
  'common.role.operator': 'Operator',
  'common.role.admin': 'Admin',
} as const satisfies Record<string, string>;
