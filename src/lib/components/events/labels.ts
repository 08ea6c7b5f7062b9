import type { EventAction, EventAsset } from '$lib/domain/events';
import type { MessageKey } from '$lib/i18n/i18n.svelte';

export const ACTION_LABELS: Record<EventAction, MessageKey> = {
	Create: 'event.action.create',
	Edit: 'event.action.edit',
	Delete: 'event.action.delete'
};

/** Assets named so far; the others keep their English name until their feature arrives. */
export const ASSET_LABELS: Partial<Record<EventAsset, MessageKey>> = {
	Account: 'event.asset.account',
	User: 'event.asset.user'
};
