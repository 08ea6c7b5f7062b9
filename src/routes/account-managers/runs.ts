import type { AssignmentKind, RoleKind } from '$lib/domain/intents';
import { i18n, t } from '$lib/i18n/i18n.svelte';
import { serviceContext, type ServiceContext } from '$lib/services/context';
import {
	convertToManagers,
	setAssignments,
	upgradeToAdministrators
} from '$lib/services/managers.service';
import type { ProgressRun } from '$lib/state/progress-run.svelte';
import { session } from '$lib/state/session.svelte';

/** Accounts go in chunks, so the bar moves and no single change holds thousands of operations. */
const CHUNK = 200;

function context(): Promise<ServiceContext> {
	const profile = session.profile;
	if (!profile) return Promise.reject(new Error('Nobody is signed in'));
	return serviceContext(profile);
}

/** Converts or upgrades several partner users, one at a time so the bar follows it. */
export function changeRoles(
	run: ProgressRun,
	kind: RoleKind,
	personIds: readonly string[]
): Promise<void> {
	const convert = kind === 'convert';
	return run.run(
		t(convert ? 'am.progress_convert' : 'am.progress_upgrade'),
		personIds.length,
		t('am.failed'),
		async (step) => {
			const ctx = await context();
			let changed = 0;
			for (const id of personIds) {
				const result = convert
					? await convertToManagers(ctx, [id])
					: await upgradeToAdministrators(ctx, [id]);
				if ('error' in result) throw new Error(`${kind} refused: ${result.error.kind}`);
				changed += 'converted' in result.data ? result.data.converted : result.data.upgraded;
				step(1);
			}
			return t(convert ? 'am.converted' : 'am.upgraded', { count: changed });
		}
	);
}

/** Assigns (unassigns) accounts to (from) every one of the managers, in chunks. */
export function changeAssignments(
	run: ProgressRun,
	kind: AssignmentKind,
	managerIds: readonly string[],
	accountIds: readonly string[]
): Promise<void> {
	const assign = kind === 'assign';
	return run.run(
		t(assign ? 'am.progress_assign' : 'am.progress_unassign'),
		accountIds.length,
		t('am.failed'),
		async (step) => {
			const ctx = await context();
			for (let start = 0; start < accountIds.length; start += CHUNK) {
				const chunk = accountIds.slice(start, start + CHUNK);
				const result = await setAssignments(ctx, managerIds, chunk, kind);
				if ('error' in result) throw new Error(`${kind} refused: ${result.error.kind}`);
				step(chunk.length);
			}
			return i18n.plural(assign ? 'am.assigned_done' : 'am.unassigned_done', accountIds.length);
		}
	);
}
