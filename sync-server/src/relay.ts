import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import {
	CLOSE,
	admit,
	grantRecord,
	newer,
	inviteRecord,
	offeredProtocols,
	signedByWorkspace,
	storedGrant,
	verifiedGrant,
	type Refusal
} from './auth.js';
import {
	INVITE_MAX_LIFETIME_MS,
	PROTOCOL,
	grantCovers,
	isInviteOffer,
	isRoomName,
	type Grant
} from './grants.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from './config.js';
import { Metrics } from './metrics.js';
import type { Persistence } from './persistence.js';
import { Room, type Peer } from './room.js';

export interface RelayOptions {
	persistence: Persistence;
	/** Largest message a client may send, in bytes (a bigger one closes that connection). */
	maxMessageBytes?: number;
	/** Open connections per client IP address. */
	maxConnectionsPerIp?: number;
	/** How long a room without connections stays loaded before it is flushed and unloaded. */
	unloadAfterMs?: number;
	/** Keep-alive: a client that answers no ping within this time is dropped. */
	pingIntervalMs?: number;
	logError?: (message: string, error: unknown) => void;
	now?: () => number;
}

/** `/sync/<workspaceId>/<room>`: the y-websocket client appends the room to its server URL. */
const SYNC_PATH = /^\/sync\/([A-Za-z0-9-]{1,64})\/([^/?#]+)$/;
const GRANTS_PATH = /^\/grants\/([A-Za-z0-9-]{1,64})(?:\/([A-Za-z0-9-]{1,64}))?$/;
const FEED_PATH = /^\/feed\/([A-Za-z0-9-]{1,64})$/;
const INVITES_PATH = /^\/invites\/([A-Za-z0-9-]{1,64})(?:\/([A-Za-z0-9_-]{8,64})\/claim)?$/;
const MAX_GRANT_BODY = 1024 * 1024;

interface Connection extends Peer {
	socket: WebSocket;
	ws: string;
	room: string;
	ip: string;
	grant: Grant;
	readOnly: boolean;
	alive: boolean;
}

/**
 * The Yjs relay: y-websocket protocol (sync and awareness) per room, token and grant checks on
 * every connection, limits, and the grants endpoint. Rooms are loaded from persistence on first
 * use and flushed and unloaded when their last connection has been gone for `unloadAfterMs`.
 */
export class Relay {
	readonly metrics = new Metrics();
	readonly #persistence: Persistence;
	readonly #wss: WebSocketServer;
	readonly #rooms = new Map<string, Promise<Room>>();
	/** The rooms of `#rooms` whose load has finished. */
	readonly #loaded = new Map<string, Room>();
	readonly #unloadTimers = new Map<string, ReturnType<typeof setTimeout>>();
	readonly #unloading = new Map<string, Promise<void>>();
	readonly #connections = new Set<Connection>();
	readonly #perIp = new Map<string, number>();
	readonly #maxPerIp: number;
	readonly #unloadAfterMs: number;
	readonly #logError: (message: string, error: unknown) => void;
	readonly #now: () => number;
	readonly #ping: ReturnType<typeof setInterval>;
	readonly #stopRecords: () => void;
	#closing = false;

	constructor(options: RelayOptions) {
		this.#persistence = options.persistence;
		this.#maxPerIp = options.maxConnectionsPerIp ?? 64;
		this.#unloadAfterMs = options.unloadAfterMs ?? 10_000;
		this.#logError = options.logError ?? ((m, e) => console.error(m, e));
		this.#now = options.now ?? Date.now;
		this.#wss = new WebSocketServer({
			noServer: true,
			maxPayload: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
			// Echo the fixed protocol name: a browser fails a handshake whose offer gets no answer.
			handleProtocols: (protocols) => (protocols.has(PROTOCOL) ? PROTOCOL : false)
		});
		this.#ping = setInterval(() => this.#keepAlive(), options.pingIntervalMs ?? 30_000);
		this.#ping.unref();
		this.#stopRecords = this.#persistence.onRecordChange((key) => {
			if (key.startsWith('grant:')) void this.#recheckGrants(key);
		});
	}

	/** For `server.on('upgrade')`: websocket requests to `/sync/…`; anything else is refused. */
	handleUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer): void => {
		const target = upgradeTarget(req.url);
		if (!target || this.#closing) {
			socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
			return;
		}
		const { ws, room } = target;
		const ip = req.socket.remoteAddress ?? 'unknown';
		this.#wss.handleUpgrade(req, socket, head, (client) => {
			void this.#open(client, req, ws, room, ip);
		});
	};

	async #open(
		socket: WebSocket,
		req: http.IncomingMessage,
		ws: string,
		room: string,
		ip: string
	): Promise<void> {
		socket.binaryType = 'nodebuffer';
		const count = (this.#perIp.get(ip) ?? 0) + 1;
		this.#perIp.set(ip, count);
		socket.once('close', () => this.#releaseIp(ip));
		// Messages that arrive while the checks run wait for them (none is read before).
		const early: Buffer[] = [];
		const buffer = (data: RawData): void => void early.push(toBuffer(data));
		socket.on('message', buffer);
		socket.on('error', (error) => this.#logError('Websocket error', error));
		const refuse = (refusal: Refusal): void => {
			this.metrics.refused(refusal.reason);
			socket.close(refusal.code, refusal.reason);
		};
		if (count > this.#maxPerIp) {
			refuse({ code: CLOSE.tooManyConnections, reason: 'too many connections' });
			return;
		}
		if (!isRoomName(room)) {
			refuse({ code: CLOSE.forbidden, reason: 'no such room' });
			return;
		}
		let admission;
		try {
			admission = await admit(
				this.#persistence,
				offeredProtocols(req.headers['sec-websocket-protocol']),
				ws,
				room,
				this.#now()
			);
		} catch (error: unknown) {
			this.#logError('Checking a connection failed', error);
			admission = { code: CLOSE.unauthorized, reason: 'check failed' };
		}
		if ('code' in admission) {
			refuse(admission);
			return;
		}
		if (socket.readyState !== socket.OPEN) return;
		const connection: Connection = {
			socket,
			ws,
			room,
			ip,
			grant: admission.grant,
			readOnly: admission.grant.access === 'ro',
			alive: true,
			send: (message) => this.#send(connection, message)
		};
		let loaded: Room;
		try {
			loaded = await this.#room(`${ws}/${room}`);
		} catch (error: unknown) {
			this.#logError(`Loading room ${room} failed`, error);
			socket.close(1011, 'room unavailable');
			return;
		}
		if (socket.readyState !== socket.OPEN) {
			this.#maybeUnload(`${ws}/${room}`, loaded);
			return;
		}
		this.#connections.add(connection);
		this.metrics.connections = this.#connections.size;
		socket.off('message', buffer);
		socket.on('message', (data: RawData) => this.#receive(connection, loaded, toBuffer(data)));
		socket.on('pong', () => (connection.alive = true));
		socket.once('close', () => {
			this.#connections.delete(connection);
			this.metrics.connections = this.#connections.size;
			loaded.leave(connection);
			this.#maybeUnload(`${ws}/${room}`, loaded);
		});
		loaded.join(connection);
		for (const message of early) this.#receive(connection, loaded, message);
	}

	#receive(connection: Connection, room: Room, message: Buffer): void {
		this.metrics.received(message.byteLength);
		try {
			const outcome = room.receive(connection, new Uint8Array(message));
			if (outcome === 'write-refused') this.metrics.writeRefused();
		} catch (error: unknown) {
			this.#logError(`Bad message in ${connection.room}`, error);
			this.metrics.refused('bad message');
			connection.socket.close(CLOSE.badMessage, 'bad message');
		}
	}

	#send(connection: Connection, message: Uint8Array): void {
		if (connection.socket.readyState !== connection.socket.OPEN) return;
		this.metrics.sent(message.byteLength);
		connection.socket.send(message, (error) => {
			if (error) connection.socket.terminate();
		});
	}

	#releaseIp(ip: string): void {
		const left = (this.#perIp.get(ip) ?? 1) - 1;
		if (left <= 0) this.#perIp.delete(ip);
		else this.#perIp.set(ip, left);
	}

	/** The loaded room (loading it, after a pending unload of it has finished). */
	#room(name: string): Promise<Room> {
		const timer = this.#unloadTimers.get(name);
		if (timer) {
			clearTimeout(timer);
			this.#unloadTimers.delete(name);
		}
		let room = this.#rooms.get(name);
		if (!room) {
			const unloading = this.#unloading.get(name) ?? Promise.resolve();
			room = unloading.then(async () => {
				const started = performance.now();
				const created = new Room(name, this.#persistence, this.#logError);
				await created.load();
				this.metrics.persistence(performance.now() - started);
				this.#loaded.set(name, created);
				return created;
			});
			this.#rooms.set(name, room);
			room.catch(() => this.#rooms.delete(name));
			this.metrics.rooms = this.#rooms.size;
		}
		return room;
	}

	#maybeUnload(name: string, room: Room): void {
		// While closing, `close` unloads every room itself.
		if (this.#closing || room.peers.size > 0 || this.#unloadTimers.has(name)) return;
		const timer = setTimeout(() => {
			this.#unloadTimers.delete(name);
			if (room.peers.size === 0) void this.#unload(name, room);
		}, this.#unloadAfterMs);
		timer.unref();
		this.#unloadTimers.set(name, timer);
	}

	async #unload(name: string, room: Room): Promise<void> {
		const current = this.#rooms.get(name);
		if (!current) return;
		this.#rooms.delete(name);
		this.#loaded.delete(name);
		this.metrics.rooms = this.#rooms.size;
		const started = performance.now();
		const done = room
			.unload()
			.catch((error: unknown) => this.#logError(`Unloading room ${name} failed`, error))
			.finally(() => {
				this.metrics.persistence(performance.now() - started);
				if (this.#unloading.get(name) === done) this.#unloading.delete(name);
			});
		this.#unloading.set(name, done);
		await done;
	}

	/** Rooms loaded now (for tests and /metrics). */
	get loadedRooms(): string[] {
		return [...this.#rooms.keys()];
	}

	/** A stored grant changed: connections of that person keep only what the new grant covers. */
	async #recheckGrants(key: string): Promise<void> {
		const affected = [...this.#connections].filter(
			(c) => grantRecord(c.ws, c.grant.person) === key
		);
		if (affected.length === 0) return;
		const first = affected[0];
		if (!first) return;
		const stored = await storedGrant(this.#persistence, first.ws, first.grant.person).catch(
			() => null
		);
		for (const connection of affected) {
			const grant = newer(connection.grant, stored);
			if (!grant || grant === connection.grant) continue;
			connection.grant = grant;
			if (grant.revoked || grant.exp <= this.#now() || !grantCovers(grant, connection.room)) {
				this.metrics.refused('revoked');
				connection.socket.close(CLOSE.forbidden, 'revoked');
			} else {
				connection.readOnly = grant.access === 'ro';
			}
		}
	}

	/**
	 * HTTP routes of the relay: `POST /grants/<ws>` stores a grant signed by the workspace's pinned
	 * key (newer than the one stored for that person), `GET /metrics`. Returns false for others.
	 */
	handleRequest = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> => {
		const path = new URL(req.url ?? '/', 'http://relay').pathname;
		if (path === '/metrics' && (req.method === 'GET' || req.method === 'HEAD')) {
			this.metrics.unstored = [...this.#loaded.values()].reduce((n, r) => n + r.unstored, 0);
			const body = this.metrics.render();
			res.writeHead(200, {
				'Content-Type': 'text/plain; version=0.0.4; charset=utf-8',
				'Cache-Control': 'no-store'
			});
			res.end(req.method === 'HEAD' ? undefined : body);
			return true;
		}
		const feed = FEED_PATH.exec(path);
		if (feed) {
			await this.#feed(req, res, feed[1] ?? '');
			return true;
		}
		const invites = INVITES_PATH.exec(path);
		if (invites) {
			await this.#invite(req, res, invites[1] ?? '', invites[2] ?? null);
			return true;
		}
		const grants = GRANTS_PATH.exec(path);
		if (!grants) return false;
		if (req.method !== 'POST' || grants[2] !== undefined) {
			answer(res, 405, { error: 'method not allowed' }, { Allow: 'POST' });
			return true;
		}
		const ws = grants[1] ?? '';
		const body = await readBody(req, MAX_GRANT_BODY).catch(() => null);
		if (body === null) {
			answer(res, 413, { error: 'too large' });
			return true;
		}
		const grant = await verifiedGrant(this.#persistence, body.trim(), ws, false);
		if (!grant) {
			answer(res, 403, { error: 'not signed by the workspace key' });
			return true;
		}
		const current = await storedGrant(this.#persistence, ws, grant.person);
		if (current && current.iat >= grant.iat) {
			answer(res, 409, { error: 'a newer grant is stored', iat: current.iat });
			return true;
		}
		await this.#persistence.putRecord(grantRecord(ws, grant.person), JSON.stringify(grant));
		answer(res, 200, { stored: grant.id });
		return true;
	};

	/**
	 * `POST /feed/<ws>`: the room feed, the version of every room of the workspace that the
	 * caller's grant covers. The body is what a connection to `ws:<ws>` offers as subprotocols
	 * (grant and a token for that room), as plain text: no preflight, and no secret in a URL.
	 */
	async #feed(req: http.IncomingMessage, res: http.ServerResponse, ws: string): Promise<void> {
		if (req.method !== 'POST') {
			answer(res, 405, { error: 'method not allowed' }, { Allow: 'POST' });
			return;
		}
		const body = await readBody(req, MAX_GRANT_BODY * 2).catch(() => null);
		if (body === null) {
			answer(res, 413, { error: 'too large' });
			return;
		}
		const admission = await admit(
			this.#persistence,
			offeredProtocols(body),
			ws,
			`ws:${ws}`,
			this.#now()
		).catch(() => ({ code: CLOSE.unauthorized, reason: 'check failed' }));
		if ('code' in admission) {
			answer(res, admission.code === CLOSE.forbidden ? 403 : 401, { error: admission.reason });
			return;
		}
		const rooms: Record<string, string> = {};
		for (const [room, version] of Object.entries(await this.#persistence.roomVersions(ws)))
			if (grantCovers(admission.grant, room)) rooms[room] = version;
		answer(res, 200, { rooms });
	}

	/**
	 * `POST /invites/<ws>` leaves an invitation (signed by the workspace key) until it is claimed or
	 * expires; `POST /invites/<ws>/<id>/claim` hands it out once and forgets it.
	 */
	async #invite(
		req: http.IncomingMessage,
		res: http.ServerResponse,
		ws: string,
		claim: string | null
	): Promise<void> {
		if (req.method !== 'POST') {
			answer(res, 405, { error: 'method not allowed' }, { Allow: 'POST' });
			return;
		}
		const now = this.#now();
		if (claim !== null) {
			const text = await this.#persistence.takeRecord(inviteRecord(ws, claim));
			const offer: unknown = text === null ? null : JSON.parse(text);
			if (!isInviteOffer(offer)) {
				answer(res, 404, { error: 'unknown or already used' });
			} else if (offer.exp <= now) {
				answer(res, 410, { error: 'expired' });
			} else {
				answer(res, 200, { blob: offer.blob });
			}
			return;
		}
		const body = await readBody(req, MAX_GRANT_BODY).catch(() => null);
		if (body === null) {
			answer(res, 413, { error: 'too large' });
			return;
		}
		const offer = await signedByWorkspace(this.#persistence, body.trim(), ws);
		if (!isInviteOffer(offer) || offer.ws !== ws) {
			answer(res, 403, { error: 'not signed by the workspace key' });
			return;
		}
		if (offer.exp <= now || offer.exp - now > INVITE_MAX_LIFETIME_MS) {
			answer(res, 400, { error: 'expiry out of range' });
			return;
		}
		const stored = await this.#persistence.putRecordIfAbsent(
			inviteRecord(ws, offer.id),
			JSON.stringify(offer)
		);
		if (stored !== JSON.stringify(offer)) {
			answer(res, 409, { error: 'an invitation with this id exists' });
			return;
		}
		answer(res, 200, { stored: offer.id });
	}

	#keepAlive(): void {
		for (const connection of this.#connections) {
			if (!connection.alive) {
				connection.socket.terminate();
				continue;
			}
			connection.alive = false;
			connection.socket.ping();
		}
	}

	/** Closes every connection (1001), then flushes and unloads every room. */
	async close(): Promise<void> {
		this.#closing = true;
		clearInterval(this.#ping);
		this.#stopRecords();
		for (const connection of this.#connections) {
			connection.socket.close(CLOSE.goingAway, 'relay shutting down');
		}
		for (const timer of this.#unloadTimers.values()) clearTimeout(timer);
		this.#unloadTimers.clear();
		const rooms = [...this.#rooms.entries()];
		await Promise.allSettled(
			rooms.map(async ([name, room]) => this.#unload(name, await room).catch(() => undefined))
		);
		await Promise.allSettled([...this.#unloading.values()]);
		this.#wss.close();
		for (const client of this.#wss.clients) client.terminate();
	}
}

/** Workspace and room of a `/sync/<ws>/<room>` request; null for anything else (never throws). */
function upgradeTarget(url: string | undefined): { ws: string; room: string } | null {
	try {
		const match = SYNC_PATH.exec(new URL(url ?? '/', 'http://relay').pathname);
		if (!match) return null;
		return { ws: match[1] ?? '', room: decodeURIComponent(match[2] ?? '') };
	} catch {
		return null;
	}
}

function toBuffer(data: RawData): Buffer {
	if (Buffer.isBuffer(data)) return data;
	if (Array.isArray(data)) return Buffer.concat(data);
	return Buffer.from(data);
}

function answer(
	res: http.ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {}
): void {
	const text = JSON.stringify(body);
	res.writeHead(status, {
		'Content-Type': 'application/json; charset=utf-8',
		'Cache-Control': 'no-store',
		// Grants and invitations are authenticated by their signatures, never by cookies: an app
		// served from elsewhere may call them (its POSTs are plain text, so no preflight).
		'Access-Control-Allow-Origin': '*',
		...headers
	});
	res.end(text);
}

function readBody(req: http.IncomingMessage, max: number): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.byteLength;
			if (size > max) {
				reject(new Error('too large'));
				req.destroy();
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}
