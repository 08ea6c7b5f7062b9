/** The messages of one area in another language: exactly the English area's keys. */
export type AreaMessages<T extends Record<string, string>> = Record<keyof T, string>;
