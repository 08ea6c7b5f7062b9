import * as Y from 'yjs';
import { grantDevices, isGrant, readSigned, verifySignature } from '$relay/grants';
import type { Credentials } from './credentials';
import { decodeStored, encodeRecord } from './records';
import type { Room } from './room';

/**
 * The people/device registry of the workspace room (ARCHITECTURE.md, Replicated documents): each
 * device of a partner user leaves the grant it connects with, so that an administrator who signs
 * that person's grant later (an account manager's, spec 14) can name every device of theirs.
 * Entries are keyed `<personId> <device key>`.
 *
 * An entry proves itself: its grant is signed with the workspace key and names the person and the
 * device. A device that may write the workspace room (a manager's) so cannot add a key of its own
 * under someone else's name: it has no workspace-signed grant naming that key for that person.
 */
export const DEVICES_MAP = 'devices';

/** The origin of this device's own registry writes. */
const DEVICE_ORIGIN = 'device-registry';

interface DeviceEntry {
	person: string;
	device: string;
	grant: string;
}

/** Leaves this device's grant in the registry (once; again when the grant changed). */
export function registerDevice(room: Room, credentials: Credentials): void {
	const { grant, signedGrant } = credentials;
	if (grant.person !== credentials.person.personId) return;
	const map = room.map(DEVICES_MAP);
	const key = `${grant.person} ${grant.device}`;
	const entry: DeviceEntry = { person: grant.person, device: grant.device, grant: signedGrant };
	const existing = decodeStored(map.get(key));
	if (isEntry(existing) && existing.grant === signedGrant) return;
	room.doc.transact(() => map.set(key, encodeRecord(entry)), DEVICE_ORIGIN);
}

const verified = new Map<string, boolean>();

/**
 * The device keys of `personId` the registry proves (sorted): each entry's grant is signed by the
 * workspace key and names that person and that device. Revoked grants prove nothing.
 */
export async function devicesOf(
	room: Room,
	personId: string,
	workspaceKey: CryptoKey
): Promise<string[]> {
	const devices = new Set<string>();
	const map = room.map(DEVICES_MAP);
	for (const [key, stored] of map) {
		if (!key.startsWith(`${personId} `)) continue;
		const entry = decodeStored(stored);
		if (!isEntry(entry) || entry.person !== personId) continue;
		if (await proves(entry, room.workspaceId, workspaceKey)) devices.add(entry.device);
	}
	return [...devices].sort();
}

/** Calls `listener` after each change of the registry; returns the stop. */
export function onDevicesChange(room: Room, listener: () => void): () => void {
	const map = room.map(DEVICES_MAP);
	const observer = (_event: Y.YMapEvent<unknown>) => listener();
	map.observe(observer);
	return () => map.unobserve(observer);
}

async function proves(entry: DeviceEntry, workspaceId: string, key: CryptoKey): Promise<boolean> {
	// The whole entry is what is proved (the same grant filed under another person proves nothing).
	const cacheKey = `${workspaceId} ${entry.person} ${entry.device} ${entry.grant}`;
	const known = verified.get(cacheKey);
	if (known !== undefined) return known;
	const read = readSigned(entry.grant);
	const grant = read && isGrant(read.value) ? read.value : null;
	const ok =
		!!read &&
		!!grant &&
		grant.ws === workspaceId &&
		grant.person === entry.person &&
		!grant.revoked &&
		grantDevices(grant).includes(entry.device) &&
		(await verifySignature(read.payload, read.signature, key));
	verified.set(cacheKey, ok);
	return ok;
}

function isEntry(value: unknown): value is DeviceEntry {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	return (
		typeof v.person === 'string' && typeof v.device === 'string' && typeof v.grant === 'string'
	);
}
