import type { AppNotification, NotificationOutcome, Profile } from '$lib/domain/model';
import type { MessageKey, Params } from '$lib/i18n/i18n.svelte';
import {
	addNotification,
	deleteNotification,
	markNotificationsRead
} from '$lib/db/notifications.query';
import { newId } from './ids';

/** Adds a notification for a person on this device. */
export async function notify(
	profile: Profile,
	outcome: NotificationOutcome,
	text: MessageKey,
	params: Params = {},
	details = '',
	/** The same id twice is one notification (two tabs telling one change). */
	id: string = newId()
): Promise<void> {
	const notification: AppNotification = {
		id,
		personId: profile.personId,
		createdAt: new Date().toISOString(),
		outcome,
		text,
		params,
		details,
		read: false
	};
	await addNotification(profile.workspaceId, notification);
}

export async function removeNotification(profile: Profile, id: string): Promise<void> {
	await deleteNotification(profile.workspaceId, id);
}

export async function markAllRead(profile: Profile): Promise<void> {
	await markNotificationsRead(profile.workspaceId, profile.personId);
}
