import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, writeFiles } from './helpers.js';
import {
	connectClient,
	eventually,
	newDevice,
	newWorkspace,
	protocolsFor,
	reissue,
	synced,
	type TestDevice,
	type TestWorkspace
} from './relay-helpers.js';

const ENTRY = fileURLToPath(new URL('../dist/index.js', import.meta.url));

let root: string;
let appDir: string;
const children = new Set<ChildProcess>();
const cleanups: (() => void)[] = [];

beforeAll(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'switchboard-relays-'));
	appDir = path.join(root, 'app');
	await writeFiles(appDir, { 'index.html': '<!doctype html><title>Switchboard</title>' });
});

afterEach(() => {
	for (const cleanup of cleanups.splice(0)) cleanup();
});

afterAll(async () => {
	for (const child of children) child.kill('SIGKILL');
	await rm(root, { recursive: true, force: true });
});

/** Starts `dist/index.js` and resolves with its URL once /healthz answers. */
async function startRelay(
	env: Record<string, string>
): Promise<{ url: string; child: ChildProcess }> {
	const port = await findFreePort();
	const child = spawn(process.execPath, [ENTRY], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', APP_DIR: appDir, ...env },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	children.add(child);
	child.once('exit', () => children.delete(child));
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 150; i += 1) {
		if (child.exitCode !== null) throw new Error(`The relay exited: ${stderr}`);
		try {
			if ((await fetch(`${url}/healthz`)).ok) return { url, child };
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`The relay did not start: ${stderr}`);
}

function exited(child: ChildProcess): Promise<number | null> {
	if (child.exitCode !== null) return Promise.resolve(child.exitCode);
	return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function client(url: string, workspace: TestWorkspace, device: TestDevice, room: string) {
	const c = await connectClient(url, workspace, device, room);
	cleanups.push(() => {
		c.provider.destroy();
		c.doc.destroy();
	});
	await synced(c.provider);
	return c;
}

const users = (doc: Y.Doc) => doc.getMap('users');

describe('relay process with LevelDB', () => {
	it('killed (SIGKILL) and restarted on the same data, it loses nothing', async () => {
		const dataDir = path.join(root, 'level-data');
		const workspace = await newWorkspace();
		const device = await newDevice(workspace);
		const room = `ws:${workspace.id}`;
		const first = await startRelay({ DATA_DIR: dataDir });
		const writer = await client(first.url, workspace, device, room);
		const watcher = await client(first.url, workspace, device, room);
		for (let i = 0; i < 200; i += 1) users(writer.doc).set(`u${i}`, { n: i });
		// Once another client has every edit, the relay has received and stored them.
		await eventually(() => users(watcher.doc).size === 200, 'the edits at the watcher');
		// The relay says when everything it received is stored.
		let metrics = '';
		for (let i = 0; i < 200 && !/^switchboard_relay_unstored_updates 0$/m.test(metrics); i += 1) {
			metrics = await (await fetch(`${first.url}/metrics`)).text();
			await new Promise((r) => setTimeout(r, 50));
		}
		expect(metrics).toMatch(/^switchboard_relay_unstored_updates 0$/m);
		first.child.kill('SIGKILL');
		await exited(first.child);
		for (const cleanup of cleanups.splice(0)) cleanup();

		const second = await startRelay({ DATA_DIR: dataDir });
		const reader = await client(second.url, workspace, device, room);
		await eventually(() => users(reader.doc).size === 200, '200 users after the restart');
		expect(users(reader.doc).get('u199')).toEqual({ n: 199 });
		second.child.kill('SIGTERM');
		expect(await exited(second.child)).toBe(0);
	});
});

/** The room feed of a workspace as one relay answers it. */
async function feedOf(
	url: string,
	workspace: TestWorkspace,
	device: TestDevice
): Promise<Record<string, string>> {
	const body = (await protocolsFor(workspace, device, `ws:${workspace.id}`)).join(', ');
	const response = await fetch(`${url}/feed/${workspace.id}`, { method: 'POST', body });
	return ((await response.json()) as { rooms?: Record<string, string> }).rooms ?? {};
}

describe('relay processes on one Redis', () => {
	let redis: ChildProcess | null = null;
	let redisUrl = '';

	beforeAll(async () => {
		const found = spawnSync('redis-server', ['--version']);
		if (found.error) {
			throw new Error(
				'redis-server is needed for these tests: sudo apt-get install -y redis-server (.ci/run installs it)'
			);
		}
		const port = await findFreePort();
		redis = spawn(
			'redis-server',
			['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
			{ stdio: 'ignore' }
		);
		children.add(redis);
		redisUrl = `redis://127.0.0.1:${port}`;
		for (let i = 0; i < 100; i += 1) {
			const ping = spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' });
			if (ping.stdout?.trim() === 'PONG') return;
			await new Promise((r) => setTimeout(r, 100));
		}
		throw new Error('redis-server did not start');
	});

	afterAll(async () => {
		if (redis) {
			redis.kill('SIGTERM');
			await exited(redis);
		}
	});

	it('a client on each of two relays converges, and a third client on a new relay loads everything', async () => {
		const workspace = await newWorkspace();
		const device = await newDevice(workspace);
		const room = 'acct:shared-account';
		const [one, two] = await Promise.all([
			startRelay({ REDIS_URL: redisUrl, DATA_DIR: path.join(root, 'unused-1') }),
			startRelay({ REDIS_URL: redisUrl, DATA_DIR: path.join(root, 'unused-2') })
		]);
		// The workspace key is pinned through one relay; the other reads it from Redis.
		await client(one.url, workspace, device, `ws:${workspace.id}`);
		const a = await client(one.url, workspace, device, room);
		const b = await client(two.url, workspace, device, room);
		users(a.doc).set('from-a', { name: 'Ann' });
		users(b.doc).set('from-b', { name: 'Bob' });
		for (let i = 0; i < 600; i += 1) users(a.doc).set(`bulk-${i}`, { n: i });
		await eventually(
			() => users(a.doc).size === 602 && users(b.doc).size === 602,
			'both clients with every user'
		);
		const three = await startRelay({ REDIS_URL: redisUrl, DATA_DIR: path.join(root, 'unused-3') });
		const c = await client(three.url, workspace, device, room);
		await eventually(() => users(c.doc).size === 602, 'the third client with every user');
		expect(users(c.doc).get('from-b')).toEqual({ name: 'Bob' });
		// The room feed is shared too: a change stored through one relay is a new version at all.
		const before = await feedOf(three.url, workspace, device);
		expect(Object.keys(before)).toEqual([room]);
		users(b.doc).set('from-b-again', { name: 'Bob' });
		await eventually(
			async () => (await feedOf(one.url, workspace, device))[room] !== before[room],
			'a new version of the room in the feed of another relay'
		);
		// And a change through the new relay reaches the first two.
		users(c.doc).set('from-c', { name: 'Cleo' });
		await eventually(
			() => users(a.doc).has('from-c') && users(b.doc).has('from-c'),
			'the change from the third relay at the others'
		);
		// Presence crosses relays too, and goes when its client leaves.
		a.provider.awareness.setLocalStateField('user', {
			name: 'Ann',
			editing: 'acct:shared-account'
		});
		await eventually(
			() => b.provider.awareness.getStates().get(a.doc.clientID)?.user !== undefined,
			"Ann's presence at the client of the other relay"
		);
		a.provider.disconnect();
		await eventually(
			() => !b.provider.awareness.getStates().has(a.doc.clientID),
			"Ann's presence gone at the other relay"
		);
		for (const relay of [one, two, three]) relay.child.kill('SIGTERM');
		expect(await Promise.all([one, two, three].map((r) => exited(r.child)))).toEqual([0, 0, 0]);
	});

	it('a grant revoked through one relay closes the connection on another', async () => {
		const workspace = await newWorkspace();
		const admin = await newDevice(workspace);
		const manager = await newDevice(workspace, {
			rooms: { workspace: false, accounts: ['acc-1'] }
		});
		const [one, two] = await Promise.all([
			startRelay({ REDIS_URL: redisUrl, DATA_DIR: path.join(root, 'unused-4') }),
			startRelay({ REDIS_URL: redisUrl, DATA_DIR: path.join(root, 'unused-5') })
		]);
		await client(one.url, workspace, admin, `ws:${workspace.id}`);
		const m = await client(two.url, workspace, manager, 'acct:acc-1');
		const closed = new Promise<number>((resolve) =>
			m.provider.once('closed', (event: { code: number }) => resolve(event.code))
		);
		const response = await fetch(`${one.url}/grants/${workspace.id}`, {
			method: 'POST',
			body: await reissue(workspace, manager, { rooms: { workspace: false, accounts: [] } })
		});
		expect(response.status).toBe(200);
		expect(await closed).toBe(4403);
		for (const relay of [one, two]) relay.child.kill('SIGTERM');
		await Promise.all([one, two].map((r) => exited(r.child)));
	});
});
