import { describe, expect, it } from 'vitest';
import { exportPublicKey, generateKeyPair, signGrant, type Grant } from '$relay/grants';
import { danasWorkspace } from '../../../tests/fixtures/workspace';
import { workspaceRoom } from '$lib/services/context';
import { credentialsFor, workspaceVerifyKey } from './credentials';
import { DEVICES_MAP, devicesOf, registerDevice } from './devices';
import { encodeRecord } from './records';

describe('the device registry', () => {
	it('names a person’s devices only when a grant signed by the workspace key proves them', async () => {
		const ctx = await danasWorkspace();
		const room = await workspaceRoom(ctx);
		const { workspace, profile } = ctx;
		const credentials = await credentialsFor(
			{ workspaceId: workspace.id, personId: profile.personId, role: profile.role },
			workspace.publicKey
		);
		if (!credentials) throw new Error('no credentials');
		registerDevice(room, credentials);
		// Registering again writes nothing new.
		const before = room.map(DEVICES_MAP).size;
		registerDevice(room, credentials);
		expect(room.map(DEVICES_MAP).size).toBe(before);

		const key = await workspaceVerifyKey(workspace.publicKey);
		expect(await devicesOf(room, profile.personId, key)).toEqual([credentials.grant.device]);

		// A device that may write the room cannot add itself under someone else: neither with a
		// grant it signed itself, nor with Dana's real grant filed under Chris.
		const intruder = await generateKeyPair();
		const device = await exportPublicKey(intruder.publicKey);
		const forged: Grant = { ...credentials.grant, person: 'p-chris', device, id: 'forged' };
		const map = room.map(DEVICES_MAP);
		map.set(
			`p-chris ${device}`,
			encodeRecord({
				person: 'p-chris',
				device,
				grant: await signGrant(forged, intruder.privateKey)
			})
		);
		map.set(
			`p-chris ${credentials.grant.device}`,
			encodeRecord({
				person: 'p-chris',
				device: credentials.grant.device,
				grant: credentials.signedGrant
			})
		);
		expect(await devicesOf(room, 'p-chris', key)).toEqual([]);
		expect(await devicesOf(room, profile.personId, key)).toEqual([credentials.grant.device]);
	});
});
