/**
 * The number of users of each account, kept by the projection in the `accountStats` table, so the
 * accounts list reads one small row per shown account instead of counting users per account on
 * every change (10,000 accounts, spec 00 "Lists scale"). No row means no users.
 *
 * The projection calls `userCountChange` inside its transaction before it writes a batch, and
 * `applyUserCountChange` after it, so the counts change in the same transaction as the users.
 */
import type { Table } from 'dexie';
import { accountUsers } from './account-rows';
import type { AccountStatsRow, UserRow } from './rows';
import type { WorkspaceDb } from './workspace.db';

/** A projection batch as `applyProjection` writes it. */
interface WrittenBatch {
	table: string;
	rows: readonly object[];
	deletes: readonly string[];
}

/**
 * An account whose written users are at least a quarter of the users it had is counted again on
 * the `accountId` index after the writes (one pass over its index entries, cheap next to writing
 * that many rows). Otherwise its count moves by the difference, found by reading the changed
 * users' old rows first (one lookup each): a single edit in a 100,000-user account stays one
 * lookup, and a chunk of a bulk action never walks the whole account.
 */
const RECOUNT_SHARE = 4;

export interface UserCountChange {
	/** Accounts whose count moves by this much. */
	delta: Map<string, number>;
	/** Accounts counted again after the writes. */
	recount: Set<string>;
}

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
): Promise<UserCountChange | null> {
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
	const written = new Map<string, number>();
	for (const accountId of next.values())
		if (accountId !== null) written.set(accountId, (written.get(accountId) ?? 0) + 1);
	const accounts = [...written.keys()];
	const stored = await userCountsOf(db, accounts);
	const recount = new Set(
		accounts.filter((id, i) => (written.get(id) ?? 0) * RECOUNT_SHARE >= (stored[i] ?? 0))
	);
	// Users never move between accounts (a room carries only its own account's users), so the
	// old rows of users written to a recounted account need not be read. Deleted users are, for
	// their account.
	const ids = [...next].filter(([, a]) => a === null || !recount.has(a)).map(([id]) => id);
	const before = await db.users.bulkGet(ids);
	const delta = new Map<string, number>();
	const add = (accountId: string, n: number) => {
		if (!recount.has(accountId)) delta.set(accountId, (delta.get(accountId) ?? 0) + n);
	};
	ids.forEach((id, i) => {
		const was: UserRow | undefined = before[i];
		const now = next.get(id) ?? null;
		if (was?.accountId === now) return;
		if (was) add(was.accountId, -1);
		if (now !== null) add(now, 1);
	});
	return { delta, recount };
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
	change: UserCountChange | null
): Promise<void> {
	if (change === null) return;
	const moved = [...change.delta].filter(([, n]) => n !== 0).map(([id]) => id);
	const accountIds = [...change.recount, ...moved];
	if (accountIds.length === 0) return;
	const stored = await userCountsOf(db, accountIds);
	const counted = await Promise.all(
		accountIds.map(async (id, i) =>
			change.recount.has(id)
				? accountUsers(db, id).count()
				: (stored[i] ?? 0) + (change.delta.get(id) ?? 0)
		)
	);
	const changed = new Map<string, number>();
	accountIds.forEach((id, i) => {
		const count = Math.max(0, counted[i] ?? 0);
		if (count !== (stored[i] ?? 0)) changed.set(id, count);
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
