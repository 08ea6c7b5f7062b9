import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLOSE } from '../src/auth.js';
import { generateKeyPair, signInvite } from '../src/grants.js';
import { LevelPersistence } from '../src/leveldb-persistence.js';
import { Relay } from '../src/relay.js';
import { createServer } from '../src/server.js';
import { closeServer, listenOnFreePort } from './helpers.js';
import {
	connectClient,
	eventually,
	newDevice,
	newWorkspace,
	protocolsFor,
	rawConnection,
	reissue,
	synced,
	wsUrl,
	type TestWorkspace
} from './relay-helpers.js';

let root: string;
let persistence: LevelPersistence;
let relay: Relay;
let server: http.Server;
let baseUrl: string;
let workspace: TestWorkspace;
const cleanups: (() => void)[] = [];

async function start(options: { maxMessageBytes?: number; maxConnectionsPerIp?: number } = {}) {
	persistence = new LevelPersistence(path.join(root, 'relay'));
	relay = new Relay({ persistence, unloadAfterMs: 50, logError: () => undefined, ...options });
	server = createServer({
		appDir: root,
		version: 'test',
		onUpgrade: relay.handleUpgrade,
		onRequest: relay.handleRequest,
		logError: () => undefined
	});
	baseUrl = await listenOnFreePort(server);
}

async function stop() {
	for (const cleanup of cleanups.splice(0)) cleanup();
	await relay.close();
	await closeServer(server);
	await persistence.close();
}

beforeEach(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'switchboard-relay-'));
	workspace = await newWorkspace();
	await start();
});

afterEach(async () => {
	await stop();
	await rm(root, { recursive: true, force: true });
});

async function client(room: string, device?: Awaited<ReturnType<typeof newDevice>>) {
	const c = await connectClient(baseUrl, workspace, device ?? (await newDevice(workspace)), room);
	cleanups.push(() => {
		c.provider.destroy();
		c.doc.destroy();
	});
	return c;
}

function usersOf(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap('users');
}

/** A y-websocket sync "update" message carrying one change. */
function updateMessage(): Uint8Array {
	const doc = new Y.Doc();
	doc.getMap('users').set('intruder', { name: 'Mallory' });
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, 0);
	syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(doc));
	return encoding.toUint8Array(encoder);
}

describe('relay: sync between stock y-websocket clients', () => {
	it('two clients converge, both ways', async () => {
		const room = `ws:${workspace.id}`;
		const a = await client(room);
		const b = await client(room);
		await Promise.all([synced(a.provider), synced(b.provider)]);
		usersOf(a.doc).set('u1', { name: 'Ann' });
		usersOf(b.doc).set('u2', { name: 'Bob' });
		await eventually(
			() => usersOf(a.doc).size === 2 && usersOf(b.doc).size === 2,
			'both users on both clients'
		);
		expect(usersOf(b.doc).get('u1')).toEqual({ name: 'Ann' });
		expect(usersOf(a.doc).get('u2')).toEqual({ name: 'Bob' });
	});

	it('a client offline for 1,000 edits converges on reconnect', async () => {
		const room = 'acct:account-1';
		const a = await client(room);
		const b = await client(room);
		await Promise.all([synced(a.provider), synced(b.provider)]);
		b.provider.disconnect();
		for (let i = 0; i < 1000; i += 1) usersOf(b.doc).set(`offline-${i}`, { n: i });
		usersOf(a.doc).set('online', { n: -1 });
		b.provider.connect();
		await eventually(
			() => usersOf(a.doc).size === 1001 && usersOf(b.doc).size === 1001,
			'1,001 users on both'
		);
		expect(usersOf(a.doc).get('offline-999')).toEqual({ n: 999 });
	});

	it('passes awareness between clients and removes it when one leaves', async () => {
		const room = `ws:${workspace.id}`;
		const a = await client(room);
		const b = await client(room);
		await Promise.all([synced(a.provider), synced(b.provider)]);
		a.provider.awareness.setLocalStateField('user', { name: 'Ann', page: '/accounts' });
		await eventually(
			() => b.provider.awareness.getStates().get(a.doc.clientID) !== undefined,
			"Ann's presence at B"
		);
		a.provider.disconnect();
		await eventually(
			() => b.provider.awareness.getStates().get(a.doc.clientID) === undefined,
			"Ann's presence gone at B"
		);
	});

	it('a room with no connection is flushed and unloaded, and loads again with everything', async () => {
		const room = 'acct:account-2';
		const a = await client(room);
		await synced(a.provider);
		usersOf(a.doc).set('kept', { name: 'Kept' });
		await eventually(() => relay.loadedRooms.length === 1, 'room loaded');
		a.provider.destroy();
		await eventually(() => relay.loadedRooms.length === 0, 'room unloaded');
		const b = await client(room);
		await synced(b.provider);
		await eventually(() => usersOf(b.doc).get('kept') !== undefined, 'stored user back');
	});
});

