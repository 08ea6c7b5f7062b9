import { notify } from '$lib/services/notifications.service';
import { session } from '$lib/state/session.svelte';

export type BulkKind = 'welcome' | 'reset' | 'delete';

/** How a bulk action ended: its summary, and whether it failed (then `details` says why). */
export interface BulkOutcome {
	failed: boolean;
	summary: string;
	details?: string;
}

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

	/**
	 * Runs `task`, which reports progress and resolves to its outcome; the outcome is also kept as
	 * a notification naming the account (the person may have left the page by then).
	 */
	async run(
		kind: BulkKind,
		total: number,
		accountName: string,
		task: (onProgress: (done: number, total: number) => void) => Promise<BulkOutcome>
	): Promise<void> {
		if (this.running) return;
		this.kind = kind;
		this.done = 0;
		this.total = total;
		this.summary = '';
		this.running = true;
		try {
			const outcome = await task((done, all) => {
				this.done = done;
				this.total = all;
			});
			this.summary = outcome.summary;
			const profile = session.profile;
			if (profile)
				await notify(
					profile,
					outcome.failed ? 'error' : 'success',
					outcome.failed ? 'notify.bulk_failed' : 'notify.bulk_finished',
					{ account: accountName, summary: outcome.summary },
					outcome.details ?? ''
				);
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
