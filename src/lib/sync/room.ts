import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { clock } from './clock';
import { checkAfterMerge } from './invariants';
import { mergeRemoteWrites } from './merge';

/** Origin of transactions made by this tab's services. */
export const LOCAL_ORIGIN = 'local';
/** Origin of updates received from another tab of this device. */
const TAB_ORIGIN = 'tab';

type CommitListener = (rooms: readonly Room[]) => void;
const commitListeners = new Set<CommitListener>();

/** Tells `listener` about every change this tab's services commit (sync/commit.ts), with its rooms. */
export function onLocalCommit(listener: CommitListener): () => void {
	commitListeners.add(listener);
	return () => commitListeners.delete(listener);
}

export function announceLocalCommit(rooms: readonly Room[]): void {
	for (const listener of commitListeners) listener(rooms);
}

/** The IndexedDB database (y-indexeddb) that keeps a room on this device. */
export function roomDatabaseName(workspaceId: string, name: string): string {
	return `${ROOM_DB_PREFIX}${workspaceId}-${name}`;
}

export const ROOM_DB_PREFIX = 'switchboard-y-';

/** The maps whose values are stamped records (domain/records.ts), merged field by field. */
const STAMPED_MAPS = ['workspace', 'accounts', 'account', 'users'] as const;

type TabMessage =
	{ type: 'update'; update: Uint8Array } | { type: 'hello'; stateVector: Uint8Array };

/**
 * One replicated document (a room, e.g. `ws:<id>` or `acct:<id>`), kept in IndexedDB with
 * y-indexeddb and shared live with this device's other tabs over a BroadcastChannel.
 *
 * ```ts
 * const room = await Room.open('w1', 'ws:w1');
 * room.doc.getMap('accounts').get(id);
 * ```
 */
export class Room {
	readonly doc: Y.Doc;
	readonly name: string;
	readonly workspaceId: string;
	readonly #persistence: IndexeddbPersistence;
	readonly #channel: BroadcastChannel | null;
	#closed = false;
	#stopMerging: () => void = () => undefined;

	private constructor(workspaceId: string, name: string) {
		this.workspaceId = workspaceId;
		this.name = name;
		this.doc = new Y.Doc();
		this.#persistence = new IndexeddbPersistence(roomDatabaseName(workspaceId, name), this.doc);
		this.#channel =
			typeof BroadcastChannel === 'undefined'
				? null
				: new BroadcastChannel(roomDatabaseName(workspaceId, name));
	}

	/** Opens the room and resolves once its locally stored state is loaded. */
	static async open(workspaceId: string, name: string): Promise<Room> {
		const room = new Room(workspaceId, name);
		await room.#persistence.whenSynced;
		// Before any update from another tab or the relay can arrive.
		room.#stopMerging = mergeRemoteWrites(
			room.doc,
			STAMPED_MAPS,
			clock,
			(origin) => origin === LOCAL_ORIGIN,
			(stamp) => console.warn(`A stamp far in the future was clamped in ${name}: ${stamp}`)
		);
		const stopChecks = checkAfterMerge(room.doc, clock, (origin) => origin === LOCAL_ORIGIN);
		const stopMerging = room.#stopMerging;
		room.#stopMerging = () => {
			stopMerging();
			stopChecks();
		};
		room.#connectTabs();
		return room;
	}

	/** Keeps other tabs' copies of this room in step: every update goes out, every update comes in. */
	#connectTabs(): void {
		const channel = this.#channel;
		if (!channel) return;
		// Until another tab has said hello (or sent an update), nobody listens: a bulk write's
		// update (megabytes) is then not copied into the channel for nothing. A tab that opens later
		// says hello with its state vector and gets everything it lacks in the reply.
		let peers = false;
		this.doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (peers && origin !== TAB_ORIGIN)
				channel.postMessage({ type: 'update', update } satisfies TabMessage);
		});
		channel.onmessage = (message: MessageEvent<unknown>) => {
			const data = parseTabMessage(message.data);
			if (!data) return;
			peers = true;
			if (data.type === 'update') {
				Y.applyUpdate(this.doc, data.update, TAB_ORIGIN);
			} else {
				const update = Y.encodeStateAsUpdate(this.doc, data.stateVector);
				channel.postMessage({ type: 'update', update } satisfies TabMessage);
			}
		};
		// A tab that opens catches up with what the others have not yet persisted.
		channel.postMessage({
			type: 'hello',
			stateVector: Y.encodeStateVector(this.doc)
		} satisfies TabMessage);
	}

	map(name: string): Y.Map<unknown> {
		return this.doc.getMap(name);
	}

	/**
	 * Resolves once every update made so far is stored in IndexedDB: a read-only transaction on
	 * the updates store starts only after the read-write ones created before it have finished.
	 */
	stored(): Promise<void> {
		const db = this.#persistence.db;
		if (!db || this.#closed) return Promise.resolve();
		return new Promise((resolve, reject) => {
			const tx = db.transaction(['updates'], 'readonly');
			tx.objectStore('updates').count();
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
			tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
		});
	}

	get closed(): boolean {
		return this.#closed;
	}

	async close(): Promise<void> {
		this.#closed = true;
		this.#stopMerging();
		this.#channel?.close();
		await this.#persistence.destroy();
		this.doc.destroy();
	}
}

function parseTabMessage(value: unknown): TabMessage | null {
	if (typeof value !== 'object' || value === null) return null;
	const v = value as Record<string, unknown>;
	if (v.type === 'update' && v.update instanceof Uint8Array)
		return { type: 'update', update: v.update };
	if (v.type === 'hello' && v.stateVector instanceof Uint8Array)
		return { type: 'hello', stateVector: v.stateVector };
	return null;
}

/**
 * Deletes what this device keeps of the rooms of these accounts (`acct:<id>` and every
 * `events:<id>:<month>`): their IndexedDB databases. The rooms must be closed first.
 */
export async function deleteAccountRoomData(
	workspaceId: string,
	accountIds: readonly string[]
): Promise<void> {
	if (accountIds.length === 0 || typeof indexedDB === 'undefined') return;
	const names = new Set(accountIds.map((id) => roomDatabaseName(workspaceId, `acct:${id}`)));
	const months = accountIds.map((id) => roomDatabaseName(workspaceId, `events:${id}:`));
	for (const { name } of await indexedDB.databases())
		if (name && months.some((prefix) => name.startsWith(prefix))) names.add(name);
	await Promise.all(
		[...names].map(
			(name) =>
				new Promise<void>((resolve, reject) => {
					const request = indexedDB.deleteDatabase(name);
					request.onsuccess = () => resolve();
					request.onerror = () => reject(request.error ?? new Error(`Deleting ${name} failed`));
					// Another tab still has it open: it is deleted once that tab lets it go.
					request.onblocked = () => resolve();
				})
		)
	);
}
