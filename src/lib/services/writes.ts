import { parseAccount, parseUser, parseWorkspace } from '$lib/domain/schema';
import { MEASURED_FROM, measureSince, timed, timedAsync } from '$lib/timing';
import {
	buildEvent,
	eventRoomName,
	type EventAsset,
	type EventInput,
	type EventRecord
} from '$lib/domain/events';
import type { Intent, IntentKind } from '$lib/domain/intents';
import { INTENTS_MAP, latestIntentStamp } from '$lib/sync/intents';
import { parseStamp } from '$lib/domain/clock';
import {
	isTombstone,
	sameValue,
	stampNew,
	stampPatch,
	tombstone,
	type Stamped,
	type Tombstone
} from '$lib/domain/records';
import { directoryEntryOf } from '$lib/domain/directory';
import {
	commit,
	commitEvents,
	removeEventsFrom,
	type EventWrite,
	type RecordChange
} from '$lib/sync/commit';
import { storedValue } from '$lib/sync/records';
import { openRoom } from '$lib/sync/rooms';
import type { Room } from '$lib/sync/room';
import type { ServiceContext } from './context';
import { clock } from './clock';
import { newId } from './ids';

/** One record change and what its event says about it. */
export interface Write {
	/** The replicated map the record lives in (`accounts`, `users`, ...). */
	map: string;
	id: string;
	asset: EventAsset;
	/** The account whose event history gets the event. */
	accountId: string;
	/** The record before and after, plain (no stamps); null for a creation / a deletion. */
	before: object | null;
	after: object | null;
	/** Fields that identify the record in the event's core details. */
	identity: readonly string[];
}

export interface WriteOptions {
	/**
	 * Bulk actions share one batch id in every event's log tags (`bulk`, `batch:<id>`): `true` for
	 * a new id, or the id itself when one batch spans several calls (chunked bulk actions).
	 */
	batch?: boolean | string;
	/**
	 * Undo: the records come back exactly as they were, their modified on/by included (the events
	 * still name who restored them and when).
	 */
	restore?: boolean;
	logTags?: string[];
	extra?: Record<string, unknown>;
	/** Fields never written to events (secrets such as password hashes). */
	redact?: readonly string[];
}

const BOOKKEEPING = ['modifiedAt', 'modifiedBy', 'modifiedByName'] as const;

/** The schema of each replicated map's records: nothing malformed goes into a shared document. */
const SCHEMAS: Record<string, (value: unknown) => object | null> = {
	users: parseUser,
	accounts: parseAccount,
	workspace: parseWorkspace
};

/**
 * Checks every record against its map's schema before anything is written. A record that fails
 * is a bug of the calling service, not bad input (inputs are validated by the domain first): it
 * would otherwise replicate to every device and be dropped by each projection.
 */
function checkRecords(writes: readonly Write[]): void {
	for (const write of writes) {
		if (!write.after) continue;
		const parse = SCHEMAS[write.map];
		if (!parse) throw new Error(`No schema for records of "${write.map}"`);
		if (!parse(write.after)) throw new Error(`A malformed record for "${write.map}" was refused`);
	}
}

/** Whether a write of an account goes to its own room too (every customer account). */
function splitsAccount(ctx: ServiceContext, write: Write): boolean {
	return write.map === 'accounts' && write.id !== ctx.workspace.partnerAccountId;
}

/**
 * The value to store for a write in one room's map: a stamped tombstone for a delete (a
 * concurrent edit on another device does not bring the record back when the two merge); for an
 * edit only what the person changed (after vs before), stamped onto the record as the room holds
 * it now, so two quick edits of different fields, each computed from a read model that had not
 * yet seen the other, both stay; the whole record, newly stamped, for a creation.
 */
