import type { AssignmentKind } from '$lib/domain/intents';
import { i18n, t } from '$lib/i18n/i18n.svelte';
import { serviceContext } from '$lib/services/context';
import { setAssignments } from '$lib/services/managers.service';
import { session } from '$lib/state/session.svelte';

/** Accounts go in chunks, so the bar moves and no single change holds thousands of operations. */
const CHUNK = 200;

/** Assigning or unassigning accounts for managers, with its progress (spec 14). */
export class AssignmentRun {
	kind = $state<AssignmentKind | null>(null);
	done = $state(0);
	total = $state(0);
	running = $state(false);
	summary = $state('');

	get title(): string {
		if (!this.kind) return '';
		return t(this.kind === 'assign' ? 'am.progress_assign' : 'am.progress_unassign');
	}

	async run(
		kind: AssignmentKind,
		managerIds: readonly string[],
		accountIds: readonly string[]
	): Promise<void> {
		const profile = session.profile;
		if (this.running || !profile) return;
		this.kind = kind;
		this.done = 0;
		this.total = accountIds.length;
		this.summary = '';
		this.running = true;
		try {
			const ctx = await serviceContext(profile);
			for (let start = 0; start < accountIds.length; start += CHUNK) {
				const chunk = accountIds.slice(start, start + CHUNK);
				const result = await setAssignments(ctx, managerIds, chunk, kind);
				if ('error' in result) throw new Error(`${kind} refused: ${result.error.kind}`);
				this.done += chunk.length;
			}
			this.summary = i18n.plural(
				kind === 'assign' ? 'am.assigned_done' : 'am.unassigned_done',
				accountIds.length
			);
		} catch (error) {
			// Chunks done stay done; what is left can be tried again.
			console.warn('An assignment stopped', error);
			this.summary = t('am.failed');
		} finally {
			this.running = false;
		}
	}

	dismiss(): void {
		if (!this.running) this.kind = null;
	}
}
