import {
	personActorIds,
	type EventAction,
	type EventAsset,
	type EventRecord,
	type EventType,
	type ShownEvent
} from '$lib/domain/events';
import type { EventRow } from './rows';
import { workspaceDb } from './workspace.db';

export { accountEvents } from './account-rows';

/** The newest events of the workspace, newest first. */
export async function recentEvents(workspaceId: string, limit: number): Promise<ShownEvent[]> {
	const rows = await workspaceDb(workspaceId)
		.events.orderBy('eventDate')
		.reverse()
		.limit(limit)
		.toArray();
	return withActors(workspaceId, rows);
}

/**
 * Marks the events whose actor no longer exists (a deleted user): one keyed read for the
 * distinct person actors of the rows, so a live query also updates when such a user goes or
 * comes back.
 */
async function withActors(workspaceId: string, rows: EventRecord[]): Promise<ShownEvent[]> {
	const ids = personActorIds(rows);
	const found = ids.length ? await workspaceDb(workspaceId).users.bulkGet(ids) : [];
	const gone = new Set(ids.filter((_, i) => found[i] === undefined));
	return rows.map((e) => ({ ...e, actorGone: gone.has(e.actorId) }));
}

/** Filters of the event history; every given filter must hold (AND). */
export interface EventFilters {
	/** Any of these assets (none or empty: any asset). */
	assets?: readonly EventAsset[];
	actions?: readonly EventAction[];
	eventTypes?: readonly EventType[];
	/** Actor ID equal to or starting with this text (case-insensitive). */
	actorId?: string;
	/** ISO date-times, both inclusive. */
	from?: string;
	to?: string;
}

export type EventOrder = 'newest' | 'oldest';

export interface EventQuery {
	workspaceId: string;
	accountId: string;
	filters: EventFilters;
	order: EventOrder;
}

/**
 * A position in the ordered list: after the first `seen` events of `eventDate` in index order
 * (all of them, matching the filters or not). Events of one write share their date (a 10,000-user
 * import), so the date alone cannot say where a page ended; the count can, and lets IndexedDB skip
 * the ones already read without reading them when no filter applies.
 */
export interface EventCursor {
	eventDate: string;
	seen: number;
}

export interface EventPage {
	rows: ShownEvent[];
	/** Where the next page starts; null at the end of the list. */
	next: EventCursor | null;
}

interface RawPage {
	rows: EventRecord[];
	next: EventCursor | null;
}

export interface PageBounds {
	/** Start after this position (null: from the start of the list). */
	after: EventCursor | null;
	/** Stop at this position, inclusive: a page whose end is fixed (it grows when events arrive). */
	until?: EventCursor | null;
	/** Without `until`: at most this many events. */
	limit?: number;
	/**
	 * Without `until`, with filters: read at most this many events, so a filter that few events
	 * match shows its first matches at once instead of after reading the whole range; the page may
	 * then hold fewer than `limit` events while `next` is not null.
	 */
	budget?: number;
}

export const PAGE_SIZE = 100;
export const SCAN_BUDGET = 5000;

/** The predicate of the filters an index cannot answer; null when there is none. */
function matcher(filters: EventFilters): ((event: EventRow) => boolean) | null {
	const assets = filters.assets?.length ? new Set<string>(filters.assets) : null;
	const actions = filters.actions?.length ? new Set<string>(filters.actions) : null;
	const types = filters.eventTypes?.length ? new Set<string>(filters.eventTypes) : null;
	const actor = actorPrefix(filters);
	if (!assets && !actions && !types && !actor) return null;
	return (event) =>
		(!assets || assets.has(event.asset)) &&
		(!actions || actions.has(event.action)) &&
		(!types || types.has(event.eventType)) &&
		(!actor || event.actorId.toLowerCase().startsWith(actor));
}

function actorPrefix(filters: EventFilters): string | null {
	return filters.actorId?.trim().toLowerCase() || null;
}

/**
 * False when no event of the workspace has an actor ID starting with the filter's text: answered
 * from the `actorId` index (keys only), so a mistyped ID does not read the account's events.
 */
async function actorExists(workspaceId: string, filters: EventFilters): Promise<boolean> {
	const actor = actorPrefix(filters);
	if (!actor) return true;
	const keys = await workspaceDb(workspaceId)
		.events.where('actorId')
		.startsWithIgnoreCase(actor)
		.limit(1)
		.primaryKeys();
	return keys.length > 0;
}

