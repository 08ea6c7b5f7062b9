import type { Profile } from '$lib/domain/model';
import { buildEvent, type EventRecord } from '$lib/domain/events';
import { conflictEventId } from '$lib/domain/invariants';
import { onConflict, type Conflict } from '$lib/sync/invariants';
import { serviceContext } from './context';
import { handleError } from './handle-error';
import { notify } from './notifications.service';
import { appendEvents } from './writes';

/** Events of conflicts name the system as their actor: no person made the outcome. */
const APP_ACTOR = { id: 'system', name: 'System' };

/**
 * Says what a check after a merge found (sync/invariants.ts): an event tagged `conflict` in the
 * account's history (one id per conflict, so every device that found it writes the same one)
 * and a notification for the person on this device. Returns the stop.
 */
export function reportConflicts(profile: Profile): () => void {
	return onConflict((conflict) => {
		report(profile, conflict).catch((error: unknown) => handleError(error, 'Reporting a conflict'));
	});
}

async function report(profile: Profile, conflict: Conflict): Promise<void> {
	const ctx = await serviceContext(profile);
	await appendEvents(ctx, conflictEvents(conflict));
	if (conflict.kind === 'rejected_record') return;
	if (conflict.kind === 'duplicate_email') {
		await notify(profile, 'error', 'notify.conflict_email', {
			email: conflict.email,
			names: conflict.users.map((u) => u.name).join(', ')
		});
	} else {
		for (const moved of conflict.renumbered)
			await notify(profile, 'info', 'notify.conflict_account_id', {
				number: conflict.accountNumber,
				kept: conflict.keeper.name,
				moved: moved.name,
				to: moved.to
			});
	}
}

/** The history entries of a conflict (tag `conflict`, the details of both sides in the extra details). */
export function conflictEvents(conflict: Conflict): EventRecord[] {
	if (conflict.kind === 'rejected_record') {
		// Only the room's own account gets the entry (a workspace-room record names no such room).
		if (!conflict.accountId) return [];
		const identity = { id: conflict.recordId, accountId: conflict.claimedAccountId };
		return [
			buildEvent({
				id: conflictEventId(conflict.kind, [conflict.room, conflict.recordId]),
				accountId: conflict.accountId,
				actor: APP_ACTOR,
				asset: 'User',
				assetId: conflict.recordId,
				eventDate: conflict.at,
				before: identity,
				after: identity,
				identity: ['accountId'],
				logTags: ['rejected'],
				extra: { room: conflict.room, reason: 'the record names another account' }
			})
		];
	}
	if (conflict.kind === 'duplicate_email') {
		const [first] = conflict.users;
		if (!first) return [];
		const identity = { email: conflict.email };
		return [
			buildEvent({
				id: conflictEventId(
					conflict.kind,
					conflict.users.map((u) => u.id)
				),
				accountId: conflict.accountId,
				actor: APP_ACTOR,
				asset: 'User',
				assetId: first.id,
				eventDate: conflict.at,
				before: identity,
				after: identity,
				identity: ['email'],
				logTags: ['conflict', 'duplicate-email'],
				extra: { users: conflict.users.map((u) => ({ id: u.id, name: u.name })) }
			})
		];
	}
	return conflict.renumbered.map((moved) =>
		buildEvent({
			id: conflictEventId(conflict.kind, [conflict.keeper.id, moved.id]),
			accountId: moved.id,
			actor: APP_ACTOR,
			asset: 'Account',
			assetId: moved.id,
			eventDate: conflict.at,
			before: { name: moved.name, accountNumber: conflict.accountNumber },
			after: { name: moved.name, accountNumber: moved.to },
			identity: ['name'],
			logTags: ['conflict', 'duplicate-account-id'],
			extra: { keptBy: { id: conflict.keeper.id, name: conflict.keeper.name } }
		})
	);
}
