import type { EventExportWords } from '$lib/domain/event-export';
import { i18n, t } from '$lib/i18n/i18n.svelte';
import { ACTION_LABELS, ASSET_LABELS, TYPE_LABELS, actorLabel } from './labels';

/** The columns and values of an events export, in the UI's language (upper case, like the table). */
export function eventExportWords(): EventExportWords {
	const upper = (text: string) => text.toLocaleUpperCase(i18n.locale);
	return {
		headers: [
			t('events.details.event_id'),
			t('events.details.actor_name'),
			t('events.details.actor_id'),
			t('events.filter.action'),
			t('events.details.type'),
			t('events.filter.asset'),
			t('events.filter.event_date'),
			t('events.tab.core_details'),
			t('events.tab.properties_changed'),
			t('events.tab.extra_details'),
			t('events.tab.log_tags')
		].map(upper),
		actor: actorLabel,
		action: (e) => t(ACTION_LABELS[e.action]),
		type: (e) => t(TYPE_LABELS[e.eventType]),
		asset: (e) => t(ASSET_LABELS[e.asset]),
		date: (iso) => i18n.dateTime(iso)
	};
}
