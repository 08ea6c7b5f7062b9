/**
 * Events written as a table (spec 17: the event history's `Export (N)` and the Event Details'
 * `Export`): the facts of each event and its four tabs, the tabs as JSON text.
 */
import type { ShownEvent } from './events';

/** How the UI names the columns and values, in the language of the export. */
export interface EventExportWords {
	/** EVENT ID, ACTOR NAME, ACTOR ID, ACTION, TYPE, ASSET, EVENT DATE, and the four tabs. */
	headers: string[];
	actor: (event: ShownEvent) => string;
	action: (event: ShownEvent) => string;
	type: (event: ShownEvent) => string;
	asset: (event: ShownEvent) => string;
	date: (iso: string) => string;
}

export function eventExportRow(event: ShownEvent, words: EventExportWords): string[] {
	return [
		event.id,
		words.actor(event),
		event.actorId,
		words.action(event),
		words.type(event),
		words.asset(event),
		words.date(event.eventDate),
		JSON.stringify(event.coreDetails),
		JSON.stringify(event.propertiesChanged),
		JSON.stringify(event.extraDetails),
		JSON.stringify(event.logTags)
	];
}
