import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import * as Y from 'yjs';
import {
	newRoomVersion,
	splitRoomKey,
	type Persistence,
	type RemoteUpdates
} from './persistence.js';

/**
 * Rooms in Redis, shared by every relay process that uses the same Redis: each room is a list of
 * updates (`sb:room:<room>:u`) and a channel (`sb:room:<room>`) on which a process publishes what
 * its clients wrote, so the processes holding that room apply it and pass it to their clients.
 *
 * Our own rather than `y-redis` 1.0.3 because that one never compacts a room's list (a room that
 * received 100,000 edits is 100,000 entries to read for every process that loads it), pulls in
 * ioredis 4, and publishes only a counter, so every update costs each process a second read.
 *
 * Compaction merges the first N entries of the list into one (Lua, atomic, and only if nobody
 * compacted meanwhile); new entries are only ever appended, so nothing written concurrently is
 * lost. Loading subscribes first and reads second: an update is then either in the list already
 * or arrives on the channel (applying it twice is harmless in Yjs).
 */

/** A room's list is compacted on load, on unload and when it grows past this many entries. */
const COMPACT_AT = 500;

const COMPACT_SCRIPT = `
if redis.call('LINDEX', KEYS[1], 0) ~= ARGV[1] then return 0 end
if redis.call('LLEN', KEYS[1]) < tonumber(ARGV[2]) then return 0 end
redis.call('LTRIM', KEYS[1], tonumber(ARGV[2]), -1)
redis.call('LPUSH', KEYS[1], ARGV[3])
return 1
`;

const RECORDS_CHANNEL = 'sb:records';

export class RedisPersistence implements Persistence {
	readonly #redis: Redis;
	readonly #sub: Redis;
	/** Prefixes what this process publishes, so it can skip its own messages. */
	readonly #instance = randomBytes(16);
	readonly #rooms = new Map<string, RemoteUpdates>();
	readonly #recordListeners = new Set<(key: string) => void>();
	readonly #ready: Promise<unknown>;
	#compacting = new Set<string>();

	constructor(url: string) {
		this.#redis = new Redis(url, { maxRetriesPerRequest: 3 });
		this.#sub = new Redis(url);
		// ioredis reconnects by itself; say so once per outage instead of an unhandled error event.
		for (const client of [this.#redis, this.#sub]) {
			let down = false;
			client.on('error', (error: Error) => {
				if (!down) console.error('Redis connection lost; reconnecting:', error.message);
				down = true;
			});
			client.on('ready', () => (down = false));
		}
		this.#sub.on('messageBuffer', (channel: Buffer, message: Buffer) => {
			const name = channel.toString();
			if (name === RECORDS_CHANNEL) {
				for (const listener of this.#recordListeners) listener(message.toString());
				return;
			}
			if (message.subarray(0, 16).equals(this.#instance)) return;
			const payload = new Uint8Array(message.subarray(16));
			if (name.startsWith(AWARENESS_PREFIX)) {
				this.#rooms.get(name.slice(AWARENESS_PREFIX.length))?.awareness(payload);
			} else {
				this.#rooms.get(name.slice(ROOM_PREFIX.length))?.update(payload);
			}
		});
		this.#ready = this.#sub.subscribe(RECORDS_CHANNEL);
	}

	/** Resolves once both connections answer (the relay fails to start without its Redis). */
	async ready(): Promise<void> {
		await this.#ready;
		await this.#redis.ping();
	}

	async load(room: string, doc: Y.Doc): Promise<void> {
		const updates = await this.#redis.lrangeBuffer(listKey(room), 0, -1);
		Y.transact(doc, () => {
			for (const update of updates) Y.applyUpdate(doc, update);
		});
		if (updates.length > COMPACT_AT) await this.#compact(room);
	}

	async store(room: string, update: Uint8Array): Promise<void> {
		const bytes = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
		const { ws, room: name } = splitRoomKey(room);
		const result = await this.#redis
			.multi()
			.rpush(listKey(room), bytes)
			.hset(feedKey(ws), name, newRoomVersion())
			.publish(channelOf(room), Buffer.concat([this.#instance, bytes]))
			.exec();
		const failed = result?.find(([error]) => error !== null);
		if (!result || failed) throw failed?.[0] ?? new Error('Redis transaction discarded');
		const length = result[0]?.[1];
		if (typeof length === 'number' && length > COMPACT_AT) void this.#compact(room);
	}

	async roomVersions(ws: string): Promise<Record<string, string>> {
		return this.#redis.hgetall(feedKey(ws));
	}

	async subscribe(room: string, from: RemoteUpdates): Promise<() => Promise<void>> {
		this.#rooms.set(room, from);
		await this.#sub.subscribe(channelOf(room), awarenessChannelOf(room));
		return async () => {
			if (this.#rooms.get(room) === from) this.#rooms.delete(room);
			await this.#sub.unsubscribe(channelOf(room), awarenessChannelOf(room));
		};
	}

	async publishAwareness(room: string, update: Uint8Array): Promise<void> {
		const bytes = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
		await this.#redis.publish(awarenessChannelOf(room), Buffer.concat([this.#instance, bytes]));
	}

	async flush(room: string): Promise<void> {
		await this.#compact(room);
	}

	/** Merges the list's entries into one, unless another process changed its head meanwhile. */
	async #compact(room: string): Promise<void> {
		if (this.#compacting.has(room)) return;
		this.#compacting.add(room);
		try {
			const updates = await this.#redis.lrangeBuffer(listKey(room), 0, -1);
			const first = updates[0];
			if (updates.length < 2 || first === undefined) return;
			const merged = Buffer.from(Y.mergeUpdates(updates));
			await this.#redis.eval(COMPACT_SCRIPT, 1, listKey(room), first, updates.length, merged);
		} catch (error: unknown) {
			// Compaction only saves space and load time; the entries stay as they were.
			console.warn(`Compacting ${room} in Redis failed:`, error);
		} finally {
			this.#compacting.delete(room);
		}
	}

	async getRecord(key: string): Promise<string | null> {
		return this.#redis.get(recordKey(key));
	}

	async putRecordIfAbsent(key: string, value: string): Promise<string> {
		const set = await this.#redis.set(recordKey(key), value, 'NX');
		if (set === 'OK') {
			await this.#redis.publish(RECORDS_CHANNEL, key);
			return value;
		}
		return (await this.#redis.get(recordKey(key))) ?? value;
	}

	async putRecord(key: string, value: string): Promise<void> {
		await this.#redis.set(recordKey(key), value);
		await this.#redis.publish(RECORDS_CHANNEL, key);
	}

	async takeRecord(key: string): Promise<string | null> {
		return this.#redis.getdel(recordKey(key));
	}

	onRecordChange(listener: (key: string) => void): () => void {
		this.#recordListeners.add(listener);
		return () => this.#recordListeners.delete(listener);
	}

	async close(): Promise<void> {
		await Promise.allSettled([this.#redis.quit(), this.#sub.quit()]);
	}
}

/** A workspace's room feed: a hash of room → version. */
function feedKey(ws: string): string {
	return `sb:feed:${ws}`;
}

function listKey(room: string): string {
	return `${ROOM_PREFIX}${room}:u`;
}

const ROOM_PREFIX = 'sb:room:';
const AWARENESS_PREFIX = 'sb:aw:';

function channelOf(room: string): string {
	return `${ROOM_PREFIX}${room}`;
}

function awarenessChannelOf(room: string): string {
	return `${AWARENESS_PREFIX}${room}`;
}

function recordKey(key: string): string {
	return `sb:rec:${key}`;
}
