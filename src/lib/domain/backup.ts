/**
 * A workspace export ("Export workspace" / "Restore workspace", spec 19): one file with the state
 * of every room of the workspace this device holds, and what a browser needs to open it again
 * (who the person is, the workspace key of an administrator). Nothing of the read model: it is
 * rebuilt from the rooms on restore. The file is the person's own backup when no relay is used.
 */
import { isRoomName } from '$relay/grants';
import type { Profile, UserRole } from './model';

export const BACKUP_FORMAT = 'switchboard-workspace';
export const BACKUP_VERSION = 1;
/** The manifest's name inside the archive; each room's state is `rooms/<n>.bin`. */
export const BACKUP_MANIFEST = 'manifest.json';

export interface BackupManifest {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	exportedAt: string;
	appVersion: string;
	workspace: { id: string; name: string };
	person: { personId: string; accountId: string; name: string; email: string; role: UserRole };
	/** The workspace private key (JWK), on an administrator's export only. */
	workspaceKey?: JsonWebKey;
	/** The relay the device synced through, preset again after a restore (never connected by itself). */
	relayUrl?: string;
	/** Room names, in the order of their files (`rooms/0.bin`, ...). */
	rooms: string[];
}

const ID = /^[A-Za-z0-9-]{1,64}$/;

export function backupManifest(input: {
	profile: Profile;
	exportedAt: string;
	appVersion: string;
	rooms: string[];
	workspaceKey?: JsonWebKey;
	relayUrl?: string;
}): BackupManifest {
	const { profile } = input;
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: input.exportedAt,
		appVersion: input.appVersion,
		workspace: { id: profile.workspaceId, name: profile.workspaceName },
		person: {
			personId: profile.personId,
			accountId: profile.accountId,
			name: profile.name,
			email: profile.email,
			role: profile.role
		},
		...(input.workspaceKey ? { workspaceKey: input.workspaceKey } : {}),
		...(input.relayUrl ? { relayUrl: input.relayUrl } : {}),
		rooms: input.rooms
	};
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, max = 500): value is string {
	return typeof value === 'string' && value.length > 0 && value.length <= max;
}

/**
 * The manifest of a file that claims to be an export, or null: wrong format, a newer version,
 * missing fields, or room names that are not rooms of its workspace.
 */
export function parseBackupManifest(value: unknown): BackupManifest | null {
	if (!isObject(value) || value.format !== BACKUP_FORMAT || value.version !== BACKUP_VERSION)
		return null;
	const { workspace, person, rooms, workspaceKey, relayUrl } = value;
	if (!text(value.exportedAt) || typeof value.appVersion !== 'string') return null;
	if (!isObject(workspace)) return null;
	const { id: workspaceId, name: workspaceName } = workspace;
	if (!text(workspaceId, 64) || !ID.test(workspaceId) || !text(workspaceName)) return null;
	if (!isObject(person)) return null;
	const { personId, accountId, name, email, role } = person;
	if (![personId, accountId, name, email].every((v) => text(v))) return null;
	if (role !== 'partner' && role !== 'account_admin' && role !== 'user') return null;
	if (!Array.isArray(rooms) || rooms.length === 0 || rooms.length > 100_000) return null;
	const names = rooms.filter((r): r is string => typeof r === 'string' && isRoomName(r));
	if (names.length !== rooms.length || new Set(names).size !== names.length) return null;
	if (!names.includes(`ws:${workspaceId}`)) return null;
	if (names.some((r) => r.startsWith('ws:') && r !== `ws:${workspaceId}`)) return null;
	if (workspaceKey !== undefined && !isObject(workspaceKey)) return null;
	if (relayUrl !== undefined && !text(relayUrl, 2000)) return null;
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: value.exportedAt,
		appVersion: value.appVersion,
		workspace: { id: workspaceId, name: workspaceName },
		person: {
			personId: personId as string,
			accountId: accountId as string,
			name: name as string,
			email: email as string,
			role
		},
		...(workspaceKey ? { workspaceKey } : {}),
		...(typeof relayUrl === 'string' ? { relayUrl } : {}),
		rooms: names
	};
}

/** `Switchboard-<workspace>-<yyyy-mm-dd>.zip`, with only file-safe characters from the name. */
export function backupFileName(workspaceName: string, exportedAt: string): string {
	const safe = workspaceName
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `Switchboard-${safe || 'workspace'}-${exportedAt.slice(0, 10)}.zip`;
}
