/**
 * Reads of the customer accounts, built for 10,000 accounts (spec 00, "Lists scale"). Like the
 * users list (`users.query.ts`), the list is assembled from ids, never from loaded rows:
 * `orderedAccountIds` gives the ids of one status in the chosen order straight from a compound
 * index (`firstAccountRows` the first screen of it, read ahead), `searchAccountIds` the ids whose words start with every query word from the `*words`
 * index, `combineAccountIds` intersects them in memory, and `getAccountRows` loads only the rows
 * of the visible window, with their user counts (kept by the projection, `account-stats.ts`).
 */
import Dexie from 'dexie';
import type { Account, AccountStatus } from '$lib/domain/model';
import { queryWords, searchText } from '$lib/domain/text';
import { workspaceDb, type WorkspaceDb } from './workspace.db';
import { toAccount, type AccountRow } from './rows';
import { userCountsOf } from './account-stats';

export type AccountSort = 'name' | 'accountNumber' | 'country' | 'modifiedAt';

/** The index of each sort within a status; accounts of one country are ordered by name. */
const SORT_INDEX: Record<AccountSort, string> = {
	name: '[status+nameKey]',
	accountNumber: '[status+accountNumber]',
	country: '[status+country+nameKey]',
	modifiedAt: '[status+modifiedAt]'
};

/** One row of the accounts table. */
export interface AccountListRow {
	account: Account;
	users: number;
}

function statusRange(workspaceId: string, status: AccountStatus, sort: AccountSort) {
	return workspaceDb(workspaceId)
		.accounts.where(SORT_INDEX[sort])
		.between([status, Dexie.minKey], [status, Dexie.maxKey], true, true);
}

/** The ids of the accounts of one status, in the order of the sort's index. */
export async function orderedAccountIds(
	workspaceId: string,
	status: AccountStatus,
	sort: AccountSort,
	descending: boolean
): Promise<string[]> {
	const ids = await statusRange(workspaceId, status, sort).primaryKeys();
	return descending ? ids.reverse() : ids;
}

/**
 * The first `limit` rows of the order, with their user counts, read alone: a few index entries
 * instead of all of them. Reading all 10,000 keys of a compound index takes Chromium 100-300 ms
 * on a busy 2-core machine, and IndexedDB answers one request after the other, so the first
 * screen is read (ids and rows) before the whole order is asked for.
 */
export async function firstAccountRows(
	workspaceId: string,
	status: AccountStatus,
	sort: AccountSort,
	descending: boolean,
	limit: number
): Promise<AccountListRow[]> {
	const range = statusRange(workspaceId, status, sort);
	const ids = await (descending ? range.reverse() : range).limit(limit).primaryKeys();
	return getAccountRows(workspaceId, ids);
}

/** Below this many candidates, the remaining query words are checked on the loaded rows. */
const LOAD_CANDIDATES_MAX = 1500;

async function idsWithWordPrefix(db: WorkspaceDb, word: string): Promise<Set<string>> {
	return new Set(await db.accounts.where('words').startsWith(word).primaryKeys());
}

/**
 * The ids of the accounts (of any status) of which every query word starts a word of the name or
 * the Account ID, case- and accent-insensitively; null when the query has no words. The longest
 * word is looked up first (usually the most selective); each other word narrows the ids by its
 * own index range, or, when there are few candidates, by the candidates' words.
 */
export async function searchAccountIds(
	workspaceId: string,
	search: string
): Promise<Set<string> | null> {
	const words = queryWords(search).sort((a, b) => b.length - a.length);
	const [first, ...rest] = words;
	if (first === undefined) return null;
	const db = workspaceDb(workspaceId);
	let result = await idsWithWordPrefix(db, first);
	if (rest.length === 0 || result.size === 0) return result;
	// Few candidates: the other words are checked on their rows (one read) rather than by walking
	// each word's index range, which for a short word ("a") holds most of the 10,000 accounts.
	if (result.size <= LOAD_CANDIDATES_MAX) {
		const rows = await db.accounts.bulkGet([...result]);
		const matches = new Set<string>();
		for (const row of rows) {
			if (row && rest.every((w) => row.words.some((rw) => rw.startsWith(w)))) matches.add(row.id);
		}
		return matches;
	}
	for (const word of rest) {
		if (result.size === 0) break;
		const ids = await idsWithWordPrefix(db, word);
		result = new Set([...result].filter((id) => ids.has(id)));
	}
	return result;
}