/** The account's events between two dates (inclusive) on `[accountId+eventDate]`, ascending. */
function dateRange(workspaceId: string, accountId: string, lower: string, upper: string) {
	return workspaceDb(workspaceId)
		.events.where('[accountId+eventDate]')
		.between([accountId, lower], [accountId, upper], true, true);
}

interface FacetNarrowing {
	index:
		| '[accountId+asset+eventDate]'
		| '[accountId+action+eventDate]'
		| '[accountId+eventType+eventDate]';
	value: string;
	/** The other filters, still to test on each event. */
	rest: EventFilters;
}

/** The facet filter an index can answer alone: the first facet filtered on exactly one value. */
function singleFacet(filters: EventFilters): FacetNarrowing | null {
	if (filters.assets?.length === 1)
		return {
			index: '[accountId+asset+eventDate]',
			value: filters.assets[0]!,
			rest: { ...filters, assets: undefined }
		};
	if (filters.actions?.length === 1)
		return {
			index: '[accountId+action+eventDate]',
			value: filters.actions[0]!,
			rest: { ...filters, actions: undefined }
		};
	if (filters.eventTypes?.length === 1)
		return {
			index: '[accountId+eventType+eventDate]',
			value: filters.eventTypes[0]!,
			rest: { ...filters, eventTypes: undefined }
		};
	return null;
}

/** The account's events of one facet value between two dates, ascending by date (then id). */
function facetRange(
	workspaceId: string,
	accountId: string,
	facet: FacetNarrowing,
	lower: string,
	upper: string
): EventCollection {
	return workspaceDb(workspaceId)
		.events.where(facet.index)
		.between([accountId, facet.value, lower], [accountId, facet.value, upper], true, true);
}

const MIN_DATE = '';
const MAX_DATE = '\uffff';

/**
 * One page of an account's events in list order (newest or oldest first), filtered. Keyset
 * pagination on `[accountId+eventDate]`: the date filter and the page's own bounds narrow the index
 * range; the other filters test each event of that range in index order; reading stops at `limit`
 * matches, at `until`, or (filtered) after `budget` events, so a page never reads the whole table
 * to show its first rows.
 */
export async function eventPage(query: EventQuery, bounds: PageBounds): Promise<EventPage> {
	const page = await readPage(query, bounds);
	return { ...page, rows: await withActors(query.workspaceId, page.rows) };
}

async function readPage(query: EventQuery, bounds: PageBounds): Promise<RawPage> {
	const newest = query.order === 'newest';
	const { after, until = null } = bounds;
	let lower = query.filters.from ?? MIN_DATE;
	let upper = query.filters.to ?? MAX_DATE;
	// In list order the page runs from `after` to `until`; in index order that is one range.
	const start = after?.eventDate;
	const end = until?.eventDate;
	if (newest) {
		if (start !== undefined && start < upper) upper = start;
		if (end !== undefined && end > lower) lower = end;
	} else {
		if (start !== undefined && start > lower) lower = start;
		if (end !== undefined && end < upper) upper = end;
	}
	if (lower > upper) return { rows: [], next: null };
	// A cursor of these same filters always lies inside their date range.
	const skip = after && after.eventDate >= lower && after.eventDate <= upper ? after.seen : 0;

	// One value of one facet (e.g. Action = Delete): its own index holds exactly those events in
	// date order, so the page reads only matches however rare or old they are.
	const narrow = singleFacet(query.filters);
	let rows = narrow
		? facetRange(query.workspaceId, query.accountId, narrow, lower, upper)
		: dateRange(query.workspaceId, query.accountId, lower, upper);
	if (newest) rows = rows.reverse();
	const matches = matcher(narrow ? narrow.rest : query.filters);
	if (matches) {
		if (!(await actorExists(query.workspaceId, query.filters))) return { rows: [], next: null };
		return scanPage(rows, matches, skip, bounds);
	}

	const limit = bounds.limit ?? PAGE_SIZE;
	if (until) {
		// Events of one date come in a fixed order (by id), so the page ends at the `seen`-th
		// event of that date. Counted before the skip below, as the cursor counts.
		let atEnd = 0;
		rows = rows.until((e) => e.eventDate === until.eventDate && ++atEnd >= until.seen, true);
	}
	// Nothing filters: the skip is a native advance, and the first page a plain ranged read.
	if (skip) rows = rows.offset(skip);
	if (!until) rows = rows.limit(limit);
	const list = await rows.toArray();
	if (until) return { rows: list, next: until };
	return { rows: list, next: list.length < limit ? null : cursorAfter(list, after) };
}

