/**
 * Spreadsheets opened with the installed app (the manifest's `file_handlers`; spec 12, "Opening
 * files from the desktop"): the file arrives through `launchQueue`, the person picks the account,
 * and that account's Users page opens the import preview with it.
 */
interface LaunchParams {
	files: readonly { getFile(): Promise<File> }[];
}
interface LaunchQueue {
	setConsumer(consumer: (params: LaunchParams) => void): void;
}

class LaunchFiles {
	/** A file opened with the app, waiting for the person to choose its account. */
	file = $state.raw<File | null>(null);
	#chosen = $state.raw<{ accountId: string; file: File } | null>(null);

	/** Starts listening (once, at start-up); browsers without the API never call it. */
	listen(): void {
		const queue = (window as { launchQueue?: LaunchQueue }).launchQueue;
		queue?.setConsumer((params) => {
			const handle = params.files[0];
			if (!handle) return;
			handle.getFile().then(
				(file) => (this.file = file),
				(error: unknown) => console.warn('The opened file could not be read', error)
			);
		});
	}

	/** The person chose the account: its Users page takes the file (`take`). */
	choose(accountId: string): void {
		if (this.file) this.#chosen = { accountId, file: this.file };
		this.file = null;
	}

	dismiss(): void {
		this.file = null;
	}

	/** The file chosen for this account, once. */
	take(accountId: string): File | null {
		const chosen = this.#chosen;
		if (!chosen || chosen.accountId !== accountId) return null;
		this.#chosen = null;
		return chosen.file;
	}
}

export const launchFiles = new LaunchFiles();
