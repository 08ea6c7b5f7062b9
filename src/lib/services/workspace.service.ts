import type { Locale } from '$lib/domain/locale';
import type { Profile, User } from '$lib/domain/model';
import type { FieldErrors } from '$lib/domain/validation';
import { buildEvent, eventRoomName, type EventRecord } from '$lib/domain/events';
import { stampNew } from '$lib/domain/records';
import {
	newAccountNumber,
	newWorkspaceRecords,
	validateCreateWorkspace,
	type CreateWorkspaceField,
	type CreateWorkspaceInput
} from '$lib/domain/workspace';
import { saveProfile } from '$lib/db/profiles.query';
import { commit } from '$lib/sync/commit';
import { generateWorkspaceKeys } from '$lib/sync/keys';
import { openRoom, projected } from '$lib/sync/rooms';
import { clock } from './clock';
import { newId, randomBillion } from './ids';
import { notify } from './notifications.service';

export type CreateWorkspaceResult =
	{ data: Profile } | { error: { fields: FieldErrors<CreateWorkspaceField> } };

/**
 * First run: creates the partner workspace, its partner account and the person as its first
 * partner administrator, with their events, and makes that person this device's active profile.
 */
export async function createWorkspace(
	input: CreateWorkspaceInput,
	locale: Locale
): Promise<CreateWorkspaceResult> {
	const valid = validateCreateWorkspace(input);
	if (!valid.ok) return { error: { fields: valid.errors } };

	const keys = await generateWorkspaceKeys();
	const now = new Date().toISOString();
	const ids = {
		workspaceId: newId(),
		partnerAccountId: newId(),
		personId: newId(),
		accountNumber: newAccountNumber(new Set(), randomBillion),
		now,
		locale,
		publicKey: keys.publicKey
	};
	const { workspace, account, person } = newWorkspaceRecords(valid.value, ids);

	const wsRoom = await openRoom(ids.workspaceId, `ws:${ids.workspaceId}`, ids.partnerAccountId);
	const eventsRoom = await openRoom(
		ids.workspaceId,
		eventRoomName(ids.partnerAccountId, now),
		ids.partnerAccountId
	);
	const actor = { id: person.id, name: person.name };
	const stamp = clock.now();
	const accountEvent = buildEvent({
		id: newId(),
		accountId: account.id,
		actor,
		asset: 'Account',
		assetId: account.id,
		eventDate: now,
		before: null,
		after: { ...account },
		identity: ['name', 'accountNumber']
	});
	const personEvent = partnerAdminCreated(person, now);
	commit(
		wsRoom,
		[
			{ map: 'workspace', id: workspace.id, value: stampNew(workspace, stamp) },
			{ map: 'accounts', id: account.id, value: stampNew(account, stamp) },
			{ map: 'users', id: person.id, value: stampNew(person, stamp) }
		],
		[
			{ room: eventsRoom, event: accountEvent },
			{ room: eventsRoom, event: personEvent }
		]
	);
	await projected(ids.workspaceId);

	const profile: Profile = {
		id: newId(),
		workspaceId: workspace.id,
		workspaceName: workspace.name,
		personId: person.id,
		accountId: account.id,
		name: person.name,
		email: person.email,
		role: 'partner',
		createdAt: now,
		lastUsedAt: now
	};
	await saveProfile(profile, keys.privateKey);
	await notify(profile, 'success', 'notify.workspace_created', { name: workspace.name });
	return { data: profile };
}

/** The Create event of a partner administrator (who made the workspace, or joined it). */
export function partnerAdminCreated(person: User, now: string): EventRecord {
	return buildEvent({
		id: newId(),
		accountId: person.accountId,
		actor: { id: person.id, name: person.name },
		asset: 'User',
		assetId: person.id,
		eventDate: now,
		before: null,
		after: { ...person },
		identity: ['name', 'email']
	});
}
