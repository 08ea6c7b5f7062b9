/** Messages of the accounts area. */
export const accounts = {} as const;
