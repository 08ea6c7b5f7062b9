export type SyncState = 'synced' | 'syncing' | 'offline' | 'not_syncing' | 'error';

/**
 * What the top bar says about syncing. Until a relay is configured (Settings, a later issue)
 * the device keeps everything locally and the state is `not_syncing`.
 */
class SyncStatus {
	#relayUrl = $state<string>('');
	#online = $state<boolean>(typeof navigator === 'undefined' ? true : navigator.onLine);
	#pending = $state(0);
	#lastSync = $state<string | null>(null);

	constructor() {
		if (typeof window === 'undefined') return;
		window.addEventListener('online', () => (this.#online = true));
		window.addEventListener('offline', () => (this.#online = false));
	}

	get state(): SyncState {
		if (!this.#relayUrl) return 'not_syncing';
		if (!this.#online) return 'offline';
		return this.#pending > 0 ? 'syncing' : 'synced';
	}

	get relayUrl(): string {
		return this.#relayUrl;
	}
	get pending(): number {
		return this.#pending;
	}
	get lastSync(): string | null {
		return this.#lastSync;
	}
	get online(): boolean {
		return this.#online;
	}
}

export const syncStatus = new SyncStatus();
