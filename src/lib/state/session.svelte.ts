import type { Profile } from '$lib/domain/model';
import { LiveQuery } from '$lib/db/live-query.svelte';
import { activeProfile, listProfiles } from '$lib/db/profiles.query';

/**
 * Who is using the app in this tab: the active profile of this device (null before the first
 * workspace or after "Sign out") and the other profiles to switch to. Follows other tabs.
 */
class Session {
	#profile = new LiveQuery(() => null, activeProfile, null as Profile | null);
	#profiles = new LiveQuery(() => null, listProfiles, [] as Profile[]);

	get profile(): Profile | null {
		return this.#profile.current;
	}

	/** False until the device database answered. */
	get ready(): boolean {
		return this.#profile.ready;
	}

	get profiles(): Profile[] {
		return this.#profiles.current;
	}
}

export const session = new Session();