/** The ordered ids that the search kept (null: no search). */
export function combineAccountIds(
	ordered: readonly string[],
	search: ReadonlySet<string> | null
): string[] {
	return search ? ordered.filter((id) => search.has(id)) : [...ordered];
}

/** The accounts with these ids and their user counts, in the same order (missing ones left out). */
export async function getAccountRows(
	workspaceId: string,
	ids: readonly string[]
): Promise<AccountListRow[]> {
	if (ids.length === 0) return [];
	const db = workspaceDb(workspaceId);
	const [rows, counts] = await Promise.all([db.accounts.bulkGet([...ids]), userCountsOf(db, ids)]);
	const out: AccountListRow[] = [];
	rows.forEach((row: AccountRow | undefined, i) => {
		if (row) out.push({ account: toAccount(row), users: counts[i] ?? 0 });
	});
	return out;
}

export async function countAccounts(
	workspaceId: string
): Promise<{ customers: number; active: number }> {
	const db = workspaceDb(workspaceId);
	// The partner account is the workspace's own: looked up by id, not found by a pass over all.
	const workspace = await db.workspace.get(workspaceId);
	const [all, active, partner] = await Promise.all([
		db.accounts.count(),
		db.accounts.where('status').equals('active').count(),
		workspace ? db.accounts.get(workspace.partnerAccountId) : undefined
	]);
	const partnerActive = partner?.status === 'active' ? 1 : 0;
	return { customers: all - (partner ? 1 : 0), active: active - partnerActive };
}

export async function getAccount(workspaceId: string, accountId: string): Promise<Account | null> {
	const row = await workspaceDb(workspaceId).accounts.get(accountId);
	return row ? toAccount(row) : null;
}

/** Ids of the accounts (active or deactivated) whose folded name is `nameKey` (uniqueness). */
export async function accountIdsByNameKey(workspaceId: string, nameKey: string): Promise<string[]> {
	return workspaceDb(workspaceId)
		.accounts.where('[status+nameKey]')
		.anyOf([
			['active', nameKey],
			['deactivated', nameKey]
		])
		.primaryKeys();
}

/** What the manage dialog of an account manager lists of an account (spec 14). */
export interface AccountChoice {
	id: string;
	name: string;
	accountNumber: string;
	modifiedAt: string;
	/** Its search words (name and Account ID) as one `searchText`, matched like every list. */
	text: string;
}

/**
 * Every active customer account, by name: the accounts an administrator may assign to managers.
 * A partner may have 10,000; only these few fields are kept, and the dialog renders only the rows
 * in view.
 */
export async function assignableAccounts(workspaceId: string): Promise<AccountChoice[]> {
	const rows = await workspaceDb(workspaceId)
		.accounts.where('[status+nameKey]')
		.between(['active', Dexie.minKey], ['active', Dexie.maxKey], true, true)
		.toArray();
	return rows
		.filter((row) => !row.isPartner)
		.map((row) => ({
			id: row.id,
			name: row.name,
			accountNumber: row.accountNumber,
			modifiedAt: row.modifiedAt,
			text: searchText(row.words)
		}));
}

/** The names of these accounts that are on the device, by id. */
export async function accountNames(
	workspaceId: string,
	ids: readonly string[]
): Promise<Map<string, string>> {
	const rows = await workspaceDb(workspaceId).accounts.bulkGet([...ids]);
	const names = new Map<string, string>();
	for (const row of rows) if (row) names.set(row.id, row.name);
	return names;
}

/** The ids of every account the read model holds. */
export async function localAccountIds(workspaceId: string): Promise<string[]> {
	const keys = await workspaceDb(workspaceId).accounts.toCollection().primaryKeys();
	return keys.filter((key): key is string => typeof key === 'string');
}