describe('relay: who gets into which room', () => {
	const room = () => `ws:${workspace.id}`;
	const url = (r: string) => `${wsUrl(baseUrl)}/sync/${workspace.id}/${r}`;

	/** Pins the workspace key the way the first administrator's device does. */
	async function pin() {
		const admin = await client(room());
		await synced(admin.provider);
		usersOf(admin.doc).set('secret', { name: 'Only for the granted' });
		await eventually(() => relay.loadedRooms.length === 1, 'room loaded');
	}

	it('refuses a connection with no token, an expired token, or a token for another room, sending no byte', async () => {
		await pin();
		const device = await newDevice(workspace);
		const withToken = await protocolsFor(workspace, device, room());
		const noToken = withToken.filter((p) => !p.startsWith('t.'));
		const expired = await protocolsFor(workspace, device, room(), { ttlMs: -1000 });
		const otherRoom = await protocolsFor(workspace, device, room(), { tokenRoom: 'acct:other' });
		for (const protocols of [noToken, expired, otherRoom]) {
			const result = await rawConnection(url(room()), protocols);
			expect(result.code).toBe(CLOSE.unauthorized);
			expect(result.messages).toHaveLength(0);
		}
		// The same device with a good token gets the room.
		const ok = await rawConnection(url(room()), withToken, { waitMs: 500 });
		expect(ok.messages.length).toBeGreaterThan(0);
	});

	it('refuses a grant signed by another key, sending no byte', async () => {
		await pin();
		const forged = await newDevice(workspace, { signWith: await generateKeyPair() });
		const result = await rawConnection(url(room()), await protocolsFor(workspace, forged, room()));
		expect(result.code).toBe(CLOSE.unauthorized);
		expect(result.messages).toHaveLength(0);
	});

	it('keeps a grant for a list of accounts to those accounts (and out of the workspace room)', async () => {
		await pin();
		const manager = await newDevice(workspace, {
			rooms: { workspace: false, accounts: ['account-7'] }
		});
		const own = await rawConnection(
			url('acct:account-7'),
			await protocolsFor(workspace, manager, 'acct:account-7'),
			{ waitMs: 500 }
		);
		expect(own.messages.length).toBeGreaterThan(0);
		for (const other of ['acct:account-8', room(), 'events:account-8:2026-12']) {
			const refused = await rawConnection(
				url(other),
				await protocolsFor(workspace, manager, other)
			);
			expect(refused.code).toBe(CLOSE.forbidden);
			expect(refused.messages).toHaveLength(0);
		}
		const events = await rawConnection(
			url('events:account-7:2026-12'),
			await protocolsFor(workspace, manager, 'events:account-7:2026-12'),
			{ waitMs: 500 }
		);
		expect(events.messages.length).toBeGreaterThan(0);
	});

	it('accepts no change from a read-only grant', async () => {
		await pin();
		const reader = await newDevice(workspace, { access: 'ro' });
		const result = await rawConnection(url(room()), await protocolsFor(workspace, reader, room()), {
			send: [updateMessage()],
			waitMs: 500
		});
		// It was served (read access) ...
		expect(result.messages.length).toBeGreaterThan(0);
		// ... but a client syncing now sees no trace of what it sent.
		const check = await client(room());
		await synced(check.provider);
		expect(usersOf(check.doc).get('secret')).toBeDefined();
		expect(usersOf(check.doc).get('intruder')).toBeUndefined();
		expect(relay.metrics.render()).toMatch(/switchboard_relay_writes_refused_total [1-9]/);
	});

	it('a grant stored at the relay revokes at once: the open connection closes and no new one opens', async () => {
		await pin();
		const device = await newDevice(workspace, { rooms: { workspace: true, accounts: ['a1'] } });
		const c = await client('acct:a1', device);
		await synced(c.provider);
		const closed = new Promise<{ code: number }>((resolve) =>
			c.provider.once('closed', (event: { code: number }) => resolve(event))
		);
		const response = await fetch(`${baseUrl}/grants/${workspace.id}`, {
			method: 'POST',
			body: await reissue(workspace, device, { revoked: true })
		});
		expect(response.status).toBe(200);
		expect((await closed).code).toBe(CLOSE.forbidden);
		const again = await rawConnection(
			url('acct:a1'),
			await protocolsFor(workspace, device, 'acct:a1')
		);
		expect(again.code).toBe(CLOSE.forbidden);
		expect(again.messages).toHaveLength(0);
	});

	it("a manager's grant stored by an administrator opens the assigned accounts on each device it names, and nothing else", async () => {
		await pin();
		const person = randomUUID();
		// The manager was an administrator: the first device still carries its own grant for all.
		const laptop = await newDevice(workspace, { person, iat: Date.now() - 60_000 });
		const phone = await newDevice(workspace, { person, iat: Date.now() - 60_000 });
		const stranger = await newDevice(workspace, { person, iat: Date.now() - 60_000 });
		const response = await fetch(`${baseUrl}/grants/${workspace.id}`, {
			method: 'POST',
			body: await reissue(workspace, laptop, {
				rooms: { workspace: true, accounts: ['a1'] },
				devices: [phone.grant.device]
			})
		});
		expect(response.status).toBe(200);
		for (const device of [laptop, phone]) {
			for (const open of ['acct:a1', room()]) {
				const result = await rawConnection(
					url(open),
					await protocolsFor(workspace, device, open, { withGrant: device === laptop }),
					{ waitMs: 300 }
				);
				expect(result.messages.length).toBeGreaterThan(0);
			}
			const refused = await rawConnection(
				url('acct:a2'),
				await protocolsFor(workspace, device, 'acct:a2')
			);
			expect(refused.code).toBe(CLOSE.forbidden);
			expect(refused.messages).toHaveLength(0);
		}
		// A device the grant does not name gets nothing, even with its own older grant for all.
		const other = await rawConnection(
			url('acct:a1'),
			await protocolsFor(workspace, stranger, 'acct:a1')
		);
		expect(other.code).toBe(CLOSE.unauthorized);
		expect(other.messages).toHaveLength(0);
	});

	it('a replaced grant closes only the rooms it no longer covers', async () => {
		await pin();
		const device = await newDevice(workspace, {
			rooms: { workspace: true, accounts: ['a1', 'a2'] }
		});
		const kept = await client('acct:a1', device);
		const removed = await client('acct:a2', device);
		await Promise.all([synced(kept.provider), synced(removed.provider)]);
		const replaced = await reissue(workspace, device, {
			rooms: { workspace: true, accounts: ['a1'] }
		});
		const response = await fetch(`${baseUrl}/grants/${workspace.id}`, {
			method: 'POST',
			body: replaced
		});
		expect(response.status).toBe(200);
		await eventually(() => !removed.provider.wsconnected, 'a2 closed');
		await new Promise((r) => setTimeout(r, 200));
		expect(kept.provider.wsconnected).toBe(true);
	});

	it('the grants endpoint stores only grants signed by the pinned key, and only newer ones', async () => {
		await pin();
		const device = await newDevice(workspace);
		const post = (body: string) =>
			fetch(`${baseUrl}/grants/${workspace.id}`, { method: 'POST', body });
		const forged = await newDevice(workspace, { signWith: await generateKeyPair() });
		expect((await post(forged.signedGrant)).status).toBe(403);
		expect((await post('not a grant')).status).toBe(403);
		const newer = await reissue(workspace, device, { access: 'ro' });
		expect((await post(newer)).status).toBe(200);
		expect((await post(device.signedGrant)).status).toBe(409);
		// An unknown workspace has no pinned key: nothing can be stored for it.
		const stranger = await newWorkspace();
		const strangerDevice = await newDevice(stranger);
		const response = await fetch(`${baseUrl}/grants/${stranger.id}`, {
			method: 'POST',
			body: strangerDevice.signedGrant
		});
		expect(response.status).toBe(403);
	});
});

