import {
	parseAccount,
	parseDirectoryEntry,
	parseEvent,
	parseUser,
	parseWorkspace
} from '$lib/domain/schema';
import { inSlices } from './sliced';
import {
	accountFromDirectory,
	isDirectoryEntry,
	withDirectory,
	type DirectoryEntry
} from '$lib/domain/directory';
import type { Account } from '$lib/domain/model';
import { parseIntent } from '$lib/domain/intents';
import { timed, timedAsync } from '$lib/timing';
import type { WorkspaceDb } from './workspace.db';
import { accountRow, toAccount, userRow, type AccountRow } from './rows';
import { accountEvents, accountUsers } from './account-rows';
import { applySearchWordsChange, searchWordsChange, searchWordsTables } from './search-words';
import { applyUserCountChange, userCountChange, userCountTables } from './account-stats';

/** The read-model tables that replicated maps are projected into. */
export type ProjectedTable = 'workspace' | 'accounts' | 'users' | 'events' | 'intents';

export interface ProjectionBatch {
	table: ProjectedTable;
	/** Values as found in the replicated document: validated here before they are stored. */
	puts: unknown[];
	deletes: string[];
	/**
	 * For the accounts table: `entry` for the workspace room's entries (a directory entry, or the
	 * full record of the partner account), `record` for an account room's full record.
	 */
	part?: 'entry' | 'record';
}

/**
 * One account's part as a projection found it: rows are put together from the workspace room's
 * entry and the account room's record (domain/directory.ts), whichever arrives first.
 */
type AccountPiece =
	| { kind: 'full'; account: Account }
	| { kind: 'entry'; entry: DirectoryEntry }
	| { kind: 'record'; account: Account };

function accountPiece(value: unknown, part: 'entry' | 'record'): AccountPiece | null {
	if (part === 'entry' && isDirectoryEntry(value)) {
		const entry = parseDirectoryEntry(value);
		return entry && { kind: 'entry', entry };
	}
	const account = parseAccount(value);
	return account && { kind: part === 'entry' ? 'full' : 'record', account };
}

/** The row of an account once `piece` is taken in, given the row the read model has now. */
function accountRowWith(piece: AccountPiece, existing: AccountRow | undefined): AccountRow {
	switch (piece.kind) {
		case 'full':
			return accountRow(piece.account, { fromDirectory: true });
		case 'entry': {
			const pending = !existing || existing.detailsPending === true;
			const base = existing && !pending ? toAccount(existing) : accountFromDirectory(piece.entry);
			return accountRow(withDirectory(base, piece.entry), {
				fromDirectory: true,
				detailsPending: pending
			});
		}
		case 'record':
			// The workspace room's fields win: the record's copy of them may be older.
			return existing?.fromDirectory
				? accountRow(withDirectory(piece.account, existing), { fromDirectory: true })
				: accountRow(piece.account);
	}
}

function pieceId(piece: AccountPiece): string {
	return piece.kind === 'entry' ? piece.entry.id : piece.account.id;
}

/** The row of a value of the other tables (accounts: `accountPiece`). */
function toRow(table: Exclude<ProjectedTable, 'accounts'>, value: unknown): object | null {
	switch (table) {
		case 'workspace':
			return parseWorkspace(value);
		case 'users': {
			const user = parseUser(value);
			return user && userRow(user);
		}
		case 'events':
			return parseEvent(value);
		case 'intents':
			return parseIntent(value);
	}
}

/**
 * Writes projected changes in one read-model transaction, together with the projected room's
 * new state vector. Values that fail their schema are skipped (counted) rather than stored.
 */
