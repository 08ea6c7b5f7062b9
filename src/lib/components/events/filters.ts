import type { EventAction, EventAsset, EventType } from '$lib/domain/events';
import type { EventFilters } from '$lib/db/events.query';
import type { MessageKey } from '$lib/i18n/i18n.svelte';

export type FilterKind = 'asset' | 'action' | 'actorId' | 'eventDate' | 'eventType';

/** The Add Filter menu, in the reference guide's order. */
export const FILTER_LABELS: Record<FilterKind, MessageKey> = {
	asset: 'events.filter.asset',
	action: 'events.filter.action',
	actorId: 'events.filter.actor_id',
	eventDate: 'events.filter.event_date',
	eventType: 'events.filter.event_type'
};

export const FILTER_KINDS = Object.keys(FILTER_LABELS) as FilterKind[];

/** What the Event Date filter's fields hold (local date `yyyy-mm-dd`, local time `hh:mm`). */
export interface DateRangeInput {
	startDate: string;
	startTime: string;
	endDate: string;
	endTime: string;
}

export type ActiveFilter =
	| { kind: 'asset'; values: EventAsset[] }
	| { kind: 'action'; values: EventAction[] }
	| { kind: 'eventType'; values: EventType[] }
	| { kind: 'actorId'; value: string }
	| { kind: 'eventDate'; input: DateRangeInput; from?: string; to?: string };

/** The query filters of the active filters (chips). */
export function toEventFilters(active: readonly ActiveFilter[]): EventFilters {
	const filters: EventFilters = {};
	for (const filter of active) {
		if (filter.kind === 'asset') filters.assets = filter.values;
		else if (filter.kind === 'action') filters.actions = filter.values;
		else if (filter.kind === 'eventType') filters.eventTypes = filter.values;
		else if (filter.kind === 'actorId') filters.actorId = filter.value;
		else {
			filters.from = filter.from;
			filters.to = filter.to;
		}
	}
	return filters;
}

/** The active filters without the one of `kind` (its options are computed without it). */
export function without(active: readonly ActiveFilter[], kind: FilterKind): ActiveFilter[] {
	return active.filter((f) => f.kind !== kind);
}

/** Adds a filter, or replaces the one of its kind in place (the chip keeps its position). */
export function withFilter(active: readonly ActiveFilter[], filter: ActiveFilter): ActiveFilter[] {
	const at = active.findIndex((f) => f.kind === filter.kind);
	if (at < 0) return [...active, filter];
	return active.map((f, i) => (i === at ? filter : f));
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A local date and optional time as an ISO instant. Without a time a start is the first moment of
 * its day and an end the last; an end time includes its whole minute.
 */
export function localToIso(date: string, time: string, edge: 'start' | 'end'): string | null {
	const d = DATE.exec(date);
	const t = time ? TIME.exec(time) : null;
	if (!d || (time && !t)) return null;
	const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
	const end = edge === 'end';
	const hours = t ? Number(t[1]) : end ? 23 : 0;
	const minutes = t ? Number(t[2]) : end ? 59 : 0;
	const seconds = t?.[3] ? Number(t[3]) : end ? 59 : 0;
	const value = new Date(year, month - 1, day, hours, minutes, seconds, end ? 999 : 0);
	// Rejects dates that roll over (2026-02-31) and times past 23:59.
	if (value.getDate() !== day || value.getMonth() !== month - 1 || hours > 23 || minutes > 59)
		return null;
	return value.toISOString();
}

export type DateRangeErrors = Partial<Record<keyof DateRangeInput, MessageKey>>;

/** Checks the Event Date fields: a start, an end or both, each time with its date, end ≥ start. */
export function parseDateRange(
	input: DateRangeInput
): { data: { from?: string; to?: string } } | { error: DateRangeErrors } {
	const errors: DateRangeErrors = {};
	if (!input.startDate && !input.endDate) {
		if (input.startTime) errors.startDate = 'events.filter.time_needs_date';
		if (input.endTime) errors.endDate = 'events.filter.time_needs_date';
		if (!input.startTime && !input.endTime) errors.startDate = 'events.filter.date_required';
		return { error: errors };
	}
	let from: string | undefined;
	let to: string | undefined;
	if (input.startDate) {
		from = localToIso(input.startDate, input.startTime, 'start') ?? undefined;
		if (!from) errors.startDate = 'events.filter.date_invalid';
	} else if (input.startTime) errors.startDate = 'events.filter.time_needs_date';
	if (input.endDate) {
		to = localToIso(input.endDate, input.endTime, 'end') ?? undefined;
		if (!to) errors.endDate = 'events.filter.date_invalid';
	} else if (input.endTime) errors.endDate = 'events.filter.time_needs_date';
	if (from && to && to < from) errors.endDate = 'events.filter.end_before_start';
	if (Object.keys(errors).length) return { error: errors };
	return { data: { from, to } };
}
