import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Persistence } from './persistence.js';

/** y-websocket message types. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;

/** What a room needs of a connection: send bytes, and whether it may write. */
export interface Peer {
	send(message: Uint8Array): void;
	readonly readOnly: boolean;
}

/** Origin of updates that came from persistence or another relay process (not stored again). */
const FROM_STORE = Symbol('from-store');

/**
 * One loaded room: its Y.Doc, the awareness of its clients, and their connections. Updates from a
 * client are stored (retried as the full state when storing failed, so nothing a client sent is
 * lost while the relay runs) and passed to the other clients; updates from other relay processes
 * are passed to every client.
 */
export class Room {
	readonly name: string;
	readonly doc = new Y.Doc({ gc: true });
	readonly awareness = new awarenessProtocol.Awareness(this.doc);
	readonly peers = new Map<Peer, Set<number>>();
	readonly #persistence: Persistence;
	readonly #onError: (message: string, error: unknown) => void;
	#unsubscribe: (() => Promise<void>) | null = null;
	/** Updates waiting for the store in flight (`#writing`). */
	#queued: Uint8Array[] = [];
	#writing: Promise<void> | null = null;
	/** A store failed: the whole state is stored again (retried) before the room unloads. */
	#storeFailed = false;
	#retry: ReturnType<typeof setTimeout> | null = null;

