export type BulkKind = 'welcome' | 'reset' | 'delete';

/**
 * The bulk action running on the users page (one at a time): its progress for the progress bar
 * and, once done, its summary ("12 e-mails queued, 3 users skipped: not registered").
 */
export class BulkRun {
	kind = $state<BulkKind | null>(null);
	done = $state(0);
	total = $state(0);
	running = $state(false);
	summary = $state('');
	/** Counts finished runs, so views that show counts know when to load them again. */
	finished = $state(0);

	/** Runs `task`, which reports progress and resolves to the summary text. */
	async run(
		kind: BulkKind,
		total: number,
		task: (onProgress: (done: number, total: number) => void) => Promise<string>
	): Promise<void> {
		if (this.running) return;
		this.kind = kind;
		this.done = 0;
		this.total = total;
		this.summary = '';
		this.running = true;
		try {
			this.summary = await task((done, all) => {
				this.done = done;
				this.total = all;
			});
		} finally {
			this.running = false;
			this.finished += 1;
		}
	}

	dismiss(): void {
		if (this.running) return;
		this.kind = null;
		this.summary = '';
	}
}
