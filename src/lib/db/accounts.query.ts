import type { Account, AccountStatus } from '$lib/domain/model';
import { queryWords } from '$lib/domain/text';
import { workspaceDb } from './workspace.db';
import { toAccount, type AccountRow } from './rows';

export type AccountSort = 'name' | 'accountNumber' | 'country' | 'modifiedAt';

export interface AccountQuery {
	workspaceId: string;
	status: AccountStatus;
	search: string;
	sort: AccountSort;
	descending: boolean;
}

function matchesWords(row: AccountRow, words: string[]): boolean {
	return words.every((w) => row.words.some((rw) => rw.startsWith(w)));
}

/**
 * Accounts of one status, searched by word prefix of name or Account ID. The first query word
 * goes through the `words` index; the rest filter the (already narrow) candidates.
 */
export async function listAccounts(q: AccountQuery): Promise<Account[]> {
	const db = workspaceDb(q.workspaceId);
	const words = queryWords(q.search);
	let rows: AccountRow[];
	if (words.length === 0) {
		rows = await db.accounts
			.where('[status+nameKey]')
			.between([q.status, ''], [q.status, '\uffff'])
			.toArray();
	} else {
		const [first, ...rest] = words;
		const candidates = await db.accounts
			.where('words')
			.startsWith(first ?? '')
			.distinct()
			.toArray();
		rows = candidates.filter((r) => r.status === q.status && matchesWords(r, rest));
	}
	const key = q.sort === 'name' ? 'nameKey' : q.sort;
	rows.sort((a, b) => {
		const cmp = String(a[key]).localeCompare(String(b[key])) || a.nameKey.localeCompare(b.nameKey);
		return q.descending ? -cmp : cmp;
	});
	return rows.map(toAccount);
}

export async function countAccounts(
	workspaceId: string
): Promise<{ customers: number; active: number }> {
	const db = workspaceDb(workspaceId);
	const all = await db.accounts.count();
	const partner = await db.accounts.filter((a) => a.isPartner).count();
	const active = await db.accounts.where('status').equals('active').count();
	return { customers: all - partner, active: active - partner };
}

/** Number of users of each account, for the accounts table. */
export async function userCounts(
	workspaceId: string,
	accountIds: string[]
): Promise<Map<string, number>> {
	const db = workspaceDb(workspaceId);
	const counts = new Map<string, number>();
	await Promise.all(
		accountIds.map(async (id) =>
			counts.set(id, await db.users.where('accountId').equals(id).count())
		)
	);
	return counts;
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
