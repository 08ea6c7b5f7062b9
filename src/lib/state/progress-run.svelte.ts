/**
 * One change of many items that shows its progress (spec 14: confirmation → progress → "Close"):
 * what runs, how far it is, and once done what it did. `ProgressDialog` shows it.
 */
export class ProgressRun {
	/** What runs, e.g. "Convert to Account Managers"; '' when nothing is shown. */
	title = $state('');
	done = $state(0);
	total = $state(0);
	running = $state(false);
	summary = $state('');

	/**
	 * Runs `task`, which reports each item done with `step` and resolves to its summary; a failure
	 * shows `failed` (what was done stays done, the rest can be tried again).
	 */
	async run(
		title: string,
		total: number,
		failed: string,
		task: (step: (items: number) => void) => Promise<string>
	): Promise<void> {
		if (this.running) return;
		this.title = title;
		this.done = 0;
		this.total = total;
		this.summary = '';
		this.running = true;
		try {
			this.summary = await task((items) => (this.done += items));
		} catch (error) {
			console.warn(`${title} stopped`, error);
			this.summary = failed;
		} finally {
			this.running = false;
		}
	}

	dismiss(): void {
		if (!this.running) this.title = '';
	}
}
