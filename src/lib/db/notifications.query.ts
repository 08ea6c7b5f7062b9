import type { AppNotification } from '$lib/domain/model';
import { parseNotification } from '$lib/domain/schema';
import { workspaceDb } from './workspace.db';

/** A person's notifications on this device, newest first. */
export async function listNotifications(
	workspaceId: string,
	personId: string
): Promise<AppNotification[]> {
	const rows = await workspaceDb(workspaceId)
		.notifications.where('personId')
		.equals(personId)
		.toArray();
	return rows
		.map(parseNotification)
		.filter((n): n is AppNotification => n !== null)
		.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function addNotification(
	workspaceId: string,
	notification: AppNotification
): Promise<void> {
	await workspaceDb(workspaceId).notifications.put(notification);
}

export async function deleteNotification(workspaceId: string, id: string): Promise<void> {
	await workspaceDb(workspaceId).notifications.delete(id);
}

export async function markNotificationsRead(workspaceId: string, personId: string): Promise<void> {
	await workspaceDb(workspaceId)
		.notifications.where('personId')
		.equals(personId)
		.modify({ read: true });
}
