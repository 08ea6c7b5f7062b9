/**
 * The search words of each account's users, kept by the projection in a few rows per account
 * (`searchWords`: one row per account and bucket of users, `texts` by user id), so that the users
 * list reads an account's words in a handful of rows instead of every user's full row (100,000
 * users: about 15 MB in 64 rows, against 100 MB of rows). The list then answers a keystroke in
 * memory. A bucket is chosen by a hash of the user id: a change rewrites only its buckets.
 *
 * The projection calls `searchWordsChange` inside its transaction before it writes a batch (a
 * deleted user's account is read from its row, still there) and `applySearchWordsChange` after.
 */
import { inSlices } from './sliced';
import type { Table } from 'dexie';
import { searchText } from '$lib/domain/text';
import type { SearchWordsRow, UserRow } from './rows';
import type { WorkspaceDb } from './workspace.db';

/** Buckets per account: few rows to read, small enough to rewrite for one edit. */
const BUCKETS = 64;

interface WrittenBatch {
	table: string;
	rows: readonly object[];
	deletes: readonly string[];
}

/** FNV-1a of the id, in 0..BUCKETS-1. */
function bucketOf(id: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < id.length; i += 1) {
		hash ^= id.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % BUCKETS;
}

function bucketKey(accountId: string, id: string): string {
	return `${accountId}:${bucketOf(id)}`;
}

/** Per bucket key: the account, the users' new texts, and the users that left. */
export type SearchWordsChange = Map<
	string,
	{ accountId: string; set: Map<string, string>; removed: string[] }
>;

/** The tables a projection transaction also needs when it writes these batches. */
export function searchWordsTables(db: WorkspaceDb, batches: readonly { table: string }[]): Table[] {
	return batches.some((b) => b.table === 'users') ? [db.searchWords] : [];
}

function isUserRow(row: object): row is UserRow {
	return 'id' in row && 'accountId' in row && 'words' in row;
}

/** What the batches change in the search words; read before the users are written. */
export async function searchWordsChange(
	db: WorkspaceDb,
	batches: readonly WrittenBatch[]
): Promise<SearchWordsChange> {
	const change: SearchWordsChange = new Map();
	const entry = (accountId: string, id: string) => {
		const key = bucketKey(accountId, id);
		let bucket = change.get(key);
		if (!bucket) change.set(key, (bucket = { accountId, set: new Map(), removed: [] }));
		return bucket;
	};
	const deleted = batches.filter((b) => b.table === 'users').flatMap((b) => [...b.deletes]);
	for (const row of deleted.length ? await db.users.bulkGet(deleted) : [])
		if (row) entry(row.accountId, row.id).removed.push(row.id);
	for (const batch of batches) {
		if (batch.table !== 'users') continue;
		for (const row of batch.rows)
			if (isUserRow(row)) entry(row.accountId, row.id).set.set(row.id, searchText(row.words));
	}
	return change;
}

/** Writes the changed buckets (same transaction as the users). */
export async function applySearchWordsChange(
	db: WorkspaceDb,
	change: SearchWordsChange
): Promise<void> {
	if (change.size === 0) return;
	const keys = [...change.keys()];
	const stored = await db.searchWords.bulkGet(keys);
	const puts: SearchWordsRow[] = [];
	const empty: string[] = [];
	keys.forEach((key, i) => {
		const bucket = change.get(key);
		if (!bucket) return;
		const before = stored[i]?.texts ?? {};
		// Most edits (a registration link, a licence) leave the words as they were: such a bucket
		// is not written again.
		const changed =
			bucket.removed.some((id) => id in before) ||
			[...bucket.set].some(([id, text]) => before[id] !== text);
		if (!changed) return;
		const texts = { ...before };
		for (const id of bucket.removed) delete texts[id];
		for (const [id, text] of bucket.set) texts[id] = text;
		if (Object.keys(texts).length > 0) puts.push({ key, accountId: bucket.accountId, texts });
		else empty.push(key);
	});
	if (puts.length) await inSlices(puts, (slice) => db.searchWords.bulkPut(slice));
	if (empty.length) await db.searchWords.bulkDelete(empty);
}

/** Builds every bucket afresh from the users a database holds (the schema upgrade). */
export async function rebuildSearchWords(
	users: Table<UserRow, string>,
	searchWords: Table<SearchWordsRow, string>
): Promise<void> {
	const buckets = new Map<string, SearchWordsRow>();
	await users.each((row) => {
		const key = bucketKey(row.accountId, row.id);
		let bucket = buckets.get(key);
		if (!bucket) buckets.set(key, (bucket = { key, accountId: row.accountId, texts: {} }));
		bucket.texts[row.id] = searchText(row.words);
	});
	await searchWords.clear();
	await searchWords.bulkPut([...buckets.values()]);
}
