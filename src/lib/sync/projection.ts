import * as Y from 'yjs';
import { emit as emitConflict } from './invariants';
import { decodeRecord } from './records';
import type { WorkspaceDb } from '$lib/db/workspace.db';
import {
	applyProjection,
	projectedIds,
	projectionState,
	type ProjectedTable,
	type ProjectionBatch
} from '$lib/db/readmodel';

/** Which map of a room goes to which read-model table, and which existing rows it owns. */
export interface MapProjection {
	map: string;
	table: ProjectedTable;
	/** Rows of the table this map is the whole truth for; used to drop rows a full re-projection no longer finds. */
	owner: { accountId: string } | { all: true } | null;
	/**
	 * Records of this map must name this account (a user in `acct:X` has `accountId` X): one that
	 * names another is not projected, so a faulty or hostile device cannot put a user into an
	 * account through another account's room (ARCHITECTURE.md, "Incoming changes are checked").
	 */
	accountId?: string;
	/** The field that names the account: `accountId` (users), `id` (the account's own record). */
	accountField?: 'accountId' | 'id';
	/** For the accounts table: which part of an account the map holds (db/readmodel.ts). */
	part?: 'entry' | 'record';
	/**
	 * Which records the person may see, by id (an account manager sees only their accounts): the
	 * others are not projected, and a full re-projection removes those already there.
	 */
	admits?: (id: string) => boolean;
}

function claimedAccount(projection: MapProjection, value: unknown): unknown {
	if (typeof value !== 'object' || value === null) return undefined;
	return (value as Record<string, unknown>)[projection.accountField ?? 'accountId'];
}

/** Whether a stored record may be projected from this map: it belongs to the room's account. */
function belongs(projection: MapProjection, value: unknown): boolean {
	if (projection.accountId === undefined) return true;
	return claimedAccount(projection, value) === projection.accountId;
}

/** The projections of each kind of room (ARCHITECTURE.md, Replicated documents). */
export function projectionsFor(
	roomName: string,
	partnerAccountId: string | null,
	accountVisible?: (accountId: string) => boolean
): MapProjection[] {
	if (roomName.startsWith('ws:')) {
		return [
			{ map: 'workspace', table: 'workspace', owner: { all: true } },
			// Directory entries of the customer accounts, the partner account's full record.
			{
				map: 'accounts',
				table: 'accounts',
				owner: { all: true },
				part: 'entry',
				...(accountVisible ? { admits: accountVisible } : {})
			},
			{
				map: 'users',
				table: 'users',
				owner: partnerAccountId ? { accountId: partnerAccountId } : null,
				...(partnerAccountId ? { accountId: partnerAccountId } : {})
			},
			// Append-only: operations are never removed.
			{ map: 'intents', table: 'intents', owner: null }
		];
	}
	if (roomName.startsWith('acct:')) {
		const accountId = roomName.slice(5);
		// The partner account's users are in the workspace room: a room of that name (never written
		// by this app) must not make the projection drop them.
		if (accountId === partnerAccountId) return [];
		return [
			{
				map: 'account',
				table: 'accounts',
				owner: null,
				accountId,
				accountField: 'id',
				part: 'record'
			},
			{ map: 'users', table: 'users', owner: { accountId }, accountId }
		];
	}
	// Events are append-only: a re-projection only adds.
	if (roomName.startsWith('events:')) return [{ map: 'events', table: 'events', owner: null }];
	return [];
}

function batchOf(projection: MapProjection): ProjectionBatch {
	const batch: ProjectionBatch = { table: projection.table, puts: [], deletes: [] };
	if (projection.part) batch.part = projection.part;
	return batch;
}

function sameBytes(a: Uint8Array | null, b: Uint8Array): boolean {
	if (!a || a.length !== b.length) return false;
	return a.every((byte, i) => byte === b[i]);
}

/**
 * Keeps the read model in step with one Y.Doc. On start it re-projects the whole doc unless the
 * read model already holds its current state; afterwards every transaction's changed keys are
 * projected, in order, in one read-model transaction each. Replaying an update Yjs already has
 * changes nothing (Yjs drops it), and projecting a value twice writes the same row.
 */
export class Projector {
	readonly #doc: Y.Doc;
	readonly #db: WorkspaceDb;
	readonly #room: string;
	readonly #maps: MapProjection[];
	#queue: Promise<void> = Promise.resolve();
	#pending = new Map<string, Set<string>>();
	#scheduled = false;
	#onError: (error: unknown) => void;
	#stored: () => Promise<void>;

