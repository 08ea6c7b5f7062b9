import { LeveldbPersistence } from 'y-leveldb';
import * as Y from 'yjs';
import { newRoomVersion, splitRoomKey, type Persistence } from './persistence.js';

/** The document name under which the relay keeps its own records (never a room name). */
const RECORDS = '__relay';
/** The document name of a workspace's room feed (its metadata: room → version). */
const feedOf = (ws: string) => `__feed/${ws}`;

/**
 * Rooms in LevelDB (`y-leveldb`) under one directory: the default, nothing to install, one relay
 * process. Records (pinned keys, grants) are metadata of a reserved document.
 */
export class LevelPersistence implements Persistence {
	readonly #db: LeveldbPersistence;
	readonly #listeners = new Set<(key: string) => void>();
	/** Serializes read-then-write of records (`putRecordIfAbsent`). */
	#records: Promise<unknown> = Promise.resolve();

	constructor(directory: string) {
		this.#db = new LeveldbPersistence(directory);
	}

	async load(room: string, doc: Y.Doc): Promise<void> {
		const stored = await this.#db.getYDoc(room);
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(stored));
		stored.destroy();
	}

	async store(room: string, update: Uint8Array): Promise<void> {
		const { ws, room: name } = splitRoomKey(room);
		// Both at once: the relay serves a room from memory, so a device that sees the new version
		// before the update is on disk still gets the update.
		await Promise.all([
			this.#db.storeUpdate(room, update),
			ws ? this.#db.setMeta(feedOf(ws), name, newRoomVersion()) : Promise.resolve()
		]);
	}

	async roomVersions(ws: string): Promise<Record<string, string>> {
		const metas = await this.#db.getMetas(feedOf(ws));
		const versions: Record<string, string> = {};
		for (const [room, version] of metas)
			if (typeof room === 'string' && typeof version === 'string') versions[room] = version;
		return versions;
	}

	/** One process: there is nobody else to hear from or tell. */
	subscribe(): Promise<() => Promise<void>> {
		return Promise.resolve(() => Promise.resolve());
	}

	publishAwareness(): Promise<void> {
		return Promise.resolve();
	}

	async flush(room: string): Promise<void> {
		await this.#db.flushDocument(room);
	}

	async getRecord(key: string): Promise<string | null> {
		const value: unknown = await this.#db.getMeta(RECORDS, key);
		return typeof value === 'string' ? value : null;
	}

	putRecordIfAbsent(key: string, value: string): Promise<string> {
		const run = this.#records.then(async () => {
			const existing = await this.getRecord(key);
			if (existing !== null) return existing;
			await this.#db.setMeta(RECORDS, key, value);
			this.#emit(key);
			return value;
		});
		this.#records = run.catch(() => undefined);
		return run;
	}

	async putRecord(key: string, value: string): Promise<void> {
		const run = this.#records.then(() => this.#db.setMeta(RECORDS, key, value));
		this.#records = run.catch(() => undefined);
		await run;
		this.#emit(key);
	}

	takeRecord(key: string): Promise<string | null> {
		const run = this.#records.then(async () => {
			const existing = await this.getRecord(key);
			if (existing !== null) await this.#db.delMeta(RECORDS, key);
			return existing;
		});
		this.#records = run.catch(() => undefined);
		return run;
	}

	onRecordChange(listener: (key: string) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#emit(key: string): void {
		for (const listener of this.#listeners) listener(key);
	}

	async close(): Promise<void> {
		await this.#records;
		await this.#db.destroy();
	}
}
