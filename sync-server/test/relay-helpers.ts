import { randomUUID, type webcrypto } from 'node:crypto';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
	GRANT_PROTOCOL_PREFIX,
	PROTOCOL,
	TOKEN_PROTOCOL_PREFIX,
	exportPublicKey,
	generateKeyPair,
	signGrant,
	signToken,
	type Grant,
	type GrantScope
} from '../src/grants.js';

type CryptoKeyPair = webcrypto.CryptoKeyPair;

/** A workspace as its administrators' devices know it: its id and key pair. */
export interface TestWorkspace {
	id: string;
	keys: CryptoKeyPair;
	publicKey: string;
}

export async function newWorkspace(): Promise<TestWorkspace> {
	const keys = await generateKeyPair();
	return { id: randomUUID(), keys, publicKey: await exportPublicKey(keys.publicKey) };
}

/** A person's device: its key pair and the grant it connects with. */
export interface TestDevice {
	person: string;
	keys: CryptoKeyPair;
	grant: Grant;
	signedGrant: string;
}

export async function newDevice(
	workspace: TestWorkspace,
	options: {
		person?: string;
		rooms?: GrantScope;
		access?: 'rw' | 'ro';
		signWith?: CryptoKeyPair;
		expiresInMs?: number;
		iat?: number;
	} = {}
): Promise<TestDevice> {
	const keys = await generateKeyPair();
	const now = Date.now();
	const grant: Grant = {
		v: 1,
		id: randomUUID(),
		ws: workspace.id,
		wsKey: options.signWith
			? await exportPublicKey(options.signWith.publicKey)
			: workspace.publicKey,
		person: options.person ?? randomUUID(),
		role: 'partner_admin',
		device: await exportPublicKey(keys.publicKey),
		rooms: options.rooms ?? 'all',
		access: options.access ?? 'rw',
		iat: options.iat ?? now,
		exp: now + (options.expiresInMs ?? 24 * 3600_000)
	};
	const signedGrant = await signGrant(grant, (options.signWith ?? workspace.keys).privateKey);
	return { person: grant.person, keys, grant, signedGrant };
}

/** A grant for the same person and device, signed by the workspace key (replaces or revokes). */
export async function reissue(
	workspace: TestWorkspace,
	device: TestDevice,
	changes: Partial<Grant>
): Promise<string> {
	const grant: Grant = { ...device.grant, id: randomUUID(), iat: Date.now() + 1, ...changes };
	return signGrant(grant, workspace.keys.privateKey);
}

/** The subprotocols a device offers to open `room` (token valid for `ttlMs`). */
export async function protocolsFor(
	workspace: TestWorkspace,
	device: TestDevice,
	room: string,
	options: { ttlMs?: number; tokenRoom?: string; withGrant?: boolean } = {}
): Promise<string[]> {
	const now = Date.now();
	const token = await signToken(
		{
			v: 1,
			ws: workspace.id,
			person: device.person,
			room: options.tokenRoom ?? room,
			iat: now - 1000,
			exp: now + (options.ttlMs ?? 5 * 60_000)
		},
		device.keys.privateKey
	);
	const out = [PROTOCOL, `${TOKEN_PROTOCOL_PREFIX}${token}`];
	if (options.withGrant !== false) out.push(`${GRANT_PROTOCOL_PREFIX}${device.signedGrant}`);
	return out;
}

/** A stock y-websocket client on its own Y.Doc. */
export async function connectClient(
	baseUrl: string,
	workspace: TestWorkspace,
	device: TestDevice,
	room: string
): Promise<{ doc: Y.Doc; provider: WebsocketProvider }> {
	const doc = new Y.Doc();
	const provider = new WebsocketProvider(`${wsUrl(baseUrl)}/sync/${workspace.id}`, room, doc, {
		WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
		protocols: await protocolsFor(workspace, device, room),
		disableBc: true,
		maxBackoffTime: 300
	});
	return { doc, provider };
}

export function wsUrl(baseUrl: string): string {
	return baseUrl.replace(/^http/, 'ws');
}

export function synced(provider: WebsocketProvider, timeoutMs = 10_000): Promise<void> {
	if (provider.synced) return Promise.resolve();
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('not synced in time')), timeoutMs);
		provider.once('sync', (state: boolean) => {
			if (!state) return;
			clearTimeout(timer);
			resolve();
		});
	});
}

/** Polls until `check` holds (or fails with `what` after `timeoutMs`). */
export async function eventually(
	check: () => boolean | Promise<boolean>,
	what: string,
	timeoutMs = 10_000
): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 20));
	}
}

/**
 * Opens a raw websocket with the given protocols and collects what the relay sends until it
 * closes the connection (or `waitMs` passes).
 */
export function rawConnection(
	url: string,
	protocols: string[],
	options: { send?: Uint8Array[]; waitMs?: number } = {}
): Promise<{ code: number | null; reason: string; messages: Buffer[] }> {
	return new Promise((resolve, reject) => {
		const socket = new WebSocket(url, protocols);
		const messages: Buffer[] = [];
		const timer = setTimeout(() => {
			socket.terminate();
			resolve({ code: null, reason: '', messages });
		}, options.waitMs ?? 3000);
		socket.on('open', () => {
			for (const message of options.send ?? []) socket.send(message);
		});
		socket.on('message', (data: Buffer) => messages.push(data));
		socket.on('close', (code, reason) => {
			clearTimeout(timer);
			resolve({ code, reason: reason.toString(), messages });
		});
		socket.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
	});
}
