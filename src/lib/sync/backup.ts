import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { isRoomName } from '$relay/grants';
import { ROOM_DB_PREFIX, roomDatabaseName } from './room';
import { openRoom, projected, storedRooms } from './rooms';

/** Origin of the updates a restore applies: remote for the merge, like a relay's. */
const RESTORE_ORIGIN = 'restore';

/**
 * The rooms of a workspace kept on this device: every y-indexeddb database of the workspace
 * (so also rooms no tab has open now), plus any the caller knows of (the read model's list,
 * for a browser without `indexedDB.databases()`).
 */
export async function storedRoomNames(workspaceId: string, known: string[]): Promise<string[]> {
	const names = new Set(known.filter(isRoomName));
	const prefix = `${ROOM_DB_PREFIX}${workspaceId}-`;
	if (typeof indexedDB.databases === 'function')
		for (const db of await indexedDB.databases())
			if (db.name?.startsWith(prefix)) {
				const room = db.name.slice(prefix.length);
				if (isRoomName(room)) names.add(room);
			}
	// The workspace room first: a restore reads the directory before the accounts.
	const ws = `ws:${workspaceId}`;
	return [ws, ...[...names].filter((n) => n !== ws && !n.startsWith('ws:')).sort()];
}

/**
 * A room's whole state as this device stores it (one Yjs update), read from its database
 * without opening it as a room (no projection, no relay): what this tab's open rooms hold is
 * stored first, so their latest changes are in it.
 */
export async function storedRoomState(
	workspaceId: string,
	name: string
): Promise<Uint8Array<ArrayBuffer>> {
	await storedRooms(workspaceId);
	const doc = new Y.Doc();
	const persistence = new IndexeddbPersistence(roomDatabaseName(workspaceId, name), doc);
	try {
		await persistence.whenSynced;
		// A fresh buffer of its own (Yjs encodes into a new ArrayBuffer): transferable as it is.
		return Y.encodeStateAsUpdate(doc) as Uint8Array<ArrayBuffer>;
	} finally {
		await persistence.destroy();
		doc.destroy();
	}
}

/** Whether the bytes are a Yjs update this version can apply (checked on a scratch document). */
export function isRoomState(state: Uint8Array): boolean {
	try {
		Y.applyUpdate(new Y.Doc(), state);
		return true;
	} catch {
		return false;
	}
}

/**
 * Applies an exported state to a room of this device: Yjs merges it with what the room holds
 * (nothing the device has is lost; a record edited on both sides merges field by field), the
 * room stores it, and the read model follows. Resolves once it is stored and projected.
 */
export async function restoreRoomState(
	workspaceId: string,
	name: string,
	partnerAccountId: string | null,
	state: Uint8Array
): Promise<void> {
	const room = await openRoom(workspaceId, name, partnerAccountId);
	Y.applyUpdate(room.doc, state, RESTORE_ORIGIN);
	await room.stored();
	await projected(workspaceId);
}
