import type { Profile } from '$lib/domain/model';
import { t } from '$lib/i18n/i18n.svelte';
import { toasts } from '$lib/state/toasts.svelte';
import { serviceContext } from '$lib/services/context';
import { handleError } from '$lib/services/handle-error';
import { notify } from '$lib/services/notifications.service';
import type { SampleError } from '$lib/services/sample-data.service';

type Kind = 'load' | 'remove';

const ERRORS = {
	forbidden: 'dashboard.sample_forbidden',
	not_empty: 'dashboard.sample_not_empty',
	not_loaded: 'dashboard.sample_not_loaded'
} as const satisfies Record<SampleError, string>;

/**
 * The sample data run of this tab. It lives outside the dashboard component so a person can
 * leave the dashboard while it runs and find the progress bar again when they come back.
 *
 * ```ts
 * void sampleRun.load(profile);
 * sampleRun.kind; // 'load' while running, null when done
 * ```
 */
class SampleRun {
	#kind = $state<Kind | null>(null);
	#done = $state(0);
	#total = $state(0);

	get kind(): Kind | null {
		return this.#kind;
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

	load(profile: Profile): Promise<void> {
		return this.#run('load', profile);
	}

	remove(profile: Profile): Promise<void> {
		return this.#run('remove', profile);
	}

	async #run(kind: Kind, profile: Profile): Promise<void> {
		if (this.#kind) return;
		this.#kind = kind;
		this.#done = 0;
		this.#total = 0;
		const progress = (done: number, total: number) => {
			this.#done = done;
			this.#total = total;
		};
		try {
			// The generator and its name lists load only when someone asks for sample data.
			const service = await import('$lib/services/sample-data.service');
			const ctx = await serviceContext(profile);
			const result =
				kind === 'load'
					? await service.loadSampleData(ctx, progress)
					: await service.removeSampleData(ctx, progress);
			if ('error' in result) {
				toasts.show('error', t(ERRORS[result.error]));
				return;
			}
			const params = { ...result.data };
			const key = kind === 'load' ? 'dashboard.sample_loaded' : 'dashboard.sample_removed';
			toasts.show('success', t(key, params));
			await notify(profile, 'success', key, params);
		} catch (error) {
			handleError(error);
		} finally {
			this.#kind = null;
		}
	}
}

export const sampleRun = new SampleRun();
