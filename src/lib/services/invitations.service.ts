import type { Profile } from '$lib/domain/model';
import type { FieldErrors } from '$lib/domain/validation';
import { eventRoomName } from '$lib/domain/events';
import { stampNew } from '$lib/domain/records';
import {
	newPartnerAdmin,
	validateJoin,
	type JoinField,
	type JoinInput
} from '$lib/domain/workspace';
import { deviceKeys, saveDeviceKeys } from '$lib/db/credentials.query';
import { saveProfile } from '$lib/db/profiles.query';
import { getWorkspace } from '$lib/db/workspace.query';
import { commit } from '$lib/sync/commit';
import { credentialsFor } from '$lib/sync/credentials';
import {
	ClaimFailed,
	claimInvitation,
	createInvitation,
	type ClaimError,
	type InvitePayload
} from '$lib/sync/invite';
import { relayClient } from '$lib/sync/relay-client';
import { openRoom, projected } from '$lib/sync/rooms';
import { clock } from './clock';
import { newId } from './ids';
import { notify } from './notifications.service';
import { saveRelaySetting } from './sync.service';
import { partnerAdminCreated } from './workspace.service';

export type InviteError = 'no_relay' | 'no_key' | 'relay_refused';

/**
 * "Invite Administrator": a link that works once, for 7 days, and lets the new administrator's
 * device join this workspace with the workspace key (ARCHITECTURE.md, Security, Invitations).
 * The device must be connected to a relay: the link names it, and the new device gets
 * everything through it.
 */
export async function inviteAdministrator(
	profile: Profile,
	origin: string
): Promise<{ link: string } | { error: InviteError }> {
	const relay = relayClient.snapshot().relayUrl;
	if (!relay) return { error: 'no_relay' };
	const keys = await deviceKeys(profile.workspaceId);
	const workspace = await getWorkspace(profile.workspaceId);
	if (!keys?.privateKey || !keys.privateKey.extractable || !workspace) return { error: 'no_key' };
	try {
		const link = await createInvitation({
			origin,
			relay,
			workspaceId: profile.workspaceId,
			workspaceName: workspace.name,
			workspaceKey: keys.privateKey
		});
		return { link };
	} catch (error: unknown) {
		console.warn('The relay did not keep the invitation', error);
		return { error: 'relay_refused' };
	}
}

export type JoinResult =
	| { data: Profile }
	| { error: { fields: FieldErrors<JoinField> } }
	| { error: { claim: ClaimError | 'no_sync' } };

/**
 * "Join": uses the invitation, makes this device an administrator's device of the workspace,
 * syncs the workspace from the relay, adds the person to its administrators (with their event)
 * and makes them this device's active profile. A failed join keeps nothing half made.
 */
export async function joinWorkspace(invite: InvitePayload, input: JoinInput): Promise<JoinResult> {
	const valid = validateJoin(input);
	if (!valid.ok) return { error: { fields: valid.errors } };
	let claimed;
	try {
		claimed = await claimInvitation(invite);
	} catch (error: unknown) {
		if (error instanceof ClaimFailed) return { error: { claim: error.reason } };
		throw error;
	}
	const personId = newId();
	await saveDeviceKeys(invite.ws, { privateKey: claimed.privateKey });
	const credentials = await credentialsFor(
		{ workspaceId: invite.ws, personId, role: 'partner' },
		claimed.publicKey
	);
	if (!credentials) return { error: { claim: 'invalid' } };
	const wsRoom = await openRoom(invite.ws, `ws:${invite.ws}`, null);
	await relayClient.connect(invite.relay, credentials);
	try {
		await relayClient.whenSynced(wsRoom);
		await projected(invite.ws);
	} catch (error: unknown) {
		console.warn('The workspace did not arrive from the relay', error);
		relayClient.disconnect();
		return { error: { claim: 'no_sync' } };
	}
	const workspace = await getWorkspace(invite.ws);
	if (!workspace) {
		relayClient.disconnect();
		return { error: { claim: 'no_sync' } };
	}

	const now = new Date().toISOString();
	const person = newPartnerAdmin(valid.value, {
		personId,
		partnerAccountId: workspace.partnerAccountId,
		now
	});
	const eventsRoom = await openRoom(
		invite.ws,
		eventRoomName(workspace.partnerAccountId, now),
		workspace.partnerAccountId
	);
	const event = partnerAdminCreated(person, now);
	commit(
		wsRoom,
		[{ map: 'users', id: person.id, value: stampNew(person, clock.now()) }],
		[{ room: eventsRoom, event }]
	);
	await projected(invite.ws);

	const profile: Profile = {
		id: newId(),
		workspaceId: workspace.id,
		workspaceName: workspace.name,
		personId,
		accountId: workspace.partnerAccountId,
		name: person.name,
		email: person.email,
		role: 'partner',
		createdAt: now,
		lastUsedAt: now
	};
	await saveRelaySetting(profile, invite.relay, true);
	await saveProfile(profile);
	await notify(profile, 'success', 'notify.workspace_joined', { name: workspace.name });
	return { data: profile };
}
