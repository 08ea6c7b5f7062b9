import type { Profile } from '$lib/domain/model';
import { buildEvent, type EventRecord } from '$lib/domain/events';
import { conflictEventId } from '$lib/domain/invariants';
import { onConflict, type Conflict } from '$lib/sync/invariants';
import { parseStamp } from '$lib/domain/clock';
import type { Intent, IntentConflict, IntentKind } from '$lib/domain/intents';
import { getAccount } from '$lib/db/accounts.query';
import { partnerUsers } from '$lib/db/partner-users.query';
import { i18n } from '$lib/i18n/i18n.svelte';
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
	await appendEvents(ctx, conflictEvents(conflict, ctx.workspace.partnerAccountId));
	if (conflict.kind === 'rejected_record') return;
	if (conflict.kind === 'lost_intent') {
		await notifyLostIntent(profile, ctx.workspace.partnerAccountId, conflict.conflict);
		return;
	}
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

/**
 * Each of the two administrators whose intents met is told (spec 14): the one on this device, if
 * it is one of them, with the names of the manager and the account as this device knows them.
 */
async function notifyLostIntent(
	profile: Profile,
	partnerAccountId: string,
	conflict: IntentConflict<IntentKind>
): Promise<void> {
	const { winner, loser } = conflict;
	if (profile.personId !== winner.by.id && profile.personId !== loser.by.id) return;
	const [kind = '', personId = '', accountId = ''] = conflict.key.split(':');
	const people = await partnerUsers(profile.workspaceId, partnerAccountId);
	const manager = people.find((u) => u.id === personId)?.name ?? personId;
	const names = { winner: winner.by.name, loser: loser.by.name, manager };
	if (kind === 'assign') {
		const account = (await getAccount(profile.workspaceId, accountId))?.name ?? accountId;
		await notify(profile, 'info', 'notify.conflict_assignment', {
			...names,
			account,
			outcome: i18n.t(
				winner.kind === 'assign' ? 'notify.outcome.assign' : 'notify.outcome.unassign'
			)
		});
	} else {
		await notify(profile, 'info', 'notify.conflict_role', {
			...names,
			outcome: i18n.t(
				winner.kind === 'convert' ? 'notify.outcome.convert' : 'notify.outcome.upgrade'
			)
		});
	}
}

function intentSide(intent: Intent<IntentKind>): Record<string, string> {
	return {
		kind: intent.kind,
		byId: intent.by.id,
		by: intent.by.name,
		at: new Date(parseStamp(intent.stamp)?.wall ?? 0).toISOString()
	};
}

/** The history entries of a conflict (tag `conflict`, the details of both sides in the extra details). */
export function conflictEvents(conflict: Conflict, partnerAccountId = ''): EventRecord[] {
	if (conflict.kind === 'lost_intent') {
		const { key, winner, loser } = conflict.conflict;
		const [, personId = '', accountId] = key.split(':');
		return [
			buildEvent({
				id: conflictEventId(conflict.kind, [loser.id, winner.id]),
				accountId: partnerAccountId,
				actor: APP_ACTOR,
				asset: 'Account Manager',
				assetId: personId,
				eventDate: conflict.at,
				before: { intent: loser.kind },
				after: { intent: winner.kind },
				identity: [],
				logTags: ['conflict'],
				extra: {
					...(accountId ? { accountId } : {}),
					winner: intentSide(winner),
					loser: intentSide(loser)
				}
			})
		];
	}
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
