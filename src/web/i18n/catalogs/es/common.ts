import type { common as source } from '../en/common';

/** Spanish (neutral Latin-American) messages of the common area: every English key, no other. */
export const common = {
  'common.close': 'Cerrar',
  'common.cancel': 'Cancelar',
  'common.retry': 'Reintentar',
  'common.loading': 'Cargando…',
  'common.notifications': 'Notificaciones',
  'common.closeNotification': 'Cerrar la notificación',
  'common.role.viewer': 'Lector',
  'common.role.operator': 'Operador',
  'common.role.admin': 'Administrador',
} as const satisfies Record<keyof typeof source, string>;
