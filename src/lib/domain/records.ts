/**
 * Records are stored in the replicated documents as plain JSON values with one clock stamp per
 * field (`_s`), so two admins editing different fields of the same record both win when their
 * writes are merged field by field (see ARCHITECTURE.md, "Record shape matters for memory").
 */
export type Stamps = Record<string, string>;

export type Stamped<T extends object> = T & { _s: Stamps };

/** Stamps every field of a new record with the same stamp. */
export function stampNew<T extends object>(record: T, stamp: string): Stamped<T> {
	const stamps: Stamps = {};
	for (const key of Object.keys(record)) stamps[key] = stamp;
	return { ...record, _s: stamps };
}

/** Applies a patch, stamping only the fields whose value really changes. */
export function stampPatch<T extends object>(
	current: Stamped<T>,
	patch: Partial<T>,
	stamp: string
): Stamped<T> {
	const next: Stamped<T> = { ...current, _s: { ...current._s } };
	for (const [key, value] of Object.entries(patch) as [keyof T & string, T[keyof T]][]) {
		if (value === undefined || sameValue(current[key], value)) continue;
		next[key] = value as Stamped<T>[keyof T & string];
		next._s[key] = stamp;
	}
	return next;
}

/** Field-wise merge of two versions of one record: for each field the newer stamp wins. */
export function mergeStamped<T extends object>(a: Stamped<T>, b: Stamped<T>): Stamped<T> {
	const merged: Record<string, unknown> = {};
	const stamps: Stamps = {};
	const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
	keys.delete('_s');
	const aRec = a as Record<string, unknown>;
	const bRec = b as Record<string, unknown>;
	for (const key of keys) {
		const sa = a._s[key] ?? '';
		const sb = b._s[key] ?? '';
		const fromB = sb > sa;
		merged[key] = fromB ? bRec[key] : aRec[key];
		const stamp = fromB ? sb : sa;
		if (stamp) stamps[key] = stamp;
	}
	merged._s = stamps;
	return merged as Stamped<T>;
}

/** Removes the stamps: the plain record. */
export function unstamp<T extends object>(record: Stamped<T>): T {
	const copy: Record<string, unknown> = { ...record };
	delete copy._s;
	return copy as T;
}

export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	return JSON.stringify(a) === JSON.stringify(b);
}
