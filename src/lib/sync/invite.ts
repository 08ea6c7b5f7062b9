import { fromBase64Url, signInvite, toBase64Url } from '$relay/grants';

/** Invitations work for 7 days, and once (the relay hands them out once). */
export const INVITE_TTL_MS = 7 * 24 * 3600_000;

/**
 * What an invite link carries in its fragment (never sent to a server): the workspace, the role,
 * the relay, the invitation id and the one-time secret that decrypts the workspace key the relay
 * keeps for it.
 */
export interface InvitePayload {
	v: 1;
	ws: string;
	/** Workspace (partner organization) name, shown before joining. */
	name: string;
	role: 'partner';
	/** The relay's sync address (`wss://host/sync`). */
	relay: string;
	id: string;
	secret: string;
	exp: number;
}

export type ClaimError = 'used' | 'expired' | 'unreachable' | 'invalid';

/** Thrown by `claimInvitation` with the reason. */
export class ClaimFailed extends Error {
	constructor(readonly reason: ClaimError) {
		super(`The invitation could not be used: ${reason}`);
		this.name = 'ClaimFailed';
	}
}

/**
 * Makes an administrator invitation: encrypts the workspace private key under a new secret,
 * leaves it at the relay (signed with that key) and returns the link to give the new
 * administrator. `origin` is where the app is opened (`https://switchboard.example.com`).
 */
export async function createInvitation(args: {
	origin: string;
	relay: string;
	workspaceId: string;
	workspaceName: string;
	workspaceKey: CryptoKey;
	now?: number;
}): Promise<string> {
	const now = args.now ?? Date.now();
	const secret = crypto.getRandomValues(new Uint8Array(32));
	const id = toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
	const jwk = await crypto.subtle.exportKey('jwk', args.workspaceKey);
	const key = await secretKey(secret);
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const sealed = new Uint8Array(
		await crypto.subtle.encrypt(
			{ name: 'AES-GCM', iv },
			key,
			new TextEncoder().encode(JSON.stringify(jwk))
		)
	);
	const blob = toBase64Url(concat(iv, sealed));
	const exp = now + INVITE_TTL_MS;
	const offer = await signInvite({ v: 1, ws: args.workspaceId, id, exp, blob }, args.workspaceKey);
	const response = await fetch(`${httpBase(args.relay)}/invites/${args.workspaceId}`, {
		method: 'POST',
		body: offer
	});
	if (!response.ok) throw new Error(`The relay did not keep the invitation (${response.status})`);
	const payload: InvitePayload = {
		v: 1,
		ws: args.workspaceId,
		name: args.workspaceName,
		role: 'partner',
		relay: args.relay,
		id,
		secret: toBase64Url(secret),
		exp
	};
	const fragment = toBase64Url(new TextEncoder().encode(JSON.stringify(payload)));
	return `${args.origin.replace(/\/+$/, '')}/join#${fragment}`;
}

/** The payload of an invite link, its fragment alone, or null when it is not one. */
export function parseInviteLink(text: string): InvitePayload | null {
	const trimmed = text.trim();
	const fragment = trimmed.includes('#') ? trimmed.slice(trimmed.indexOf('#') + 1) : trimmed;
	try {
		const value: unknown = JSON.parse(new TextDecoder().decode(fromBase64Url(fragment)));
		return isPayload(value) ? value : null;
	} catch {
		return null;
	}
}

/**
 * Uses the invitation (once: the relay forgets it) and returns the workspace private key it
 * carried, and its public key, as JWK.
 */
export async function claimInvitation(
	payload: InvitePayload,
	now = Date.now()
): Promise<{ privateKey: CryptoKey; publicKey: JsonWebKey }> {
	if (payload.exp <= now) throw new ClaimFailed('expired');
	let response: Response;
	try {
		response = await fetch(`${httpBase(payload.relay)}/invites/${payload.ws}/${payload.id}/claim`, {
			method: 'POST'
		});
	} catch {
		throw new ClaimFailed('unreachable');
	}
	if (response.status === 404) throw new ClaimFailed('used');
	if (response.status === 410) throw new ClaimFailed('expired');
	if (!response.ok) throw new ClaimFailed('unreachable');
	const body: unknown = await response.json();
	const blob = typeof body === 'object' && body !== null && 'blob' in body ? body.blob : null;
	if (typeof blob !== 'string') throw new ClaimFailed('invalid');
	try {
		const bytes = fromBase64Url(blob);
		const key = await secretKey(fromBase64Url(payload.secret));
		const plain = await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: bytes.slice(0, 12) },
			key,
			bytes.slice(12)
		);
		const jwk = JSON.parse(new TextDecoder().decode(plain)) as JsonWebKey;
		const privateKey = await crypto.subtle.importKey(
			'jwk',
			jwk,
			{ name: 'ECDSA', namedCurve: 'P-256' },
			true,
			['sign']
		);
		const { kty, crv, x, y } = jwk;
		return { privateKey, publicKey: { kty, crv, x, y, ext: true } };
	} catch {
		throw new ClaimFailed('invalid');
	}
}

/** `wss://host/sync` → `https://host` (where the relay's HTTP routes are). */
export function httpBase(relay: string): string {
	return relay
		.replace(/^ws(s?):\/\//, 'http$1://')
		.replace(/\/sync\/?$/, '')
		.replace(/\/+$/, '');
}

async function secretKey(secret: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
	const digest = await crypto.subtle.digest('SHA-256', secret);
	return crypto.subtle.importKey('raw', digest, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}

function isPayload(value: unknown): value is InvitePayload {
	if (typeof value !== 'object' || value === null) return false;
	const p = value as Record<string, unknown>;
	return (
		p.v === 1 &&
		typeof p.ws === 'string' &&
		typeof p.name === 'string' &&
		p.role === 'partner' &&
		typeof p.relay === 'string' &&
		/^wss?:\/\//.test(p.relay) &&
		typeof p.id === 'string' &&
		typeof p.secret === 'string' &&
		typeof p.exp === 'number'
	);
}
