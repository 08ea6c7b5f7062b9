/**
 * Grants and connection tokens (ARCHITECTURE.md, Security). Both are `<payload>.<signature>`:
 * the payload is base64url JSON, the signature ECDSA P-256 / SHA-256 (WebCrypto's raw r‖s form)
 * over the payload's base64url text. WebCrypto only, so the same code signs in a browser and
 * verifies in the relay.
 *
 * - A **grant** is signed with the workspace key: who (person, role, device key), which rooms
 *   (`all`, or the workspace room and/or a list of accounts), read-write or read-only, and when it
 *   was issued and expires. A grant with `revoked: true` takes a person's access away.
 * - A **token** is signed with the device key the grant names: which room, valid for minutes.
 */

// The key type of whichever WebCrypto runs this (the relay's Node or the app's browser): this file
// is shared by both (the app imports it as `$relay/grants`).
type CryptoKey = Parameters<typeof crypto.subtle.sign>[1];
interface CryptoKeyPair {
	publicKey: CryptoKey;
	privateKey: CryptoKey;
}

export const PROTOCOL = 'switchboard.v1';
/** Prefixes of the WebSocket subprotocols that carry the grant and the token. */
export const GRANT_PROTOCOL_PREFIX = 'g.';
export const TOKEN_PROTOCOL_PREFIX = 't.';

/** Tokens may live this long at most, and be issued at most this far in the future (clock skew). */
export const TOKEN_MAX_LIFETIME_MS = 15 * 60_000;
export const CLOCK_SKEW_MS = 60_000;

export type GrantScope =
	| 'all'
	| {
			/** The workspace room `ws:` (directory, partner users) and its event months. */
			workspace: boolean;
			/** Accounts whose `acct:` and `events:<id>:` rooms are covered. */
			accounts: string[];
	  };

export interface Grant {
	v: 1;
	/** Unique per grant. */
	id: string;
	/** Workspace id (a random UUID). */
	ws: string;
	/** The workspace public key (SPKI, base64url): the relay pins it on first use. */
	wsKey: string;
	person: string;
	role: string;
	/** The device public key (SPKI, base64url) that signs this person's tokens. */
	device: string;
	/**
	 * More devices of the same person (SPKI, base64url) whose tokens the grant accepts: the grant
	 * of an account manager, signed by an administrator, covers every device the manager has.
	 */
	devices?: string[];
	rooms: GrantScope;
	access: 'rw' | 'ro';
	/** Issued at, ms since the epoch: a newer grant for the same person replaces an older one. */
	iat: number;
	/** Expires at, ms since the epoch. */
	exp: number;
	revoked?: boolean;
}

export interface Token {
	v: 1;
	ws: string;
	person: string;
	room: string;
	iat: number;
	exp: number;
}

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNATURE = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** A new ECDSA P-256 key pair; `extractable` so that an invitation can pass it on (workspace key). */
export async function generateKeyPair(extractable = false): Promise<CryptoKeyPair> {
	const pair = await crypto.subtle.generateKey(ALGORITHM, extractable, ['sign', 'verify']);
	return { publicKey: pair.publicKey, privateKey: pair.privateKey };
}

export async function exportPublicKey(key: CryptoKey): Promise<string> {
	return toBase64Url(new Uint8Array(await crypto.subtle.exportKey('spki', key)));
}

export function importPublicKey(spki: string): Promise<CryptoKey> {
	return crypto.subtle.importKey('spki', fromBase64Url(spki), ALGORITHM, false, ['verify']);
}

export async function signGrant(grant: Grant, workspaceKey: CryptoKey): Promise<string> {
	return sign(grant, workspaceKey);
}

export async function signToken(token: Token, deviceKey: CryptoKey): Promise<string> {
	return sign(token, deviceKey);
}

/**
 * An administrator's invitation as the relay keeps it until it is used once or expires: the
 * workspace key, encrypted under the link's secret (`blob`, opaque to the relay). Signed with the
 * workspace key, so only an administrator can leave one.
 */
export interface InviteOffer {
	v: 1;
	ws: string;
	id: string;
	exp: number;
	blob: string;
}

/** Invitations last at most this long (the app makes them for 7 days). */
export const INVITE_MAX_LIFETIME_MS = 8 * 24 * 3600_000;

export async function signInvite(offer: InviteOffer, workspaceKey: CryptoKey): Promise<string> {
	return sign(offer, workspaceKey);
}

