import {
	entityActor,
	type EntityActor,
	type EventAction,
	type EventAsset,
	type EventType,
	type ShownEvent
} from '$lib/domain/events';
import { t, type MessageKey } from '$lib/i18n/i18n.svelte';

const ENTITY_ACTOR_LABELS: Record<EntityActor, MessageKey> = {
	system: 'events.actor.system',
	solution: 'events.actor.solution',
	scim: 'events.actor.scim'
};

/** The ACTOR NAME shown: a person's name, a localized entity, or Unknown once the person is gone. */
export function actorLabel(event: ShownEvent): string {
	if (event.actorGone) return t('events.actor.unknown');
	const entity = entityActor(event.actorId);
	return entity ? t(ENTITY_ACTOR_LABELS[entity]) : event.actorName;
}

export const ACTION_LABELS: Record<EventAction, MessageKey> = {
	Create: 'event.action.create',
	Edit: 'event.action.edit',
	Delete: 'event.action.delete'
};

export const ASSET_LABELS: Record<EventAsset, MessageKey> = {
	Account: 'event.asset.account',
	User: 'event.asset.user',
	Role: 'events.asset.role',
	'Account Manager': 'events.asset.account_manager',
	Order: 'events.asset.order',
	License: 'events.asset.license',
	'Support Log': 'events.asset.support_log',
	Integration: 'events.asset.integration',
	Phone: 'events.asset.phone',
	DID: 'events.asset.did',
	'DN Range': 'events.asset.dn_range',
	Group: 'events.asset.group',
	'Group Membership': 'events.asset.group_membership',
	'PBX User Profile': 'events.asset.pbx_user_profile',
	'Templated Services': 'events.asset.templated_services'
};

export const TYPE_LABELS: Record<EventType, MessageKey> = {
	Admin: 'events.type.admin',
	MiVB: 'events.type.mivb'
};

/** Every value, in the order the filter offers them (the reference guide's order). */
export const ALL_ACTIONS = Object.keys(ACTION_LABELS) as EventAction[];
export const ALL_ASSETS = Object.keys(ASSET_LABELS) as EventAsset[];
export const ALL_TYPES = Object.keys(TYPE_LABELS) as EventType[];
