import { relayClient, type RelaySnapshot, type RelayState } from '$lib/sync/relay-client';

export type SyncState = RelayState;

/**
 * What the top bar says about syncing, following the relay connection (sync/relay-client.ts):
 * `not_syncing` until the person connects a relay in Settings.
 */
class SyncStatus {
	#snapshot = $state.raw<RelaySnapshot>(relayClient.snapshot());

	constructor() {
		relayClient.onChange((snapshot) => (this.#snapshot = snapshot));
	}

	get state(): SyncState {
		return this.#snapshot.state;
	}

	get relayUrl(): string {
		return this.#snapshot.relayUrl;
	}
	get pending(): number {
		return this.#snapshot.pending;
	}
	get lastSync(): string | null {
		return this.#snapshot.lastSync;
	}
	/** The relay's reason when it refused this device (state `error`). */
	get error(): string | null {
		return this.#snapshot.error;
	}
}

export const syncStatus = new SyncStatus();