describe('relay: the room feed', () => {
	async function feed(device: Awaited<ReturnType<typeof newDevice>>, withToken = true) {
		const protocols = await protocolsFor(workspace, device, `ws:${workspace.id}`);
		const body = (withToken ? protocols : protocols.filter((p) => !p.startsWith('t.'))).join(', ');
		const response = await fetch(`${baseUrl}/feed/${workspace.id}`, { method: 'POST', body });
		return {
			status: response.status,
			body: (await response.json()) as { rooms?: Record<string, string> }
		};
	}

	async function write(room: string, id: string) {
		const c = await client(room);
		await synced(c.provider);
		usersOf(c.doc).set(id, { name: id });
		await eventually(
			async () => (await persistence.roomVersions(workspace.id))[room] !== undefined,
			`${room} stored`
		);
		return c;
	}

	it('lists the version of every room the grant covers, and a new version after each stored change', async () => {
		const admin = await newDevice(workspace);
		await write(`ws:${workspace.id}`, 'w');
		const first = await write('acct:a1', 'u1');
		await write('acct:a2', 'u2');
		await write('events:a2:2026-12', 'e1');

		const all = await feed(admin);
		expect(all.status).toBe(200);
		expect(Object.keys(all.body.rooms ?? {}).sort()).toEqual([
			'acct:a1',
			'acct:a2',
			'events:a2:2026-12',
			`ws:${workspace.id}`
		]);

		// A manager of a1 hears only of the rooms it may open.
		const manager = await newDevice(workspace, { rooms: { workspace: true, accounts: ['a1'] } });
		const own = await feed(manager);
		expect(Object.keys(own.body.rooms ?? {}).sort()).toEqual(['acct:a1', `ws:${workspace.id}`]);

		const before = all.body.rooms?.['acct:a1'];
		usersOf(first.doc).set('u1b', { name: 'second' });
		await eventually(
			async () => (await feed(admin)).body.rooms?.['acct:a1'] !== before,
			'new version'
		);
		expect((await feed(admin)).body.rooms?.['acct:a2']).toBe(all.body.rooms?.['acct:a2']);
	});

	it('answers nothing without a valid token, nor to a grant the workspace did not sign', async () => {
		await write(`ws:${workspace.id}`, 'w');
		const admin = await newDevice(workspace);
		const noToken = await feed(admin, false);
		expect(noToken.status).toBe(401);
		expect(noToken.body.rooms).toBeUndefined();
		const forged = await newDevice(workspace, { signWith: await generateKeyPair() });
		expect((await feed(forged)).status).toBe(401);
	});
});

