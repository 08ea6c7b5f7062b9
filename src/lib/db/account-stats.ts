/**
 * The number of users of each account, kept by the projection in the `accountStats` table, so the
 * accounts list reads one small row per shown account instead of counting users per account on
 * every change (10,000 accounts, spec 00 "Lists scale"). No row means no users.
 *
 * The projection calls `userCountChange` inside its transaction before it writes a batch, and
 * `applyUserCountChange` after it, so the counts change in the same transaction as the users.
 */
import type { Table } from 'dexie';
import type { AccountStatsRow, UserRow } from './rows';
import type { WorkspaceDb } from './workspace.db';

/** A projection batch as `applyProjection` writes it. */
interface WrittenBatch {
	table: string;
	rows: readonly object[];
	deletes: readonly string[];
}

/**
 * Up to this many changed users, the counts move by the exact difference (the changed users' old
 * rows are read first: one lookup each). Above it, each touched account is counted again on the
 * `accountId` index: one pass over the account's index entries, cheaper than that many lookups,
 * while a single edit in a 100,000-user account stays one lookup.
 */
const DELTA_MAX = 1000;

export type UserCountChange =
	| { kind: 'delta'; delta: Map<string, number> }
	| { kind: 'recount'; accountIds: Set<string> }
	| null;

function accountIdOf(row: object): string | null {
	return 'accountId' in row && typeof row.accountId === 'string' ? row.accountId : null;
}

/** The tables a projection transaction also needs when it writes these batches. */
export function userCountTables(db: WorkspaceDb, batches: readonly { table: string }[]): Table[] {
	return batches.some((b) => b.table === 'users') ? [db.accountStats] : [];
}

/**
 * What the batches do to the user counts, read before they are written (inside the same
 * transaction). Null when they change no user.
 */
export async function userCountChange(
	db: WorkspaceDb,
	batches: readonly WrittenBatch[]
): Promise<UserCountChange> {
	// The final state of each changed user: its account, or null when deleted (later batches win).
	const next = new Map<string, string | null>();
	for (const batch of batches) {
		if (batch.table !== 'users') continue;
		for (const row of batch.rows) {
			const id = 'id' in row && typeof row.id === 'string' ? row.id : null;
			if (id !== null) next.set(id, accountIdOf(row));
		}
		for (const id of batch.deletes) next.set(id, null);
	}
	if (next.size === 0) return null;
	if (next.size > DELTA_MAX) {
		// Users never move between accounts (a room carries only its own account's users), so the
		// touched accounts are those of the written rows and of the deleted ones.
		const accountIds = new Set<string>();
		const deleted: string[] = [];
		for (const [id, accountId] of next) {
			if (accountId === null) deleted.push(id);
			else accountIds.add(accountId);
		}
		for (const row of await db.users.bulkGet(deleted)) if (row) accountIds.add(row.accountId);
		return { kind: 'recount', accountIds };
	}
	const ids = [...next.keys()];
	const before = await db.users.bulkGet(ids);
	const delta = new Map<string, number>();
	const add = (accountId: string, n: number) =>
		delta.set(accountId, (delta.get(accountId) ?? 0) + n);
	ids.forEach((id, i) => {
		const was: UserRow | undefined = before[i];
		const now = next.get(id) ?? null;
		if (was?.accountId === now) return;
		if (was) add(was.accountId, -1);
		if (now !== null) add(now, 1);
	});
	return { kind: 'delta', delta };
}

async function storeCounts(db: WorkspaceDb, counts: Map<string, number>): Promise<void> {
	const puts: AccountStatsRow[] = [];
	const deletes: string[] = [];
	for (const [accountId, userCount] of counts) {
		if (userCount > 0) puts.push({ accountId, userCount });
		else deletes.push(accountId);
	}
	if (puts.length) await db.accountStats.bulkPut(puts);
	if (deletes.length) await db.accountStats.bulkDelete(deletes);
}

/** Stores the counts after the batches' writes (same transaction). Unchanged counts are not written. */
export async function applyUserCountChange(
	db: WorkspaceDb,
	change: UserCountChange
): Promise<void> {
	if (change === null) return;
	const accountIds =
		change.kind === 'delta'
			? [...change.delta].filter(([, n]) => n !== 0).map(([id]) => id)
			: [...change.accountIds];
	if (accountIds.length === 0) return;
	const stored = await db.accountStats.bulkGet(accountIds);
	const counted =
		change.kind === 'recount'
			? await Promise.all(accountIds.map((id) => db.users.where('accountId').equals(id).count()))
			: accountIds.map((id, i) => (stored[i]?.userCount ?? 0) + (change.delta.get(id) ?? 0));
	const changed = new Map<string, number>();
	accountIds.forEach((id, i) => {
		const count = Math.max(0, counted[i] ?? 0);
		if (count !== (stored[i]?.userCount ?? 0)) changed.set(id, count);
	});
	await storeCounts(db, changed);
}

/** Counts every account's users afresh (the v6 upgrade, for the users a database already holds). */
export async function recountAllUsers(
	users: Table<UserRow, string>,
	accountStats: Table<AccountStatsRow, string>
): Promise<void> {
	const accountIds = (await users.orderBy('accountId').uniqueKeys()).filter(
		(k): k is string => typeof k === 'string'
	);
	const counts = await Promise.all(
		accountIds.map((id) => users.where('accountId').equals(id).count())
	);
	await accountStats.clear();
	await accountStats.bulkPut(
		accountIds.map((accountId, i) => ({ accountId, userCount: counts[i] ?? 0 }))
	);
}

/** The number of users of each of these accounts (0 for an account without users). */
export async function userCountsOf(
	db: WorkspaceDb,
	accountIds: readonly string[]
): Promise<number[]> {
	const rows = await db.accountStats.bulkGet([...accountIds]);
	return rows.map((row) => row?.userCount ?? 0);
}
