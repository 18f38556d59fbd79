import type { format as source } from '../en/format';

/** Spanish (neutral Latin-American) messages of the format area: every English key, no other. */
export const format = {
  'format.windowFrom': 'desde el {date}',
  'format.windowThrough': 'hasta el {date}',
  'format.windowBefore': 'antes del {date}',
  'format.presetToday': 'Hoy',
  'format.presetYesterday': 'Ayer',
  'format.presetLast7Days': 'Últimos 7 días',
  'format.presetThisMonth': 'Este mes',
  'format.presetLastMonth': 'Mes pasado',
} as const satisfies Record<keyof typeof source, string>;
