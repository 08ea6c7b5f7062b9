import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';

/**
 * Where the relay keeps rooms and its own small records (pinned workspace keys, stored grants).
 * Two implementations: LevelDB (`leveldb-persistence.ts`, one process, nothing to install) and
 * Redis (`redis-persistence.ts`, several relay processes sharing every room).
 */
export interface Persistence {
	/** Loads what is stored of a room into `doc`. */
	load(room: string, doc: Y.Doc): Promise<void>;
	/**
	 * Stores an update made to a loaded room (by a client of this relay), and gives the room a new
	 * version in its workspace's room feed, in the same step.
	 */
	store(room: string, update: Uint8Array): Promise<void>;
	/**
	 * The room feed of a workspace: each stored room (its name without the workspace) and its
	 * version, an opaque text that changes with every stored update (ARCHITECTURE.md, Opening
	 * rooms: a device syncs an account in the background only when its version changed).
	 */
	roomVersions(ws: string): Promise<Record<string, string>>;
	/**
	 * Document and awareness updates of the room that came through other relay processes, for as
	 * long as the room is loaded here. Returns the stop. A single-process store never calls them.
	 */
	subscribe(room: string, from: RemoteUpdates): Promise<() => Promise<void>>;
	/** Passes an awareness update to the other relay processes holding the room (never stored). */
	publishAwareness(room: string, update: Uint8Array): Promise<void>;
	/** Compacts what is stored of a room that is being unloaded. */
	flush(room: string, doc: Y.Doc): Promise<void>;
	/** A small record of the relay itself (JSON text), or null. */
	getRecord(key: string): Promise<string | null>;
	/** Writes a record unless one exists; returns the one that is stored afterwards. */
	putRecordIfAbsent(key: string, value: string): Promise<string>;
	putRecord(key: string, value: string): Promise<void>;
	/** Reads and deletes a record in one step: of two callers, only one gets it (one-time invites). */
	takeRecord(key: string): Promise<string | null>;
	/** Tells every relay process (this one included) that a record changed. Returns the stop. */
	onRecordChange(listener: (key: string) => void): () => void;
	close(): Promise<void>;
}

/** Workspace and room of a stored room's key (`<ws>/<room>`). */
export function splitRoomKey(key: string): { ws: string; room: string } {
	const slash = key.indexOf('/');
	return slash < 0
		? { ws: '', room: key }
		: { ws: key.slice(0, slash), room: key.slice(slash + 1) };
}

/** A new room version: unique across relay processes, growing with time (for people reading it). */
export function newRoomVersion(now = Date.now()): string {
	return `${now.toString(36)}.${randomBytes(6).toString('hex')}`;
}

export interface RemoteUpdates {
	update(update: Uint8Array): void;
	awareness(update: Uint8Array): void;
}