function stampedValue(
	room: Room,
	map: string,
	write: Write,
	after: Record<string, unknown> | null,
	stamp: string
): Stamped<object> | Tombstone {
	if (!after) return tombstone(stamp);
	const current = storedValue(room, map, write.id) as Stamped<object> | undefined;
	if (!write.before) return stampNew(after, stamp);
	// An edit of a record this room does not hold yet (its full version has not arrived) carries
	// only the changed fields: merged with the full version when it comes, nothing is reset.
	return stampPatch(current ?? {}, changedFields(write.before, after), stamp);
}

/** The fields of `after` whose value differs from `before` (bookkeeping always comes along). */
function changedFields(before: object, after: Record<string, unknown>): Record<string, unknown> {
	const previous = before as Record<string, unknown>;
	const patch: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(after))
		if ((BOOKKEEPING as readonly string[]).includes(key) || !sameValue(previous[key], value))
			patch[key] = value;
	return patch;
}

function redacted(
	record: object | null,
	fields: readonly string[]
): Record<string, unknown> | null {
	if (!record) return null;
	const copy: Record<string, unknown> = { ...record };
	for (const field of fields) delete copy[field];
	return copy;
}

/**
 * The one write path of every service: stamps the records (field by field against what the
 * room holds), fills who changed them and when, builds one event per record, and commits all of
 * it, with the events in their month rooms, in one step. Returns the events written.
 */
export async function applyWrites(
	ctx: ServiceContext,
	room: Room,
	writes: Write[],
	options: WriteOptions = {}
): Promise<EventRecord[]> {
	timed('validate', writes.length, () => checkRecords(writes));
	const stamp = clock.now();
	// Event dates (and so their month rooms) come from the same clock as the stamps: a change is
	// never dated before a change it was made after, on whichever device (ARCHITECTURE.md, HLC).
	const now = new Date(parseStamp(stamp)?.wall ?? Date.now()).toISOString();
	const actor = { id: ctx.profile.personId, name: ctx.profile.name };
	const tags = [...(options.logTags ?? [])];
	if (options.batch)
		tags.push('bulk', `batch:${typeof options.batch === 'string' ? options.batch : newId()}`);
	const redact = ['_s', '_t', 'password', 'registrationTokenHash', ...(options.redact ?? [])];

	const eventRooms = new Map<string, Room>();
	for (const write of writes) {
		const name = eventRoomName(write.accountId, now);
		if (!eventRooms.has(name))
			eventRooms.set(name, await openRoom(ctx.workspace.id, name, ctx.workspace.partnerAccountId));
	}

	// A customer account's full record lives in its own room, its directory entry in the
	// workspace room (ARCHITECTURE.md, Replicated documents): both are written together.
	const accountRooms = new Map<string, Room>();
	for (const write of writes)
		if (splitsAccount(ctx, write) && !accountRooms.has(write.id))
			accountRooms.set(
				write.id,
				await openRoom(ctx.workspace.id, `acct:${write.id}`, ctx.workspace.partnerAccountId)
			);

	const changes: RecordChange[] = [];
	const events: EventWrite[] = [];
	const records: EventRecord[] = [];
	const started = performance.now();
	for (const write of writes) {
		const after: Record<string, unknown> | null = write.after ? { ...write.after } : null;
		if (after && !options.restore && BOOKKEEPING.every((k) => k in after)) {
			after.modifiedAt = now;
			after.modifiedBy = actor.id;
			after.modifiedByName = actor.name;
		}
		const accountRoom = accountRooms.get(write.id);
		if (write.map === 'accounts' && accountRoom) {
			const record = stampedValue(accountRoom, 'account', write, after, stamp);
			changes.push({ room: accountRoom, map: 'account', id: write.id, value: record });
			const entry = stampedValue(room, 'accounts', write, after, stamp);
			changes.push({
				map: 'accounts',
				id: write.id,
				value: isTombstone(entry) ? entry : directoryEntryOf(entry)
			});
		} else {
			const value = stampedValue(room, write.map, write, after, stamp);
			changes.push({ map: write.map, id: write.id, value });
		}
		const event = buildEvent({
			id: newId(),
			accountId: write.accountId,
			actor,
			asset: write.asset,
			assetId: write.id,
			eventDate: now,
			before: redacted(write.before, redact),
			after: redacted(write.after, redact),
			identity: write.identity,
			logTags: tags,
			extra: options.extra
		});
		records.push(event);
		const eventRoom = eventRooms.get(eventRoomName(write.accountId, now));
		if (eventRoom) events.push({ room: eventRoom, event });
	}
	measureSince('stamp', writes.length, started);
	timed('ydoc', writes.length, () => commit(room, changes, events));
	// y-indexeddb stores the update on its own; how long that takes is measured, not waited for
	// (the read model's writes queue behind it in the same IndexedDB backend anyway).
	if (writes.length >= MEASURED_FROM)
		void timedAsync('y-indexeddb', writes.length, () =>
			Promise.all([room, ...eventRooms.values()].map((r) => r.stored()))
		).catch(() => undefined);
	return records;
}

