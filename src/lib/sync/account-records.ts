import {
	isTombstone,
	mergeStored,
	sameStored,
	type Stamped,
	type Tombstone
} from '$lib/domain/records';
import { directoryEntryOf, isDirectoryEntry } from '$lib/domain/directory';
import { decodeStored, encodeRecord } from './records';
import { LOCAL_ORIGIN, type Room } from './room';

/**
 * Moving customer accounts' full records out of the workspace room (ARCHITECTURE.md, Replicated
 * documents). Versions before it kept each account's whole record in `ws:` (`accounts` map);
 * now `ws:` keeps its directory entry and the record lives in `acct:<id>` (`account` map). Data
 * stored on a device by an earlier version is moved the first time the account's room opens
 * (and by a pass over every account once the workspace room is open). The move adds no stamp:
 * two devices moving the same record write the same values, and merge to them.
 */

function storedRecord(value: unknown): Stamped<object> | Tombstone | null {
	if (isTombstone(value)) return value;
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
	return value;
}

/** Whether the workspace room still holds this customer account's full record. */
function isLegacyRecord(value: unknown): value is Stamped<object> {
	if (!value || isTombstone(value) || isDirectoryEntry(value)) return false;
	return typeof value === 'object' && (value as { isPartner?: unknown }).isPartner === false;
}

/** The customer accounts whose full record is still in the workspace room. */
export function accountsToMove(workspaceRoom: Room): string[] {
	const ids: string[] = [];
	for (const [id, stored] of workspaceRoom.map('accounts'))
		if (isLegacyRecord(decodeStored(stored))) ids.push(id);
	return ids;
}

/**
 * Moves one account's full record from the workspace room to its own room: first into the
 * account's room (merged with what it may already hold) and stored on the device, only then is
 * the workspace room's copy narrowed to the directory entry, so a tab closed in between loses
 * nothing (the move is simply made again).
 */
export async function moveAccountRecord(
	workspaceRoom: Room,
	accountRoom: Room,
	id: string
): Promise<void> {
	const legacy = decodeStored(workspaceRoom.map('accounts').get(id));
	if (!isLegacyRecord(legacy)) return;
	const records = accountRoom.map('account');
	const current = storedRecord(decodeStored(records.get(id)));
	const moved = current ? mergeStored(current, legacy) : legacy;
	if (!current || !sameStored(moved, current))
		accountRoom.doc.transact(() => records.set(id, encodeRecord(moved)), LOCAL_ORIGIN);
	await accountRoom.stored();
	// Read again: a remote change may have come in meanwhile (the merge keeps it a directory entry).
	const now = decodeStored(workspaceRoom.map('accounts').get(id));
	if (!isLegacyRecord(now)) return;
	workspaceRoom.doc.transact(
		() => workspaceRoom.map('accounts').set(id, encodeRecord(directoryEntryOf(now))),
		LOCAL_ORIGIN
	);
}
