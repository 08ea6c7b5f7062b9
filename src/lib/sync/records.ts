import { isTombstone } from '$lib/domain/records';
import type { Room } from './room';

/**
 * How a record is kept in a room's `Y.Map`: one JSON string per record (keyed by id). A record is
 * still one plain value per key, as ARCHITECTURE.md asks (never a nested `Y.Map`), but as a
 * string it costs Yjs one string to encode and decode instead of one per field name and value:
 * measured on 10,000 users with their events, encoding the transaction went from most of the
 * commit to a small part of it, and a loaded room holds one compact string per record instead of
 * an object graph. Values stored as objects by earlier versions read the same.
 */
export function encodeRecord(value: object): string {
	return JSON.stringify(value);
}

/** A stored value as written: a stamped record or a tombstone (unvalidated). */
export function decodeStored(stored: unknown): unknown {
	if (typeof stored !== 'string') return stored;
	try {
		return JSON.parse(stored) as unknown;
	} catch {
		return null;
	}
}

/**
 * The record a stored value holds (unvalidated: callers parse it with a domain schema);
 * `undefined` for a deleted record (its tombstone) as for a missing one.
 */
export function decodeRecord(stored: unknown): unknown {
	const value = decodeStored(stored);
	return isTombstone(value) ? undefined : value;
}

/** The stored (stamped) value of a record, unvalidated: callers parse it with a domain schema. */
export function storedValue(room: Room, map: string, id: string): unknown {
	return decodeRecord(room.map(map).get(id));
}

/** Every stored value of a map (e.g. all users of an account room). */
export function storedValues(room: Room, map: string): unknown[] {
	const values: unknown[] = [];
	for (const stored of room.map(map).values()) {
		const value = decodeRecord(stored);
		if (value !== undefined) values.push(value);
	}
	return values;
}
