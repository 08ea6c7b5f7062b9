import {
	CLOCK_SKEW_MS,
	GRANT_PROTOCOL_PREFIX,
	PROTOCOL,
	TOKEN_MAX_LIFETIME_MS,
	TOKEN_PROTOCOL_PREFIX,
	grantCovers,
	grantDevices,
	importPublicKey,
	isGrant,
	isToken,
	readSigned,
	verifySignature,
	type Grant
} from './grants.js';
import type { Persistence } from './persistence.js';

/** Close codes (4000–4999 are the application's). */
export const CLOSE = {
	unauthorized: 4401,
	forbidden: 4403,
	badMessage: 4400,
	tooManyConnections: 4429,
	/** ws closes an oversized message itself with 1009. */
	tooBig: 1009,
	goingAway: 1001
} as const;

export type Refusal = { code: number; reason: string };
export type Admission = { grant: Grant } | Refusal;

export const pinnedKeyRecord = (ws: string): string => `wskey:${ws}`;
export const grantRecord = (ws: string, person: string): string => `grant:${ws}:${person}`;
export const inviteRecord = (ws: string, id: string): string => `invite:${ws}:${id}`;

/** The value of a statement signed by the workspace's pinned key (null: not one, or not pinned). */
export async function signedByWorkspace(
	persistence: Persistence,
	signed: string,
	ws: string
): Promise<unknown> {
	const read = readSigned(signed);
	if (!read) return null;
	const pinned = await persistence.getRecord(pinnedKeyRecord(ws));
	if (pinned === null) return null;
	const key = await importPublicKey(pinned).catch(() => null);
	if (!key || !(await verifySignature(read.payload, read.signature, key))) return null;
	return read.value;
}

/** The subprotocols a client offered (the `Sec-WebSocket-Protocol` header). */
export function offeredProtocols(header: string | string[] | undefined): string[] {
	const value = Array.isArray(header) ? header.join(',') : (header ?? '');
	return value
		.split(',')
		.map((p) => p.trim())
		.filter(Boolean);
}

/**
 * Decides whether a connection may open `room` of workspace `ws`: the token (signed by the device
 * key its grant names, for this room, not expired) and the grant (signed by the workspace key the
 * relay pinned, covering the room, not expired or revoked). The grant is the one the client
 * offered or the one stored at the relay for that person, whichever is newer: a stored grant
 * replaces or revokes what a device still carries.
 */
export async function admit(
	persistence: Persistence,
	protocols: string[],
	ws: string,
	room: string,
	now: number
): Promise<Admission> {
	const unauthorized = (reason: string): Refusal => ({ code: CLOSE.unauthorized, reason });
	if (!protocols.includes(PROTOCOL)) return unauthorized('protocol');
	const tokenText = protocols.find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX));
	if (!tokenText) return unauthorized('no token');
	const token = readSigned(tokenText.slice(TOKEN_PROTOCOL_PREFIX.length));
	if (!token || !isToken(token.value)) return unauthorized('bad token');
	const t = token.value;
	if (t.ws !== ws || t.room !== room) return unauthorized('token for another room');
	if (t.exp <= now || t.iat > now + CLOCK_SKEW_MS || t.exp - t.iat > TOKEN_MAX_LIFETIME_MS) {
		return unauthorized('token expired');
	}

	const offeredText = protocols.find((p) => p.startsWith(GRANT_PROTOCOL_PREFIX));
	const offered = offeredText
		? await verifiedGrant(persistence, offeredText.slice(GRANT_PROTOCOL_PREFIX.length), ws, true)
		: null;
	if (offeredText && !offered) return unauthorized('bad grant');
	const stored = await storedGrant(persistence, ws, t.person);
	const grant = newer(offered?.person === t.person ? offered : null, stored);
	if (!grant) return unauthorized('no grant');
	if (grant.revoked) return { code: CLOSE.forbidden, reason: 'revoked' };
	if (grant.exp <= now) return unauthorized('grant expired');

	if (!(await signedByADevice(grant, token.payload, token.signature))) {
		return unauthorized('token not signed by the device');
	}
	if (!grantCovers(grant, room)) return { code: CLOSE.forbidden, reason: 'room not granted' };
	return { grant };
}

/** Whether one of the devices the grant names signed the token. */
async function signedByADevice(grant: Grant, payload: string, signature: string): Promise<boolean> {
	for (const device of grantDevices(grant)) {
		const key = await importPublicKey(device).catch(() => null);
		if (key && (await verifySignature(payload, signature, key))) return true;
	}
	return false;
}

/**
 * A grant signed by the workspace's pinned key. With `pin`, a workspace seen for the first time
 * pins the key the grant names (it must also have signed the grant).
 */
export async function verifiedGrant(
	persistence: Persistence,
	signed: string,
	ws: string,
	pin: boolean
): Promise<Grant | null> {
	const read = readSigned(signed);
	if (!read || !isGrant(read.value) || read.value.ws !== ws) return null;
	const grant = read.value;
	let pinned = await persistence.getRecord(pinnedKeyRecord(ws));
	if (pinned === null) {
		if (!pin) return null;
		// Only a grant its own key verifies may pin that key.
		const own = await importPublicKey(grant.wsKey).catch(() => null);
		if (!own || !(await verifySignature(read.payload, read.signature, own))) return null;
		pinned = await persistence.putRecordIfAbsent(pinnedKeyRecord(ws), grant.wsKey);
	}
	const key = await importPublicKey(pinned).catch(() => null);
	if (!key || !(await verifySignature(read.payload, read.signature, key))) return null;
	return grant;
}

export async function storedGrant(
	persistence: Persistence,
	ws: string,
	person: string
): Promise<Grant | null> {
	const text = await persistence.getRecord(grantRecord(ws, person));
	if (text === null) return null;
	const parsed: unknown = JSON.parse(text);
	return isGrant(parsed) ? parsed : null;
}

export function newer(a: Grant | null, b: Grant | null): Grant | null {
	if (!a) return b;
	if (!b) return a;
	return b.iat > a.iat ? b : a;
}
