/**
 * English messages of the format area (keys start with `format.`): the few words the formatters in
 * src/web/lib need around a date; numbers, dates and "ago" come from Intl in the locale.
 */
export const format = {
  'format.windowFrom': 'from {date}',
  'format.windowThrough': 'through {date}',
  'format.windowBefore': 'before {date}',
  'format.presetToday': 'Today',
  'format.presetYesterday': 'Yesterday',
  'format.presetLast7Days': 'Last 7 days',
  'format.presetThisMonth': 'This month',
  'format.presetLastMonth': 'Last month',
} as const satisfies Record<string, string>;