describe('relay: invitations', () => {
	const offer = (id: string, exp = Date.now() + 7 * 24 * 3600_000) => ({
		v: 1 as const,
		ws: workspace.id,
		id,
		exp,
		blob: 'ZW5jcnlwdGVkLWtleQ'
	});
	const post = (path: string, body = '') =>
		fetch(`${baseUrl}/invites/${workspace.id}${path}`, { method: 'POST', body });

	it('keeps an invitation signed by the workspace key and hands it out once', async () => {
		const admin = await client(`ws:${workspace.id}`);
		await synced(admin.provider);
		const left = await post('', await signInvite(offer('invite-0001'), workspace.keys.privateKey));
		expect(left.status).toBe(200);
		const first = await post('/invite-0001/claim');
		expect(first.status).toBe(200);
		expect(await first.json()).toEqual({ blob: 'ZW5jcnlwdGVkLWtleQ' });
		expect((await post('/invite-0001/claim')).status).toBe(404);
	});

	it('refuses invitations not signed by the pinned key, or expired, and expired ones are not handed out', async () => {
		const admin = await client(`ws:${workspace.id}`);
		await synced(admin.provider);
		const other = await generateKeyPair();
		expect((await post('', await signInvite(offer('invite-0002'), other.privateKey))).status).toBe(
			403
		);
		expect(
			(
				await post(
					'',
					await signInvite(offer('invite-0003', Date.now() - 1), workspace.keys.privateKey)
				)
			).status
		).toBe(400);
		expect((await post('/invite-0002/claim')).status).toBe(404);
		// An unknown workspace has no key to check against.
		const stranger = await newWorkspace();
		const response = await fetch(`${baseUrl}/invites/${stranger.id}`, {
			method: 'POST',
			body: await signInvite({ ...offer('invite-0004'), ws: stranger.id }, stranger.keys.privateKey)
		});
		expect(response.status).toBe(403);
	});
});

