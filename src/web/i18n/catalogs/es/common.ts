import type { common as source } from '../en/common';

/** Spanish (neutral Latin-American) messages of the common area: every English key, no other. */
export const common = {
  'common.loading': 'Cargando…',
  'common.notifications': 'Notificaciones',
  'common.closeNotification': 'Cerrar la notificación',
} as const satisfies Record<keyof typeof source, string>;
