import { version } from '$app/environment';
import type { Profile } from '$lib/domain/model';
import {
	backupFileName,
	backupManifest,
	parseBackupManifest,
	type BackupManifest
} from '$lib/domain/backup';
import { deviceKeys, saveDeviceKeys } from '$lib/db/credentials.query';
import { listProfiles, saveProfile } from '$lib/db/profiles.query';
import { projectedRoomNames } from '$lib/db/readmodel';
import { getWorkspace } from '$lib/db/workspace.query';
import { workspaceDb } from '$lib/db/workspace.db';
import { isRoomState, restoreRoomState, storedRoomNames, storedRoomState } from '$lib/sync/backup';
import { exportWorkspaceKey, importWorkspaceKey } from '$lib/sync/keys';
import { exportWorker } from '$lib/workers/export';
import { newId } from './ids';
import { notify } from './notifications.service';
import { saveRelaySetting, savedRelayUrl } from './sync.service';

export type BackupError = 'failed';
export type RestoreError = 'invalid' | 'failed';

/**
 * "Export workspace": one file with the state of every room of the workspace this device holds
 * and the manifest a browser needs to open it again (made in the export worker). An
 * administrator's file also holds the workspace key, so that a restored device can sign and
 * invite again: the page says to keep it safe.
 */
export async function exportWorkspace(
	profile: Profile
): Promise<
	{ data: { bytes: Uint8Array<ArrayBuffer>; fileName: string } } | { error: BackupError }
> {
	const names = await storedRoomNames(
		profile.workspaceId,
		await projectedRoomNames(workspaceDb(profile.workspaceId))
	);
	const rooms = [];
	for (const name of names)
		rooms.push({ name, state: await storedRoomState(profile.workspaceId, name) });
	const keys = await deviceKeys(profile.workspaceId);
	const relayUrl = await savedRelayUrl(profile);
	const exportedAt = new Date().toISOString();
	const manifest = backupManifest({
		profile,
		exportedAt,
		appVersion: version,
		rooms: names,
		...(keys?.privateKey?.extractable
			? { workspaceKey: await exportWorkspaceKey(keys.privateKey) }
			: {}),
		...(relayUrl ? { relayUrl } : {})
	});
	const packed = await exportWorker.packBackup(JSON.stringify(manifest), rooms);
	if ('error' in packed) {
		console.warn('The workspace export failed', packed.error);
		return { error: 'failed' };
	}
	return {
		data: { bytes: packed.data, fileName: backupFileName(profile.workspaceName, exportedAt) }
	};
}

/**
 * "Restore workspace": reads an export (in the worker), checks it all before anything is
 * written, then merges every room into this device (a fresh browser gets the workspace; one
 * that has it keeps everything it has and gains what the file adds), rebuilds the read model
 * from the rooms and makes the exported person this device's active profile. A file that is not
 * a valid export changes nothing.
 */
export async function restoreWorkspace(
	file: Uint8Array<ArrayBuffer>
): Promise<{ data: Profile } | { error: RestoreError }> {
	const unpacked = await exportWorker.unpackBackup(file);
	if ('error' in unpacked) {
		console.warn('The workspace file could not be read', unpacked.error);
		return { error: 'failed' };
	}
	if (!unpacked.data) return { error: 'invalid' };
	const manifest = parseBackupManifest(unpacked.data.manifest);
	const { states } = unpacked.data;
	if (!manifest || states.length !== manifest.rooms.length || !states.every(isRoomState))
		return { error: 'invalid' };
	let workspaceKey: CryptoKey | null = null;
	if (manifest.workspaceKey) {
		try {
			workspaceKey = await importWorkspaceKey(manifest.workspaceKey);
		} catch {
			return { error: 'invalid' };
		}
	}

	const workspaceId = manifest.workspace.id;
	// The workspace room first: it says which account is the partner's.
	const [wsState, ...others] = states;
	if (!wsState) return { error: 'invalid' };
	await restoreRoomState(workspaceId, `ws:${workspaceId}`, null, wsState);
	const workspace = await getWorkspace(workspaceId);
	if (!workspace) return { error: 'invalid' };
	for (const [i, state] of others.entries()) {
		const name = manifest.rooms[i + 1];
		if (name) await restoreRoomState(workspaceId, name, workspace.partnerAccountId, state);
	}
	if (workspaceKey) await saveDeviceKeys(workspaceId, { privateKey: workspaceKey });

	const profile = await profileFor(manifest, workspace.name);
	await saveProfile(profile);
	if (manifest.relayUrl) await saveRelaySetting(profile, manifest.relayUrl, false);
	await notify(profile, 'success', 'notify.workspace_restored', { name: workspace.name });
	return { data: profile };
}

/** The device's profile of the exported person, or a new one. */
async function profileFor(manifest: BackupManifest, workspaceName: string): Promise<Profile> {
	const now = new Date().toISOString();
	const existing = (await listProfiles()).find(
		(p) => p.workspaceId === manifest.workspace.id && p.personId === manifest.person.personId
	);
	if (existing) return { ...existing, workspaceName, lastUsedAt: now };
	return {
		id: newId(),
		workspaceId: manifest.workspace.id,
		workspaceName,
		...manifest.person,
		createdAt: now,
		lastUsedAt: now
	};
}
