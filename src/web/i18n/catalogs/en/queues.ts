/** English messages of the queues area (ICU MessageFormat; keys start with `queues.`). */
export const queues = {} as const satisfies Record<string, string>;
