import type { MessageKey } from '$lib/i18n/i18n.svelte';

/** The columns of the event history, in their default order (the reference guide's). */
export const COLUMN_IDS = [
	'eventId',
	'actorName',
	'actorId',
	'action',
	'eventType',
	'asset',
	'eventDate',
	'propertiesChanged',
	'coreDetails',
	'extraDetails',
	'logTags'
] as const;

export type ColumnId = (typeof COLUMN_IDS)[number];

export const COLUMN_LABELS: Record<ColumnId, MessageKey> = {
	eventId: 'events.col.event_id',
	actorName: 'event.col_actor',
	actorId: 'events.col.actor_id',
	action: 'event.col_action',
	eventType: 'events.col.event_type',
	asset: 'event.col_asset',
	eventDate: 'event.col_date',
	propertiesChanged: 'events.col.properties_changed',
	coreDetails: 'events.col.core_details',
	extraDetails: 'events.col.extra_details',
	logTags: 'events.col.log_tags'
};

/** Which columns the table shows, and in which order `order` lists every column. */
export interface ColumnPrefs {
	order: ColumnId[];
	visible: ColumnId[];
}

export const DEFAULT_COLUMNS: ColumnPrefs = {
	order: [...COLUMN_IDS],
	visible: ['actorName', 'action', 'asset', 'eventDate', 'propertiesChanged', 'coreDetails']
};

function isColumnId(value: unknown): value is ColumnId {
	return COLUMN_IDS.some((id) => id === value);
}

function columnList(value: unknown): ColumnId[] | null {
	if (!Array.isArray(value)) return null;
	return [...new Set(value.filter(isColumnId))];
}

/**
 * A stored choice, validated: unknown columns are dropped and columns it does not know yet (added
 * by a later version) join at the end, hidden. Anything unusable gives the default.
 */
export function parseColumnPrefs(value: unknown): ColumnPrefs {
	if (typeof value !== 'object' || value === null) return DEFAULT_COLUMNS;
	const order = columnList('order' in value ? value.order : null);
	const visible = columnList('visible' in value ? value.visible : null);
	if (!order || !visible || visible.length === 0) return DEFAULT_COLUMNS;
	for (const id of COLUMN_IDS) if (!order.includes(id)) order.push(id);
	return { order, visible: order.filter((id) => visible.includes(id)) };
}

/** The columns the table shows, in the chosen order. */
export function shownColumns(prefs: ColumnPrefs): ColumnId[] {
	return prefs.order.filter((id) => prefs.visible.includes(id));
}

export function setShown(prefs: ColumnPrefs, id: ColumnId, shown: boolean): ColumnPrefs {
	const visible = shown ? [...prefs.visible, id] : prefs.visible.filter((v) => v !== id);
	return { order: prefs.order, visible: prefs.order.filter((v) => visible.includes(v)) };
}

/** Moves a column to another position of the order (drag and drop, Move up / Move down). */
export function moveColumn(prefs: ColumnPrefs, id: ColumnId, to: number): ColumnPrefs {
	const from = prefs.order.indexOf(id);
	const target = Math.max(0, Math.min(prefs.order.length - 1, to));
	if (from < 0 || from === target) return prefs;
	const order = prefs.order.filter((v) => v !== id);
	order.splice(target, 0, id);
	return { order, visible: order.filter((v) => prefs.visible.includes(v)) };
}
