import type { Room } from './room';

/** The stored (stamped) value of a record, unvalidated: callers parse it with a domain schema. */
export function storedValue(room: Room, map: string, id: string): unknown {
	return room.map(map).get(id);
}

/** Every stored value of a map (e.g. all users of an account room). */
export function storedValues(room: Room, map: string): unknown[] {
	return [...room.map(map).values()];
}
