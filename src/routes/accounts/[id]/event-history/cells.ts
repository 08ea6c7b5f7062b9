import type { ShownEvent } from '$lib/domain/events';
import { i18n, t } from '$lib/i18n/i18n.svelte';
import {
	ACTION_LABELS,
	ASSET_LABELS,
	TYPE_LABELS,
	actorLabel
} from '$lib/components/events/labels';
import type { ColumnId } from '$lib/components/events/columns';

/** What a cell of the table shows: localized values, local dates, compact JSON. */
export function cellText(event: ShownEvent, column: ColumnId): string {
	switch (column) {
		case 'eventId':
			return event.id;
		case 'actorName':
			return actorLabel(event);
		case 'actorId':
			return event.actorId;
		case 'action':
			return t(ACTION_LABELS[event.action]);
		case 'eventType':
			return t(TYPE_LABELS[event.eventType]);
		case 'asset':
			return t(ASSET_LABELS[event.asset]);
		case 'eventDate':
			return i18n.dateTime(event.eventDate);
		case 'propertiesChanged':
			return event.propertiesChanged.length ? JSON.stringify(event.propertiesChanged) : '';
		case 'coreDetails':
			return JSON.stringify(event.coreDetails);
		case 'extraDetails':
			return Object.keys(event.extraDetails).length ? JSON.stringify(event.extraDetails) : '';
		case 'logTags':
			return event.logTags.join(', ');
	}
}
