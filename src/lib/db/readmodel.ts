import { parseAccount, parseEvent, parseUser, parseWorkspace } from '$lib/domain/schema';
import { timed, timedAsync } from '$lib/timing';
import type { WorkspaceDb } from './workspace.db';
import { accountRow, userRow } from './rows';
import { accountEvents, accountUsers } from './account-rows';
import { applySearchWordsChange, searchWordsChange, searchWordsTables } from './search-words';
import { applyUserCountChange, userCountChange, userCountTables } from './account-stats';

/** The read-model tables that replicated maps are projected into. */
export type ProjectedTable = 'workspace' | 'accounts' | 'users' | 'events';

export interface ProjectionBatch {
	table: ProjectedTable;
	/** Values as found in the replicated document: validated here before they are stored. */
	puts: unknown[];
	deletes: string[];
}

function toRow(table: ProjectedTable, value: unknown): object | null {
	switch (table) {
		case 'workspace':
			return parseWorkspace(value);
		case 'accounts': {
			const account = parseAccount(value);
			return account && accountRow(account);
		}
		case 'users': {
			const user = parseUser(value);
			return user && userRow(user);
		}
		case 'events':
			return parseEvent(value);
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
			for (const value of batch.puts) {
				const row = toRow(batch.table, value);
				if (row) rows.push(row);
				else rejected += 1;
			}
			written += rows.length + batch.deletes.length;
			return { table: batch.table, rows, deletes: batch.deletes };
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
					if (batch.rows.length) await table.bulkPut(batch.rows);
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
