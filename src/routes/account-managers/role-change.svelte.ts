import type { MessageKey } from '$lib/i18n/i18n.svelte';
import { t } from '$lib/i18n/i18n.svelte';
import { serviceContext } from '$lib/services/context';
import { convertToManagers, upgradeToAdministrators } from '$lib/services/managers.service';
import { session } from '$lib/state/session.svelte';

export type RoleChange = 'convert' | 'upgrade';

const TITLES: Record<RoleChange, MessageKey> = {
	convert: 'am.progress_convert',
	upgrade: 'am.progress_upgrade'
};

/**
 * A conversion or upgrade of several partner users, one person at a time so the progress bar
 * follows it (spec 14: confirmation → progress → "Close").
 */
export class RoleChangeRun {
	kind = $state<RoleChange | null>(null);
	done = $state(0);
	total = $state(0);
	running = $state(false);
	summary = $state('');

	get title(): string {
		return this.kind ? t(TITLES[this.kind]) : '';
	}

	async run(kind: RoleChange, personIds: readonly string[]): Promise<void> {
		const profile = session.profile;
		if (this.running || !profile) return;
		this.kind = kind;
		this.done = 0;
		this.total = personIds.length;
		this.summary = '';
		this.running = true;
		let changed = 0;
		try {
			const ctx = await serviceContext(profile);
			for (const id of personIds) {
				const result =
					kind === 'convert'
						? await convertToManagers(ctx, [id])
						: await upgradeToAdministrators(ctx, [id]);
				if ('error' in result) throw new Error(`${kind} refused: ${result.error.kind}`);
				changed += 'converted' in result.data ? result.data.converted : result.data.upgraded;
				this.done += 1;
			}
			this.summary = t(kind === 'convert' ? 'am.converted' : 'am.upgraded', { count: changed });
		} catch (error) {
			// What was done stays done (each person is one change); the rest can be tried again.
			console.warn('A role change stopped', error);
			this.summary = t('am.failed');
		} finally {
			this.running = false;
		}
	}

	dismiss(): void {
		if (!this.running) this.kind = null;
	}
}
