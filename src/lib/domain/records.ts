/**
 * Records are stored in the replicated documents as plain JSON values that carry their clock
 * stamps, so two admins editing different fields of the same record both win when their writes
 * are merged field by field (see ARCHITECTURE.md, "Record shape matters for memory").
 *
 * The stamps are compact: `_t` is the record stamp (every field written at creation has it) and
 * `_s` holds only the fields written later, with their own stamps. A new record therefore costs
 * one string instead of one stamp per field, in memory, in every update and on disk. Records
 * written before this shape (one stamp per field in `_s`, no `_t`) read the same way.
 */
export type Stamps = Record<string, string>;

export type Stamped<T extends object> = T & { _t?: string; _s?: Stamps };

/**
 * Keys of a stored record that are its stamps (and shape marker), not its fields. `_d` marks a
 * record that keeps only some of its fields in this map (a directory entry, e.g. an account's
 * entry in the workspace room whose full record lives in the account's own room).
 */
export const STAMP_KEYS: readonly string[] = ['_t', '_s', '_d'];

function isStampKey(key: string): boolean {
	return key === '_t' || key === '_s' || key === '_d';
}

/** The stamp of one field: its override, else the record stamp for a field the record has. */
export function fieldStamp(record: Stamped<object>, key: string): string {
	const override = record._s?.[key];
	if (override !== undefined) return override;
	return key in record ? (record._t ?? '') : '';
}

/** Stamps a new record: every field gets the record stamp, no overrides. */
export function stampNew<T extends object>(record: T, stamp: string): Stamped<T> {
	const copy: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(record)) if (!isStampKey(key)) copy[key] = value;
	copy._t = stamp;
	return copy as Stamped<T>;
}

/** Applies a patch, stamping (as overrides) only the fields whose value really changes. */
export function stampPatch<T extends object>(
	current: Stamped<T>,
	patch: Partial<T>,
	stamp: string
): Stamped<T> {
	const next: Stamped<T> = { ...current };
	let overrides: Stamps | null = null;
	for (const [key, value] of Object.entries(patch) as [keyof T & string, T[keyof T]][]) {
		if (value === undefined || isStampKey(key) || sameValue(current[key], value)) continue;
		next[key] = value as Stamped<T>[keyof T & string];
		overrides ??= { ...current._s };
		overrides[key] = stamp;
	}
	if (overrides) next._s = overrides;
	return next;
}

/**
 * Field-wise merge of two versions of one record: for each field the newer stamp wins. The
 * result is compact again: its record stamp is the stamp most of its fields carry (ties: the
 * later), the others are overrides. A function of the chosen fields only, so merging a with b
 * and b with a give the same value on every device.
 */
export function mergeStamped<T extends object>(a: Stamped<T>, b: Stamped<T>): Stamped<T> {
	const merged: Record<string, unknown> = {};
	const stamps = new Map<string, string>();
	const keys = new Set([...Object.keys(a), ...Object.keys(a._s ?? {})]);
	for (const key of [...Object.keys(b), ...Object.keys(b._s ?? {})]) keys.add(key);
	const aRec = a as Record<string, unknown>;
	const bRec = b as Record<string, unknown>;
	for (const key of keys) {
		if (isStampKey(key)) continue;
		const sa = fieldStamp(a, key);
		const sb = fieldStamp(b, key);
		const fromB = sb > sa;
		const value = fromB ? bRec[key] : aRec[key];
		if (value !== undefined) merged[key] = value;
		const stamp = fromB ? sb : sa;
		if (stamp) stamps.set(key, stamp);
	}
	const recordStamp = mostCommon([...stamps.values()]);
	if (recordStamp) merged._t = recordStamp;
	const overrides: Stamps = {};
	let any = false;
	for (const [key, stamp] of stamps) {
		if (stamp === recordStamp && key in merged) continue;
		overrides[key] = stamp;
		any = true;
	}
	if (any) merged._s = overrides;
	return merged as Stamped<T>;
}

function mostCommon(values: string[]): string {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	let best = '';
	let bestCount = 0;
	for (const [value, count] of counts)
		if (count > bestCount || (count === bestCount && value > best)) {
			best = value;
			bestCount = count;
		}
	return best;
}

/**
 * A deleted record: only the stamp of its deletion. It stays in the document so that an edit
 * made concurrently on another device (earlier or later, but not knowing of the delete) does not
 * bring the record back when the two merge; only a re-creation (an undo restores the record with
 * a new record stamp, later than the delete) does.
 */
export interface Tombstone {
	_del: string;
}

export function tombstone(stamp: string): Tombstone {
	return { _del: stamp };
}

export function isTombstone(value: unknown): value is Tombstone {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as { _del?: unknown })._del === 'string'
	);
}

/** The latest stamp a stored value carries (a tombstone's, or the newest of its fields). */
export function latestStamp(value: Stamped<object> | Tombstone): string {
	if (isTombstone(value)) return value._del;
	let latest = value._t ?? '';
	for (const stamp of Object.values(value._s ?? {})) if (stamp > latest) latest = stamp;
	return latest;
}

/**
 * Merges two stored versions of one record, either of which may be a tombstone: two records merge
 * field by field; a record and a tombstone give the record only when it was (re-)created after the
 * delete; two tombstones give the later. The same on every device, whatever the order.
 */
export function mergeStored(
	a: Stamped<object> | Tombstone,
	b: Stamped<object> | Tombstone
): Stamped<object> | Tombstone {
	const aDead = isTombstone(a);
	const bDead = isTombstone(b);
	if (aDead && bDead) return a._del >= b._del ? a : b;
	if (aDead) return createdAfter(b, a) ? b : a;
	if (bDead) return createdAfter(a, b) ? a : b;
	return mergeStamped(a, b);
}

function createdAfter(record: Stamped<object>, deleted: Tombstone): boolean {
	return (record._t ?? '') > deleted._del;
}

/** Whether two stored versions hold the same fields, values and field stamps (however compacted). */
export function sameStored(
	a: Stamped<object> | Tombstone,
	b: Stamped<object> | Tombstone
): boolean {
	if (isTombstone(a) || isTombstone(b))
		return isTombstone(a) && isTombstone(b) && a._del === b._del;
	const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
	const aRec = a as Record<string, unknown>;
	const bRec = b as Record<string, unknown>;
	for (const key of keys) {
		if (isStampKey(key)) continue;
		if (!sameValue(aRec[key], bRec[key]) || fieldStamp(a, key) !== fieldStamp(b, key)) return false;
	}
	return true;
}

/** Removes the stamps: the plain record. */
export function unstamp<T extends object>(record: Stamped<T>): T {
	const copy: Record<string, unknown> = { ...record };
	delete copy._s;
	delete copy._t;
	delete copy._d;
	return copy as T;
}

/**
 * The part of a stamped record made of `fields`, each with the stamp it has: the same fields,
 * values and stamps on every device that picks them from the same record (no new stamp).
 */
export function pickStamped(record: Stamped<object>, fields: readonly string[]): Stamped<object> {
	const source = record as Record<string, unknown>;
	const picked: Record<string, unknown> = {};
	for (const field of fields) if (field in source) picked[field] = source[field];
	if (record._t !== undefined) picked._t = record._t;
	const overrides: Stamps = {};
	let any = false;
	for (const [field, stamp] of Object.entries(record._s ?? {}))
		if (fields.includes(field)) {
			overrides[field] = stamp;
			any = true;
		}
	if (any) picked._s = overrides;
	return picked;
}

export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	return JSON.stringify(a) === JSON.stringify(b);
}