export async function applyProjection(
	db: WorkspaceDb,
	batches: ProjectionBatch[],
	room: string,
	stateVector: Uint8Array
): Promise<{ written: number; rejected: number }> {
	let written = 0;
	let rejected = 0;
	const records = batches.reduce((n, b) => n + b.puts.length + b.deletes.length, 0);
	// Rows are validated and built before the transaction opens, so it stays as short as the
	// writes themselves.
	const prepared = timed('projection', records, () =>
		batches.map((batch) => {
			const rows: object[] = [];
			const pieces: AccountPiece[] = [];
			for (const value of batch.puts) {
				const row =
					batch.table === 'accounts'
						? accountPiece(value, batch.part ?? 'entry')
						: toRow(batch.table, value);
				if (!row) rejected += 1;
				else if (batch.table === 'accounts') pieces.push(row as AccountPiece);
				else rows.push(row);
			}
			written += rows.length + pieces.length + batch.deletes.length;
			return { table: batch.table, rows, pieces, deletes: batch.deletes };
		})
	);
	const tables = [...new Set(batches.map((b) => b.table))].map((name) => db.table(name));
	await timedAsync('dexie', records, () =>
		db.transaction(
			'rw',
			[
				...tables,
				db.projections,
				...searchWordsTables(db, batches),
				...userCountTables(db, batches)
			],
			async () => {
				// Both read the users' rows as they were before this batch.
				const searchWords = await searchWordsChange(db, prepared);
				const userCounts = await userCountChange(db, prepared);
				for (const batch of prepared) {
					const table = db.table(batch.table);
					if (batch.pieces.length) {
						const existing = await db.accounts.bulkGet(batch.pieces.map(pieceId));
						batch.rows = batch.pieces.map((piece, i) => accountRowWith(piece, existing[i]));
					}
					if (batch.rows.length) await inSlices(batch.rows, (slice) => table.bulkPut(slice));
					if (batch.deletes.length) await table.bulkDelete(batch.deletes);
				}
				await applySearchWordsChange(db, searchWords);
				await applyUserCountChange(db, userCounts);
				await db.projections.put({ room, stateVector });
			}
		)
	);
	return { written, rejected };
}

/** Ids currently in a projected table for the rows a room owns (used by a full re-projection). */
export async function projectedIds(
	db: WorkspaceDb,
	table: ProjectedTable,
	owner: { accountId?: string; all?: true }
): Promise<string[]> {
	if (owner.all) return db.table<{ id: string }, string>(table).toCollection().primaryKeys();
	const accountId = owner.accountId ?? '';
	if (table === 'users') return accountUsers(db, accountId).primaryKeys();
	if (table === 'events') return accountEvents(db, accountId).primaryKeys();
	throw new Error(`The ${table} table has no rows per account`);
}

export async function projectionState(db: WorkspaceDb, room: string): Promise<Uint8Array | null> {
	return (await db.projections.get(room))?.stateVector ?? null;
}

/** The rooms the read model of a workspace was projected from. */
export async function projectedRoomNames(db: WorkspaceDb): Promise<string[]> {
	return (await db.projections.toCollection().primaryKeys()).filter(
		(key): key is string => typeof key === 'string'
	);
}

/**
 * Removes everything the read model holds of these accounts (their rows, users, events, counts,
 * search words, e-mails) and what it knows of their rooms: a person who may no longer see an
 * account keeps nothing of it on the device, and a later grant projects it again from scratch.
 */
export async function dropAccounts(db: WorkspaceDb, accountIds: readonly string[]): Promise<void> {
	if (accountIds.length === 0) return;
	const ids = [...accountIds];
	const rooms = (await projectedRoomNames(db)).filter((room) =>
		ids.some((id) => room === `acct:${id}` || room.startsWith(`events:${id}:`))
	);
	await db.transaction(
		'rw',
		[db.accounts, db.users, db.events, db.accountStats, db.searchWords, db.outbox, db.projections],
		async () => {
			await db.accounts.bulkDelete(ids);
			await db.accountStats.bulkDelete(ids);
			for (const id of ids) {
				await accountUsers(db, id).delete();
				await accountEvents(db, id).delete();
			}
			await db.searchWords.where('accountId').anyOf(ids).delete();
			await db.outbox.where('accountId').anyOf(ids).delete();
			await db.projections.bulkDelete(rooms);
		}
	);
}
