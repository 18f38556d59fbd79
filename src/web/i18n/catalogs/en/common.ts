/** English messages of the common area (ICU MessageFormat; keys start with `common.`). */
export const common = {
  'common.loading': 'Loading…',
  'common.notifications': 'Notifications',
  'common.closeNotification': 'Close notification',
} as const satisfies Record<string, string>;
