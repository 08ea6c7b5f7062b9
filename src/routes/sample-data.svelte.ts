import type { Profile } from '$lib/domain/model';
import { t, type MessageKey } from '$lib/i18n/i18n.svelte';
import type { SampleSize } from '$lib/sample/sample-data.sizes';
import { toasts } from '$lib/state/toasts.svelte';
import { serviceContext } from '$lib/services/context';
import { handleError } from '$lib/services/handle-error';
import { notify } from '$lib/services/notifications.service';
import type { Result } from '$lib/domain/result';
import type { Progress, SampleError, SampleSummary } from '$lib/services/sample-data.service';

type Kind = 'load' | 'remove';
type Service = typeof import('$lib/services/sample-data.service');
type Task = (
	service: Service,
	ctx: Awaited<ReturnType<typeof serviceContext>>,
	onProgress: Progress,
	signal: AbortSignal
) => Promise<Result<SampleSummary, SampleError>>;

const ERRORS = {
	forbidden: 'dashboard.sample_forbidden',
	not_empty: 'dashboard.sample_not_empty',
	already_loaded: 'dashboard.sample_already_loaded',
	not_loaded: 'dashboard.sample_not_loaded'
} as const satisfies Record<Exclude<SampleError, 'cancelled'>, MessageKey>;

/**
 * The sample data run of this tab. It lives outside the dashboard component so a person can
 * leave the dashboard while it runs and find the progress bar again when they come back.
 *
 * ```ts
 * void sampleRun.load(profile, 'large');
 * sampleRun.kind; // 'load' while running, null when done
 * sampleRun.cancel(); // stops it; what it had added is removed (sampleRun.cancelling meanwhile)
 * ```
 */
class SampleRun {
	#kind = $state<Kind | null>(null);
	#cancelling = $state(false);
	#done = $state(0);
	#total = $state(0);
	#stop: AbortController | null = null;

	get kind(): Kind | null {
		return this.#kind;
	}
	/** A cancelled load is taking away what it had added. */
	get cancelling(): boolean {
		return this.#cancelling;
	}
	get done(): number {
		return this.#done;
	}
	get total(): number {
		return this.#total;
	}
	/** Whole percent done, for the progress bar. */
	get percent(): number {
		return this.#total > 0 ? Math.floor((this.#done / this.#total) * 100) : 0;
	}
	/** What the progress bar is doing, in words (also its accessible name). */
	get label(): string {
		if (this.#kind === 'remove') return t('dashboard.sample_removing');
		return this.#cancelling ? t('dashboard.sample_cancelling') : t('dashboard.sample_loading');
	}

	load(profile: Profile, size: SampleSize): Promise<void> {
		return this.#run('load', profile, (service, ctx, onProgress, signal) =>
			service.loadSampleData(ctx, size, { onProgress, signal })
		);
	}

	remove(profile: Profile): Promise<void> {
		return this.#run('remove', profile, (service, ctx, onProgress) =>
			service.removeSampleData(ctx, onProgress)
		);
	}

	/** Stops the running load; it removes what it had added before it ends. */
	cancel(): void {
		if (this.#kind !== 'load' || !this.#stop || this.#cancelling) return;
		this.#cancelling = true;
		this.#done = 0;
		this.#stop.abort();
	}

	async #run(kind: Kind, profile: Profile, task: Task): Promise<void> {
		if (this.#kind) return;
		this.#kind = kind;
		this.#cancelling = false;
		this.#done = 0;
		this.#total = 0;
		const stop = new AbortController();
		this.#stop = stop;
		const onProgress: Progress = (done, total, phase) => {
			// A chunk that was under way when Cancel came still reports; the bar shows the removal.
			if (this.#cancelling && phase === 'load') return;
			this.#done = done;
			this.#total = total;
		};
		try {
			// The generator and its name lists load only when someone asks for sample data.
			const service = await import('$lib/services/sample-data.service');
			const result = await task(service, await serviceContext(profile), onProgress, stop.signal);
			if ('error' in result) {
				if (result.error === 'cancelled') toasts.show('info', t('dashboard.sample_cancelled'));
				else toasts.show('error', t(ERRORS[result.error]));
				return;
			}
			await this.#report(profile, kind, result.data);
		} catch (error) {
			handleError(error);
		} finally {
			this.#kind = null;
			this.#cancelling = false;
			this.#stop = null;
		}
	}

	async #report(profile: Profile, kind: Kind, summary: SampleSummary): Promise<void> {
		const params = { ...summary };
		const key = kind === 'load' ? 'dashboard.sample_loaded' : 'dashboard.sample_removed';
		toasts.show('success', t(key, params));
		await notify(profile, 'success', key, params);
	}
}

export const sampleRun = new SampleRun();
