import type { EventRecord } from '$lib/domain/events';
import { encodeRecord, decodeRecord } from './records';
import { LOCAL_ORIGIN, announceLocalCommit, type Room } from './room';

/** A record write: a new value for `map[id]`, or its removal (`value: null`). */
export interface RecordChange {
	/** The room of the record when it is not the commit's room (an account's own room). */
	room?: Room;
	map: string;
	id: string;
	value: object | null;
}

export interface EventWrite {
	room: Room;
	event: EventRecord;
}

/**
 * Applies a change and its event-history entries in one step: one Yjs transaction on the
 * record's room, then one on each month room of its events, all in one synchronous turn, so no
 * observer, tab or relay ever sees the change without its events (they all run afterwards).
 * The record's room goes first: its projection is queued first, and the changed records reach the
 * lists before their history does.
 */
export function commit(room: Room, changes: RecordChange[], events: EventWrite[]): void {
	// One transaction per month room, not per event: each transaction is one update that
	// y-indexeddb stores and the other tabs receive.
	// Everything is encoded first: nothing can fail between the transactions.
	const byRoom = new Map<Room, [string, string][]>();
	for (const { room: eventRoom, event } of events) {
		const entry: [string, string] = [event.id, encodeRecord(event)];
		const list = byRoom.get(eventRoom);
		if (list) list.push(entry);
		else byRoom.set(eventRoom, [entry]);
	}
	const values = changes.map((c) => (c.value === null ? null : encodeRecord(c.value)));
	// The commit's room first, then the other rooms of records, then the month rooms.
	const changesByRoom = new Map<Room, number[]>([[room, []]]);
	changes.forEach((change, i) => {
		const target = change.room ?? room;
		const list = changesByRoom.get(target);
		if (list) list.push(i);
		else changesByRoom.set(target, [i]);
	});
	for (const [target, indexes] of changesByRoom)
		target.doc.transact(() => {
			for (const i of indexes) {
				const change = changes[i];
				if (!change) continue;
				const map = target.map(change.map);
				const value = values[i];
				if (value === null || value === undefined) map.delete(change.id);
				else map.set(change.id, value);
			}
			const own = byRoom.get(target);
			if (own) setEvents(target, own);
		}, LOCAL_ORIGIN);
	for (const [eventRoom, list] of byRoom)
		if (!changesByRoom.has(eventRoom))
			eventRoom.doc.transact(() => setEvents(eventRoom, list), LOCAL_ORIGIN);
	announceLocalCommit([...new Set([...changesByRoom.keys(), ...byRoom.keys()])]);
}

function setEvents(room: Room, events: readonly (readonly [string, string])[]): void {
	const map = room.map('events');
	for (const [id, value] of events) map.set(id, value);
}

/** The current value of a record in a room, as stored (unvalidated). */
export function readRecord(room: Room, map: string, id: string): unknown {
	return decodeRecord(room.map(map).get(id));
}

/** All record ids of a map. */
export function recordIds(room: Room, map: string): string[] {
	return [...room.map(map).keys()];
}

/** Appends events to one month room in one transaction. */
export function commitEvents(room: Room, events: EventRecord[]): void {
	const encoded = events.map((e) => [e.id, encodeRecord(e)] as const);
	room.doc.transact(() => setEvents(room, encoded), LOCAL_ORIGIN);
}

/** Removes events from one month room in one transaction. */
export function removeEventsFrom(room: Room, ids: string[]): void {
	room.doc.transact(() => {
		const map = room.map('events');
		for (const id of ids) map.delete(id);
	}, LOCAL_ORIGIN);
}