	/**
	 * `stored` resolves once the document's updates so far are stored on the device: a change is
	 * projected only after that. The source is then safe first (a tab closed meanwhile loses no
	 * change that the lists already showed), and the document's own write is not queued behind
	 * the many row writes of its projection in the shared IndexedDB backend.
	 */
	constructor(
		doc: Y.Doc,
		db: WorkspaceDb,
		room: string,
		maps: MapProjection[],
		onError: (error: unknown) => void,
		stored: () => Promise<void> = () => Promise.resolve()
	) {
		this.#doc = doc;
		this.#db = db;
		this.#room = room;
		this.#maps = maps;
		this.#onError = onError;
		this.#stored = stored;
	}

	/** Projects what the read model lacks, then follows every change. */
	start(): Promise<void> {
		this.#doc.on('afterTransaction', this.#onTransaction);
		return this.#enqueue(() => this.#fullProjection(false));
	}

	stop(): void {
		this.#doc.off('afterTransaction', this.#onTransaction);
	}

	/** Resolves when everything seen so far is in the read model. */
	flushed(): Promise<void> {
		this.#flushPending();
		return this.#queue;
	}

	/** Re-projects the whole document (after a restore, or when the read model was cleared). */
	reproject(): Promise<void> {
		return this.#enqueue(() => this.#fullProjection(true));
	}

	#onTransaction = (tr: Y.Transaction): void => {
		for (const projection of this.#maps) {
			const type = this.#doc.share.get(projection.map);
			const keys = type ? tr.changed.get(type) : undefined;
			if (!keys) continue;
			let pending = this.#pending.get(projection.map);
			if (!pending) this.#pending.set(projection.map, (pending = new Set()));
			for (const key of keys) if (key !== null) pending.add(key);
		}
		if (this.#pending.size > 0 && !this.#scheduled) {
			this.#scheduled = true;
			queueMicrotask(() => this.#flushPending());
		}
	};

	#flushPending(): void {
		this.#scheduled = false;
		if (this.#pending.size === 0) return;
		const pending = this.#pending;
		this.#pending = new Map();
		const batches: ProjectionBatch[] = [];
		for (const projection of this.#maps) {
			const keys = pending.get(projection.map);
			if (!keys) continue;
			const map = this.#doc.getMap<unknown>(projection.map);
			const batch = batchOf(projection);
			for (const key of keys) {
				const value = decodeRecord(map.get(key));
				if (value === undefined || projection.admits?.(key) === false) batch.deletes.push(key);
				else if (belongs(projection, value)) batch.puts.push(value);
				else this.#reject(key, claimedAccount(projection, value));
			}
			batches.push(batch);
		}
		const stateVector = Y.encodeStateVector(this.#doc);
		const stored = this.#stored();
		void this.#enqueue(async () => {
			await stored;
			try {
				await applyProjection(this.#db, batches, this.#room, stateVector);
			} catch (first) {
				// The state vector is stored only with a batch that went in, so nothing is marked done
				// that is not. Once more, then from the document itself (it holds the truth); only
				// when that fails too is the failure reported.
				console.warn(`Projection of ${this.#room} failed once, retrying`, first);
				try {
					await applyProjection(this.#db, batches, this.#room, stateVector);
				} catch {
					await this.#fullProjection(true);
				}
			}
		});
	}

	#reject(id: string, claimed: unknown): void {
		console.warn(
			`rejected: record ${id} names account ${String(claimed)} but arrived in ${this.#room}`
		);
		emitConflict({
			kind: 'rejected_record',
			room: this.#room,
			accountId: this.#room.startsWith('acct:') ? this.#room.slice(5) : '',
			recordId: id,
			claimedAccountId: typeof claimed === 'string' ? claimed : '',
			at: new Date().toISOString()
		});
	}

	async #fullProjection(force: boolean): Promise<void> {
		const stateVector = Y.encodeStateVector(this.#doc);
		if (!force && sameBytes(await projectionState(this.#db, this.#room), stateVector)) return;
		const batches: ProjectionBatch[] = [];
		for (const projection of this.#maps) {
			const map = this.#doc.getMap<unknown>(projection.map);
			const batch = batchOf(projection);
			// Deleted records (tombstones) are not rows.
			const live = new Set<string>();
			for (const [id, stored] of map) {
				const value = decodeRecord(stored);
				if (value === undefined || projection.admits?.(id) === false) continue;
				if (!belongs(projection, value)) {
					this.#reject(id, claimedAccount(projection, value));
					continue;
				}
				live.add(id);
				batch.puts.push(value);
			}
			if (projection.owner) {
				const ids = await projectedIds(this.#db, projection.table, projection.owner);
				batch.deletes = ids.filter((id) => !live.has(id));
			}
			batches.push(batch);
		}
		await applyProjection(this.#db, batches, this.#room, stateVector);
	}

	#enqueue(task: () => Promise<void>): Promise<void> {
		const next = this.#queue.then(task).catch((error: unknown) => this.#onError(error));
		this.#queue = next;
		return next;
	}
}