describe('relay: limits and operations', () => {
	it('an oversized message closes only that connection', async () => {
		await stop();
		await start({ maxMessageBytes: 64 * 1024 });
		const room = `ws:${workspace.id}`;
		const a = await client(room);
		const b = await client(room);
		await Promise.all([synced(a.provider), synced(b.provider)]);
		const closed = new Promise<void>((resolve) =>
			b.provider.once('connection-close', () => resolve())
		);
		b.provider.ws?.send(new Uint8Array(200 * 1024));
		await closed;
		usersOf(a.doc).set('after', { ok: true });
		const c = await client(room);
		await synced(c.provider);
		await eventually(() => usersOf(c.doc).get('after') !== undefined, 'A still relays');
		expect(a.provider.wsconnected).toBe(true);
	});

	it('does not send an update back to the client it came from', async () => {
		const room = `ws:${workspace.id}`;
		const a = await client(room);
		const b = await client(room);
		await Promise.all([synced(a.provider), synced(b.provider)]);
		let received = 0;
		a.provider.ws?.addEventListener('message', (event: MessageEvent) => {
			received += (event.data as ArrayBuffer).byteLength;
		});
		usersOf(a.doc).set('big', { text: 'x'.repeat(200_000) });
		await eventually(() => usersOf(b.doc).get('big') !== undefined, 'B gets the update');
		usersOf(b.doc).set('small', { ok: true });
		await eventually(() => usersOf(a.doc).get('small') !== undefined, 'A gets B’s update');
		// B's small update came back; A's own 200 kB did not.
		expect(received).toBeGreaterThan(0);
		expect(received).toBeLessThan(10_000);
	});

	it('closes connections beyond the per-IP limit with its code', async () => {
		await stop();
		await start({ maxConnectionsPerIp: 2 });
		const room = `ws:${workspace.id}`;
		const a = await client(room);
		const b = await client(room);
		await Promise.all([synced(a.provider), synced(b.provider)]);
		const device = await newDevice(workspace);
		const third = await rawConnection(
			`${wsUrl(baseUrl)}/sync/${workspace.id}/${room}`,
			await protocolsFor(workspace, device, room)
		);
		expect(third.code).toBe(CLOSE.tooManyConnections);
		expect(third.messages).toHaveLength(0);
	});

	it('serves /metrics as Prometheus text and /healthz', async () => {
		const a = await client(`ws:${workspace.id}`);
		await synced(a.provider);
		const metrics = await fetch(`${baseUrl}/metrics`);
		expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
		const text = await metrics.text();
		expect(text).toMatch(/^switchboard_relay_connections 1$/m);
		expect(text).toMatch(/^switchboard_relay_rooms 1$/m);
		expect(text).toMatch(/^switchboard_relay_messages_total\{direction="in"\} [1-9]/m);
		expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
	});

	it('a malformed room address is refused and the relay goes on', async () => {
		const { rawRequest } = await import('./helpers.js');
		const response = await rawRequest(baseUrl, `/sync/${workspace.id}/%E0%A4%A`, {
			headers: {
				Connection: 'Upgrade',
				Upgrade: 'websocket',
				'Sec-WebSocket-Version': '13',
				'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ=='
			}
		});
		expect(response.status).toBe(404);
		const a = await client(`ws:${workspace.id}`);
		await synced(a.provider);
	});

	it('a bad message closes that connection with its code and the relay goes on', async () => {
		const room = `ws:${workspace.id}`;
		const device = await newDevice(workspace);
		const result = await rawConnection(
			`${wsUrl(baseUrl)}/sync/${workspace.id}/${room}`,
			await protocolsFor(workspace, device, room),
			{ send: [new Uint8Array([0, 9, 9, 9])] }
		);
		expect(result.code).toBe(CLOSE.badMessage);
		const a = await client(room);
		await synced(a.provider);
	});
});
