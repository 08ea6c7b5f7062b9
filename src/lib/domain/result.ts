/** What a service returns when the UI must branch on the outcome (STYLE.md rule 15). */
export type Result<T, E> = { data: T } | { error: E };

/** Errors every service may return besides its own validation errors. */
export type CommonError = { kind: 'forbidden' } | { kind: 'not_found' } | { kind: 'deactivated' };
