/** Messages of the events area. */
export const events = {} as const;