export function isInviteOffer(value: unknown): value is InviteOffer {
	if (typeof value !== 'object' || value === null) return false;
	const o = value as Record<string, unknown>;
	return (
		o.v === 1 &&
		typeof o.ws === 'string' &&
		typeof o.id === 'string' &&
		/^[A-Za-z0-9_-]{8,64}$/.test(o.id) &&
		typeof o.exp === 'number' &&
		typeof o.blob === 'string' &&
		/^[A-Za-z0-9_-]{1,16384}$/.test(o.blob)
	);
}

async function sign(value: Grant | Token | InviteOffer, key: CryptoKey): Promise<string> {
	const payload = toBase64Url(new TextEncoder().encode(JSON.stringify(value)));
	const signature = await crypto.subtle.sign(SIGNATURE, key, new TextEncoder().encode(payload));
	return `${payload}.${toBase64Url(new Uint8Array(signature))}`;
}

/** The payload of a signed value, not yet verified (null when it is not one). */
export function readSigned(
	signed: string
): { payload: string; signature: string; value: unknown } | null {
	const parts = signed.split('.');
	if (parts.length !== 2) return null;
	const [payload = '', signature = ''] = parts;
	try {
		return {
			payload,
			signature,
			value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(payload)))
		};
	} catch {
		return null;
	}
}

export async function verifySignature(
	payload: string,
	signature: string,
	key: CryptoKey
): Promise<boolean> {
	try {
		return await crypto.subtle.verify(
			SIGNATURE,
			key,
			fromBase64Url(signature),
			new TextEncoder().encode(payload)
		);
	} catch {
		return false;
	}
}

export function isGrant(value: unknown): value is Grant {
	if (typeof value !== 'object' || value === null) return false;
	const g = value as Record<string, unknown>;
	return (
		g.v === 1 &&
		typeof g.id === 'string' &&
		typeof g.ws === 'string' &&
		typeof g.wsKey === 'string' &&
		typeof g.person === 'string' &&
		typeof g.role === 'string' &&
		typeof g.device === 'string' &&
		(g.devices === undefined ||
			(Array.isArray(g.devices) && g.devices.every((d) => typeof d === 'string'))) &&
		(g.access === 'rw' || g.access === 'ro') &&
		typeof g.iat === 'number' &&
		typeof g.exp === 'number' &&
		(g.revoked === undefined || typeof g.revoked === 'boolean') &&
		isScope(g.rooms)
	);
}

function isScope(value: unknown): value is GrantScope {
	if (value === 'all') return true;
	if (typeof value !== 'object' || value === null) return false;
	const s = value as Record<string, unknown>;
	return (
		typeof s.workspace === 'boolean' &&
		Array.isArray(s.accounts) &&
		s.accounts.every((a) => typeof a === 'string')
	);
}

/** Every device key whose tokens the grant accepts. */
export function grantDevices(grant: Grant): string[] {
	return [grant.device, ...(grant.devices ?? [])];
}

export function isToken(value: unknown): value is Token {
	if (typeof value !== 'object' || value === null) return false;
	const t = value as Record<string, unknown>;
	return (
		t.v === 1 &&
		typeof t.ws === 'string' &&
		typeof t.person === 'string' &&
		typeof t.room === 'string' &&
		typeof t.iat === 'number' &&
		typeof t.exp === 'number'
	);
}

/**
 * Whether a grant covers a room of its workspace: `ws:<id>` and `events:ws:*` with the workspace,
 * `acct:<accountId>` and `events:<accountId>:*` with that account.
 */
export function grantCovers(grant: Grant, room: string): boolean {
	if (grant.revoked || !isRoomName(room)) return false;
	const scope = grant.rooms;
	if (room.startsWith('ws:')) {
		return room === `ws:${grant.ws}` && (scope === 'all' || scope.workspace);
	}
	if (room.startsWith('events:ws:')) return scope === 'all' || scope.workspace;
	const account = accountOfRoom(room);
	return account !== null && (scope === 'all' || scope.accounts.includes(account));
}

/** The account an `acct:` or `events:<accountId>:` room belongs to (null for others). */
export function accountOfRoom(room: string): string | null {
	if (room.startsWith('acct:')) return room.slice(5) || null;
	const events = /^events:([^:]+):\d{4}-\d{2}$/.exec(room);
	return events && events[1] !== 'ws' ? (events[1] ?? null) : null;
}

/** Room names the relay accepts (anything else is refused before a document is created). */
export function isRoomName(room: string): boolean {
	return /^(ws|acct):[A-Za-z0-9-]{1,64}$|^events:(ws|[A-Za-z0-9-]{1,64}):\d{4}-\d{2}$/.test(room);
}

export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('Not base64url');
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const out = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
	return out;
}
