/**
 * Whether the browser keeps this device's data (persistent storage) and how much it uses.
 * `navigator.storage` is optional: where it is missing the state stays unknown.
 */
class StorageState {
	#persisted = $state<boolean | null>(null);
	#usage = $state<number | null>(null);
	#quota = $state<number | null>(null);

	get persisted(): boolean | null {
		return this.#persisted;
	}
	get usage(): number | null {
		return this.#usage;
	}
	get quota(): number | null {
		return this.#quota;
	}

	async refresh(): Promise<void> {
		const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
		if (!storage) return;
		this.#persisted = await storage.persisted();
		const estimate = await storage.estimate();
		this.#usage = estimate.usage ?? null;
		this.#quota = estimate.quota ?? null;
	}

	/** Asks the browser to keep the data; resolves to whether it agreed. */
	async requestPersistence(): Promise<boolean> {
		const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
		if (!storage?.persist) return false;
		const granted = await storage.persist();
		await this.refresh();
		return granted;
	}
}

export const storageState = new StorageState();
