import type { EventRecord } from '$lib/domain/events';
import { encodeRecord, decodeRecord } from './records';
import { LOCAL_ORIGIN, type Room } from './room';

/** A record write: a new value for `map[id]`, or its removal (`value: null`). */
export interface RecordChange {
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
 * record's room, with the events appended to their month rooms inside it, so that no observer,
 * tab or relay ever sees the change without its events (all happens in one synchronous turn).
 */
export function commit(room: Room, changes: RecordChange[], events: EventWrite[]): void {
	room.doc.transact(() => {
		for (const change of changes) {
			const map = room.map(change.map);
			if (change.value === null) map.delete(change.id);
			else map.set(change.id, encodeRecord(change.value));
		}
		// One transaction per month room, not per event: each transaction is one update that
		// y-indexeddb stores and the other tabs receive.
		const byRoom = new Map<Room, EventRecord[]>();
		for (const { room: eventRoom, event } of events) {
			const list = byRoom.get(eventRoom);
			if (list) list.push(event);
			else byRoom.set(eventRoom, [event]);
		}
		for (const [eventRoom, list] of byRoom) {
			if (eventRoom === room) setEvents(room, list);
			else eventRoom.doc.transact(() => setEvents(eventRoom, list), LOCAL_ORIGIN);
		}
	}, LOCAL_ORIGIN);
}

function setEvents(room: Room, events: EventRecord[]): void {
	const map = room.map('events');
	for (const event of events) map.set(event.id, encodeRecord(event));
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
	room.doc.transact(() => setEvents(room, events), LOCAL_ORIGIN);
}

/** Removes events from one month room in one transaction. */
export function removeEventsFrom(room: Room, ids: string[]): void {
	room.doc.transact(() => {
		const map = room.map('events');
		for (const id of ids) map.delete(id);
	}, LOCAL_ORIGIN);
}
