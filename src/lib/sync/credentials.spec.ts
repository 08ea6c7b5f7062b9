import { beforeEach, describe, expect, it } from 'vitest';
import { importPublicKey, readSigned, verifySignature, isGrant, isToken } from '$relay/grants';
import { deviceDb } from '$lib/db/device.db';
import { saveDeviceKeys } from '$lib/db/credentials.query';
import { generateWorkspaceKeys } from './keys';
import { credentialsFor, protocolsFor } from './credentials';

const person = { workspaceId: 'w1', personId: 'p1', role: 'partner' };

beforeEach(async () => {
	await deviceDb.keys.clear();
});

async function adminDevice() {
	const keys = await generateWorkspaceKeys();
	await saveDeviceKeys('w1', { privateKey: keys.privateKey });
	return keys;
}

describe('credentialsFor', () => {
	it('an administrator device signs its own grant for every room with the workspace key', async () => {
		const keys = await adminDevice();
		const now = Date.UTC(2026, 11, 3);
		const credentials = await credentialsFor(person, keys.publicKey, now);
		expect(credentials).not.toBeNull();
		const read = readSigned(credentials?.signedGrant ?? '');
		expect(read && isGrant(read.value)).toBe(true);
		expect(credentials?.grant).toMatchObject({
			ws: 'w1',
			person: 'p1',
			rooms: 'all',
			access: 'rw',
			iat: now,
			exp: now + 30 * 24 * 3600_000
		});
		// Signed by the workspace key the grant names (what the relay pins and checks).
		const wsKey = await importPublicKey(credentials?.grant.wsKey ?? '');
		expect(await verifySignature(read?.payload ?? '', read?.signature ?? '', wsKey)).toBe(true);
	});

	it('keeps the device key and the grant, and signs a new grant only near its expiry', async () => {
		const keys = await adminDevice();
		const now = Date.UTC(2026, 11, 3);
		const first = await credentialsFor(person, keys.publicKey, now);
		const again = await credentialsFor(person, keys.publicKey, now + 22 * 24 * 3600_000);
		expect(again?.signedGrant).toBe(first?.signedGrant);
		const renewed = await credentialsFor(person, keys.publicKey, now + 24 * 24 * 3600_000);
		expect(renewed?.signedGrant).not.toBe(first?.signedGrant);
		expect(renewed?.grant.device).toBe(first?.grant.device);
	});

	it('a device without the workspace key and without a grant has no credentials', async () => {
		const keys = await generateWorkspaceKeys();
		expect(await credentialsFor(person, keys.publicKey)).toBeNull();
	});

	it('offers the fixed protocol, a token for the room signed by the device key, and the grant', async () => {
		const keys = await adminDevice();
		const now = Date.now();
		const credentials = await credentialsFor(person, keys.publicKey, now);
		if (!credentials) throw new Error('no credentials');
		const [name, token, grant] = await protocolsFor(credentials, 'acct:a1', now);
		expect(name).toBe('switchboard.v1');
		expect(grant).toBe(`g.${credentials.signedGrant}`);
		const read = readSigned(token?.slice(2) ?? '');
		if (!read || !isToken(read.value)) throw new Error('no token');
		expect(read.value).toMatchObject({ ws: 'w1', person: 'p1', room: 'acct:a1' });
		expect(read.value.exp - now).toBe(10 * 60_000);
		const deviceKey = await importPublicKey(credentials.grant.device);
		expect(await verifySignature(read.payload, read.signature, deviceKey)).toBe(true);
		// Every protocol is a header token (base64url and dots).
		for (const p of [name, token, grant]) expect(p).toMatch(/^[A-Za-z0-9._-]+$/);
	});
});