/** An event of an operation, without what `applyIntents` fills in (id, actor, date). */
export type IntentEvent = Omit<EventInput, 'id' | 'actor' | 'eventDate'>;

/**
 * The write path of later-intent-wins decisions (domain/intents.ts): each draft becomes an
 * operation stamped with the clock and naming the latest operation on its key this device has;
 * the operations go into the workspace room's append-only map and the events into their month
 * rooms, in one commit.
 */
export async function applyIntents(
	ctx: ServiceContext,
	room: Room,
	drafts: readonly { key: string; kind: IntentKind }[],
	eventInputs: readonly IntentEvent[]
): Promise<{ intents: Intent<IntentKind>[]; events: EventRecord[] }> {
	const actor = { id: ctx.profile.personId, name: ctx.profile.name };
	const intents = drafts.map((draft) => ({
		id: newId(),
		key: draft.key,
		kind: draft.kind,
		stamp: clock.now(),
		after: latestIntentStamp(room, draft.key),
		by: actor
	}));
	const now = new Date(
		parseStamp(intents[0]?.stamp ?? clock.now())?.wall ?? Date.now()
	).toISOString();
	const records = eventInputs.map((input) =>
		buildEvent({ ...input, id: newId(), actor, eventDate: now })
	);
	const events: EventWrite[] = [];
	for (const [eventRoom, list] of await eventRoomsOf(ctx, records))
		for (const event of list) events.push({ room: eventRoom, event });
	commit(
		room,
		intents.map((intent) => ({ map: INTENTS_MAP, id: intent.id, value: intent })),
		events
	);
	return { intents, events: records };
}

/** Opens the month rooms of the given events, grouped by room name. */
async function eventRoomsOf(
	ctx: ServiceContext,
	events: EventRecord[]
): Promise<Map<Room, EventRecord[]>> {
	const byName = new Map<string, EventRecord[]>();
	for (const event of events) {
		const name = eventRoomName(event.accountId, event.eventDate);
		const list = byName.get(name);
		if (list) list.push(event);
		else byName.set(name, [event]);
	}
	const byRoom = new Map<Room, EventRecord[]>();
	for (const [name, list] of byName)
		byRoom.set(await openRoom(ctx.workspace.id, name, ctx.workspace.partnerAccountId), list);
	return byRoom;
}

/**
 * Appends already-built events (with their own dates, e.g. generated history) to their month
 * rooms. Changes of records never use this: they go through `applyWrites`.
 */
export async function appendEvents(ctx: ServiceContext, events: EventRecord[]): Promise<void> {
	for (const [room, list] of await eventRoomsOf(ctx, events)) commitEvents(room, list);
}

/** Removes events again (only for data the person added as a removable batch, e.g. sample data). */
export async function removeEvents(ctx: ServiceContext, events: EventRecord[]): Promise<void> {
	for (const [room, list] of await eventRoomsOf(ctx, events))
		removeEventsFrom(
			room,
			list.map((e) => e.id)
		);
}