	constructor(name: string, persistence: Persistence, onError: (m: string, e: unknown) => void) {
		this.name = name;
		this.#persistence = persistence;
		this.#onError = onError;
		this.awareness.setLocalState(null);
		this.doc.on('update', (update: Uint8Array, origin: unknown) => {
			// The clients first, the store after: a store's synchronous part (encoding, the
			// LevelDB request) then never delays the fan-out. Not back to the client it came from:
			// it has it (a device's first sync of a 100,000-user account is about 80 MB).
			const encoder = encoding.createEncoder();
			encoding.writeVarUint(encoder, MESSAGE_SYNC);
			syncProtocol.writeUpdate(encoder, update);
			this.broadcast(
				encoding.toUint8Array(encoder),
				this.peers.has(origin as Peer) ? origin : null
			);
			if (origin !== FROM_STORE) this.#store(update);
		});
		this.awareness.on(
			'update',
			(changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
				const peer = origin as Peer | null;
				const controlled = peer ? this.peers.get(peer) : undefined;
				if (controlled) {
					for (const id of changes.added) controlled.add(id);
					for (const id of changes.removed) controlled.delete(id);
				}
				const changed = [...changes.added, ...changes.updated, ...changes.removed];
				const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
				const encoder = encoding.createEncoder();
				encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
				encoding.writeVarUint8Array(encoder, update);
				this.broadcast(encoding.toUint8Array(encoder));
				// Presence of this relay's clients reaches the clients of the other relays.
				if (origin !== FROM_STORE) {
					this.#persistence.publishAwareness(this.name, update).catch((error: unknown) => {
						this.#onError(`Passing presence in ${this.name} on failed`, error);
					});
				}
			}
		);
	}

	/** Subscribes first, loads second: an update written meanwhile arrives one way or the other. */
	async load(): Promise<void> {
		this.#unsubscribe = await this.#persistence.subscribe(this.name, {
			update: (update) => Y.applyUpdate(this.doc, update, FROM_STORE),
			awareness: (update) =>
				awarenessProtocol.applyAwarenessUpdate(this.awareness, update, FROM_STORE)
		});
		const stored = new Y.Doc();
		await this.#persistence.load(this.name, stored);
		Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(stored), FROM_STORE);
		stored.destroy();
	}

	/** Adds a client and sends it the first sync step and the others' awareness. */
	join(peer: Peer): void {
		this.peers.set(peer, new Set());
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, MESSAGE_SYNC);
		syncProtocol.writeSyncStep1(encoder, this.doc);
		peer.send(encoding.toUint8Array(encoder));
		const states = [...this.awareness.getStates().keys()];
		if (states.length > 0) peer.send(this.#awarenessMessage(states));
	}

	leave(peer: Peer): void {
		const controlled = this.peers.get(peer);
		this.peers.delete(peer);
		if (controlled && controlled.size > 0) {
			awarenessProtocol.removeAwarenessStates(this.awareness, [...controlled], null);
		}
	}

	/**
	 * Handles one message of a client. Returns 'write-refused' when a read-only client sent a
	 * change (dropped, the document is untouched).
	 */
	receive(peer: Peer, message: Uint8Array): 'ok' | 'write-refused' {
		const decoder = decoding.createDecoder(message);
		const type = decoding.readVarUint(decoder);
		if (type === MESSAGE_SYNC) {
			if (peer.readOnly) {
				const peek = decoding.createDecoder(message);
				decoding.readVarUint(peek);
				if (decoding.readVarUint(peek) !== syncProtocol.messageYjsSyncStep1) return 'write-refused';
			}
			const encoder = encoding.createEncoder();
			encoding.writeVarUint(encoder, MESSAGE_SYNC);
			syncProtocol.readSyncMessage(decoder, encoder, this.doc, peer);
			if (encoding.length(encoder) > 1) peer.send(encoding.toUint8Array(encoder));
			return 'ok';
		}
		if (type === MESSAGE_AWARENESS) {
			awarenessProtocol.applyAwarenessUpdate(
				this.awareness,
				decoding.readVarUint8Array(decoder),
				peer
			);
			return 'ok';
		}
		if (type === MESSAGE_QUERY_AWARENESS) {
			peer.send(this.#awarenessMessage([...this.awareness.getStates().keys()]));
			return 'ok';
		}
		throw new Error(`Unknown message type ${type}`);
	}

	broadcast(message: Uint8Array, except: unknown = null): void {
		for (const peer of this.peers.keys()) if (peer !== except) peer.send(message);
	}

	#awarenessMessage(clients: number[]): Uint8Array {
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
		encoding.writeVarUint8Array(
			encoder,
			awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)
		);
		return encoding.toUint8Array(encoder);
	}

	/**
	 * Stores one update. While a store is in flight, later updates wait and go as one merged
	 * update, so a burst of small edits costs a few writes instead of one each.
	 */
	#store(update: Uint8Array): void {
		this.#queued.push(update);
		if (this.#writing) return;
		this.#writing = this.#drain().finally(() => (this.#writing = null));
	}

	async #drain(): Promise<void> {
		while (this.#queued.length > 0) {
			const batch = this.#queued.splice(0);
			try {
				if (this.#storeFailed) await this.#storeAll();
				else await this.#persistence.store(this.name, merged(batch));
			} catch (error: unknown) {
				this.#storeFailed = true;
				this.#onError(`Storing an update of ${this.name} failed; retrying`, error);
				this.#scheduleRetry();
				return;
			}
		}
	}

	/** Updates received and not yet stored (0 once everything a client sent is in persistence). */
	get unstored(): number {
		return this.#queued.length + (this.#writing ? 1 : 0) + (this.#storeFailed ? 1 : 0);
	}

	/** Stores the whole state (after a failed store): always safe, updates are idempotent. */
	async #storeAll(): Promise<void> {
		// The state includes every queued update (each was applied before it was queued).
		this.#queued = [];
		await this.#persistence.store(this.name, Y.encodeStateAsUpdate(this.doc));
		this.#storeFailed = false;
	}

	#scheduleRetry(): void {
		if (this.#retry) return;
		this.#retry = setTimeout(() => {
			this.#retry = null;
			if (!this.#storeFailed) return;
			this.#storeAll().catch((error: unknown) => {
				this.#onError(`Storing ${this.name} failed again; retrying`, error);
				this.#scheduleRetry();
			});
		}, 1000);
		this.#retry.unref();
	}

	/** Waits for pending stores, stores everything if a store failed, compacts, and lets go. */
	async unload(): Promise<void> {
		await this.#writing;
		if (this.#retry) clearTimeout(this.#retry);
		if (this.#storeFailed) await this.#storeAll();
		await this.#persistence.flush(this.name, this.doc);
		await this.#unsubscribe?.();
		this.awareness.destroy();
		this.doc.destroy();
	}
}

function merged(updates: Uint8Array[]): Uint8Array {
	const [only] = updates;
	return updates.length === 1 && only ? only : Y.mergeUpdates(updates);
}
