/**
 * The selection of the users list as an immutable set of ids: every change makes a new set, so a
 * "Select all" of 100,000 users is one assignment, not 100,000 reactive updates.
 */
export type Selection = ReadonlySet<string>;

export const NONE: Selection = new Set();

export function selectionOf(ids: Iterable<string>): Selection {
	return new Set(ids);
}

export function toggled(selection: Selection, id: string): Selection {
	const next = new Set(selection);
	if (next.has(id)) next.delete(id);
	else next.add(id);
	return next;
}
