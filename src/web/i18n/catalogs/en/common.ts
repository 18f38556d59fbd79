/** English messages of the common area (ICU MessageFormat; keys start with `common.`). */
export const common = {
  'common.loading': 'Loading…',
} as const satisfies Record<string, string>;