/** The position after the last of `rows`, which followed `after`. */
function cursorAfter(rows: EventRecord[], after: EventCursor | null): EventCursor | null {
	const last = rows.at(-1);
	if (!last) return after;
	let seen = 0;
	for (let i = rows.length - 1; i >= 0 && rows[i]?.eventDate === last.eventDate; i--) seen++;
	if (after && after.eventDate === last.eventDate) seen += after.seen;
	return { eventDate: last.eventDate, seen };
}

type EventCollection = ReturnType<typeof dateRange>;

/**
 * A filtered page: one pass over the range that keeps the position of every event read (matching
 * or not), so the page can stop after `limit` matches or `budget` events and the next one resume
 * exactly there. The events already read at the start date are skipped by count.
 */
async function scanPage(
	rows: EventCollection,
	matches: (event: EventRow) => boolean,
	skip: number,
	bounds: PageBounds
): Promise<RawPage> {
	const { until = null } = bounds;
	const limit = until ? Infinity : (bounds.limit ?? PAGE_SIZE);
	const budget = until ? Infinity : (bounds.budget ?? SCAN_BUDGET);
	let date: string | null = null;
	let seen = 0;
	let toSkip = skip;
	let read = 0;
	let found = 0;
	let keep = false;
	let stopped = false;
	const list = await rows
		.until((e) => {
			const position = e.eventDate === date ? seen + 1 : 1;
			const pastEnd = until && e.eventDate === until.eventDate && position > until.seen;
			if (pastEnd || found >= limit || read >= budget) {
				stopped = true;
				return true;
			}
			date = e.eventDate;
			seen = position;
			if (toSkip > 0) {
				toSkip -= 1;
				keep = false;
			} else {
				read += 1;
				keep = matches(e);
				if (keep) found += 1;
			}
			return false;
		}, false)
		.filter(() => keep)
		.toArray();
	if (until) return { rows: list, next: until };
	return { rows: list, next: stopped && date !== null ? { eventDate: date, seen } : null };
}

/** The filter values that still give at least one event, each given the other filters. */
export interface EventFacets {
	assets: EventAsset[];
	actions: EventAction[];
	eventTypes: EventType[];
}

/** The values a facet can take, to know when a scan has seen them all. */
export interface FacetValues {
	assets: readonly EventAsset[];
	actions: readonly EventAction[];
	types: readonly EventType[];
}

const FACETS = [
	{ key: 'assets', index: '[accountId+asset+eventDate]' },
	{ key: 'actions', index: '[accountId+action+eventDate]' },
	{ key: 'eventTypes', index: '[accountId+eventType+eventDate]' }
] as const;

/**
 * The "smart" filter options: for Asset, Action and Event Type, the values that give at least one
 * event when combined with every other active filter (a filter never narrows its own options).
 *
 * Cost: per candidate value one ranged lookup on its facet index (`[accountId+<facet>+eventDate]`
 * within the date filter) that stops at the first event passing the other filters. Without other
 * filters that is one index probe per value (about 20 in all); with them a lookup reads only the
 * events of that value until one matches, so even a value that gives nothing costs at most the
 * events carrying it, never the whole table. `onProgress` reports the values found after each
 * facet; return false from it to stop.
 */
export async function eventFacets(
	workspaceId: string,
	accountId: string,
	filters: EventFilters,
	all: FacetValues,
	onProgress?: (found: EventFacets) => boolean
): Promise<EventFacets> {
	const found: EventFacets = { assets: [], actions: [], eventTypes: [] };
	if (!(await actorExists(workspaceId, filters))) return found;
	const lower = filters.from ?? MIN_DATE;
	const upper = filters.to ?? MAX_DATE;
	const candidates = { assets: all.assets, actions: all.actions, eventTypes: all.types };
	for (const facet of FACETS) {
		const others = matcher({ ...filters, [facet.key]: undefined });
		const values: readonly string[] = candidates[facet.key];
		const present = await Promise.all(
			values.map(async (value) => {
				let range = workspaceDb(workspaceId)
					.events.where(facet.index)
					.between([accountId, value, lower], [accountId, value, upper], true, true);
				if (others) range = range.filter(others);
				return (await range.first()) !== undefined;
			})
		);
		const kept = values.filter((_, i) => present[i]);
		if (facet.key === 'assets') found.assets = kept as EventAsset[];
		else if (facet.key === 'actions') found.actions = kept as EventAction[];
		else found.eventTypes = kept as EventType[];
		if (onProgress && !onProgress({ ...found })) break;
	}
	return found;
}
