import {
	GRANT_PROTOCOL_PREFIX,
	PROTOCOL,
	TOKEN_PROTOCOL_PREFIX,
	exportPublicKey,
	generateKeyPair,
	isGrant,
	readSigned,
	signGrant,
	signToken,
	type Grant
} from '$relay/grants';
import { deviceKeys, saveDeviceKeys } from '$lib/db/credentials.query';

/** Tokens live 10 minutes; connections refresh theirs well before (see relay-client.ts). */
export const TOKEN_TTL_MS = 10 * 60_000;
/** An administrator's own grant lasts 30 days and is signed again a week before it ends. */
const GRANT_TTL_MS = 30 * 24 * 3600_000;
const GRANT_RENEW_MS = 7 * 24 * 3600_000;

export interface Person {
	workspaceId: string;
	personId: string;
	role: string;
}

/** What a device needs to open rooms: its key, and its grant as signed text. */
export interface Credentials {
	person: Person;
	deviceKey: CryptoKey;
	grant: Grant;
	signedGrant: string;
}

/**
 * This device's credentials for the workspace, made on first use (ARCHITECTURE.md, Security): a
 * device key pair, and, on an administrator's device (it holds the workspace private key), a
 * grant for every room signed with that key, renewed before it expires. Null when the device has
 * neither the workspace key nor a grant given to it.
 */
export async function credentialsFor(
	person: Person,
	workspacePublicKey: JsonWebKey,
	now = Date.now()
): Promise<Credentials | null> {
	let stored = await deviceKeys(person.workspaceId);
	if (!stored?.devicePrivateKey || !stored.devicePublicKey) {
		const pair = await generateKeyPair();
		await saveDeviceKeys(person.workspaceId, {
			devicePrivateKey: pair.privateKey,
			devicePublicKey: await exportPublicKey(pair.publicKey)
		});
		stored = await deviceKeys(person.workspaceId);
	}
	if (!stored?.devicePrivateKey || !stored.devicePublicKey) return null;
	let grant = stored.grant ? parseGrant(stored.grant) : null;
	let signedGrant = stored.grant ?? '';
	const stale =
		!grant ||
		grant.person !== person.personId ||
		grant.device !== stored.devicePublicKey ||
		grant.exp - now < GRANT_RENEW_MS;
	if (stale && stored.privateKey) {
		grant = {
			v: 1,
			id: crypto.randomUUID(),
			ws: person.workspaceId,
			wsKey: await spkiOf(workspacePublicKey),
			person: person.personId,
			role: person.role,
			device: stored.devicePublicKey,
			rooms: 'all',
			access: 'rw',
			iat: now,
			exp: now + GRANT_TTL_MS
		};
		signedGrant = await signGrant(grant, stored.privateKey);
		await saveDeviceKeys(person.workspaceId, { grant: signedGrant });
	}
	if (!grant) return null;
	return { person, deviceKey: stored.devicePrivateKey, grant, signedGrant };
}

/** The WebSocket subprotocols that open `room`: the fixed name, a fresh token and the grant. */
export async function protocolsFor(
	credentials: Credentials,
	room: string,
	now = Date.now()
): Promise<string[]> {
	const token = await signToken(
		{
			v: 1,
			ws: credentials.person.workspaceId,
			person: credentials.person.personId,
			room,
			// A little in the past: the relay's clock may be behind this device's.
			iat: now - 30_000,
			exp: now + TOKEN_TTL_MS
		},
		credentials.deviceKey
	);
	return [
		PROTOCOL,
		`${TOKEN_PROTOCOL_PREFIX}${token}`,
		`${GRANT_PROTOCOL_PREFIX}${credentials.signedGrant}`
	];
}

function parseGrant(signed: string): Grant | null {
	const read = readSigned(signed);
	return read && isGrant(read.value) ? read.value : null;
}

/** The workspace public key (a JWK, as the workspace record keeps it) for verifying. */
export function workspaceVerifyKey(jwk: JsonWebKey): Promise<CryptoKey> {
	return crypto.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, true, [
		'verify'
	]);
}

/** The workspace public key as grants name it (SPKI, base64url). */
export async function spkiOf(jwk: JsonWebKey): Promise<string> {
	return exportPublicKey(await workspaceVerifyKey(jwk));
}
