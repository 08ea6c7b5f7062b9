import { sameValue } from './records';

export type EventAction = 'Create' | 'Edit' | 'Delete';
export type EventType = 'Admin' | 'MiVB';
export type EventAsset =
	| 'Account'
	| 'User'
	| 'Role'
	| 'Account Manager'
	| 'Order'
	| 'License'
	| 'Support Log'
	| 'Integration'
	| 'Phone'
	| 'DID'
	| 'DN Range'
	| 'Group'
	| 'Group Membership'
	| 'PBX User Profile'
	| 'Templated Services';

export type JsonObject = Record<string, unknown>;

/** Actors that are not people (spec 17): they never stop existing, and their names are localized. */
export const ENTITY_ACTORS = ['system', 'solution', 'scim'] as const;
export type EntityActor = (typeof ENTITY_ACTORS)[number];

export function entityActor(actorId: string): EntityActor | null {
	return (ENTITY_ACTORS as readonly string[]).includes(actorId) ? (actorId as EntityActor) : null;
}

/** Person actors of these events who may no longer exist (to look up). */
export function personActorIds(events: readonly EventRecord[]): string[] {
	return [...new Set(events.map((e) => e.actorId).filter((id) => entityActor(id) === null))];
}

/** An event as the history shows it: whether its actor no longer exists (shown as Unknown). */
export interface ShownEvent extends EventRecord {
	actorGone: boolean;
}

/** One entry of the event history (spec 17). Append-only. */
export interface EventRecord {
	id: string;
	accountId: string;
	actorId: string;
	actorName: string;
	action: EventAction;
	eventType: EventType;
	asset: EventAsset;
	assetId: string;
	eventDate: string;
	propertiesChanged: string[];
	coreDetails: JsonObject;
	extraDetails: JsonObject;
	logTags: string[];
}

export interface Actor {
	id: string;
	name: string;
}

/** Fields that describe the record's bookkeeping, not a change a person made. */
const BOOKKEEPING = new Set([
	'_s',
	'_t',
	'id',
	'createdAt',
	'createdBy',
	'modifiedAt',
	'modifiedBy',
	'modifiedByName'
]);

/** The names of the fields whose value differs between two versions of a record. */
export function changedProperties(before: JsonObject | null, after: JsonObject | null): string[] {
	const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
	const changed: string[] = [];
	for (const key of keys) {
		if (BOOKKEEPING.has(key)) continue;
		if (!sameValue(before?.[key], after?.[key])) changed.push(key);
	}
	return changed.sort();
}

function pick(source: JsonObject | null, keys: readonly string[]): JsonObject {
	const out: JsonObject = {};
	if (!source) return out;
	for (const key of keys) if (key in source) out[key] = source[key];
	return out;
}

export interface EventInput {
	id: string;
	accountId: string;
	actor: Actor;
	asset: EventAsset;
	assetId: string;
	eventDate: string;
	before: JsonObject | null;
	after: JsonObject | null;
	/** Fields that identify the asset, always in the core details (e.g. name, email). */
	identity: readonly string[];
	eventType?: EventType;
	logTags?: string[];
	extra?: JsonObject;
}

/**
 * Builds the event of one change: the action follows from which side is missing, the properties
 * changed from the difference, core details hold the identity and new values, extra details the
 * previous values.
 */
export function buildEvent(input: EventInput): EventRecord {
	const { before, after } = input;
	const action: EventAction = before === null ? 'Create' : after === null ? 'Delete' : 'Edit';
	const propertiesChanged = action === 'Delete' ? [] : changedProperties(before, after);
	const current = after ?? before;
	const coreDetails: JsonObject = { id: input.assetId, ...pick(current, input.identity) };
	if (after) Object.assign(coreDetails, pick(after, propertiesChanged));
	const extraDetails: JsonObject = { ...(input.extra ?? {}) };
	if (before && action === 'Edit') extraDetails.previous = pick(before, propertiesChanged);
	if (action === 'Delete' && before) extraDetails.previous = stripBookkeeping(before);
	return {
		id: input.id,
		accountId: input.accountId,
		actorId: input.actor.id,
		actorName: input.actor.name,
		action,
		eventType: input.eventType ?? 'Admin',
		asset: input.asset,
		assetId: input.assetId,
		eventDate: input.eventDate,
		propertiesChanged,
		coreDetails,
		extraDetails,
		logTags: input.logTags ?? []
	};
}

function stripBookkeeping(record: JsonObject): JsonObject {
	const out: JsonObject = {};
	for (const [key, value] of Object.entries(record))
		if (key !== '_s' && key !== '_t') out[key] = value;
	return out;
}

/** The month room an event belongs to: `events:<accountId>:<yyyy-mm>` (UTC). */
export function eventRoomName(accountId: string, eventDate: string): string {
	return `events:${accountId}:${eventDate.slice(0, 7)}`;
}
