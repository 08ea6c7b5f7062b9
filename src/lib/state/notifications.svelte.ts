import type { AppNotification } from '$lib/domain/model';
import { LiveQuery } from '$lib/db/live-query.svelte';
import { listNotifications } from '$lib/db/notifications.query';
import { session } from './session.svelte';

/**
 * The current person's notifications. "Dismiss All" only hides what is there now from this
 * view: the list comes back on reload or when a new notification arrives (spec 19).
 */
class Notifications {
	#dismissedBefore = $state<string | null>(null);
	#all = new LiveQuery(
		() => session.profile,
		async (profile) => (profile ? listNotifications(profile.workspaceId, profile.personId) : []),
		[] as AppNotification[]
	);

	get visible(): AppNotification[] {
		const all = this.#all.current;
		const cut = this.#dismissedBefore;
		if (cut === null || all.some((n) => n.createdAt > cut)) return all;
		return [];
	}

	get unread(): number {
		return this.visible.filter((n) => !n.read).length;
	}

	dismissAll(): void {
		const newest = this.#all.current[0];
		this.#dismissedBefore = newest ? newest.createdAt : null;
	}
}

export const notifications = new Notifications();
