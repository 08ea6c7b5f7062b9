import type { Account, User } from '$lib/domain/model';
import type { EventRecord } from '$lib/domain/events';
import { foldText, wordsOf } from '$lib/domain/text';
import { userFacets } from '$lib/domain/user';

/**
 * Read-model rows: the domain record plus the derived keys its indexes need. An account row is
 * built from two rooms (domain/directory.ts): `fromDirectory` when its directory fields come from
 * the workspace room's entry (their truth), `detailsPending` while only that entry is on the
 * device and the rest of the record (from the account's room) has not arrived yet.
 */
export type AccountRow = Account & {
	nameKey: string;
	words: string[];
	fromDirectory?: true;
	detailsPending?: true;
};

export interface AccountRowMarks {
	fromDirectory?: boolean;
	detailsPending?: boolean;
}
/**
 * `words` are the user's search words (kept per account in `searchWords` by the projection, not
 * indexed: see `search-words.ts`).
 */
export type UserRow = User & {
	emailKey: string;
	nameKey: string;
	words: string[];
	/** `<accountId>:<facet>` for each filter facet of the user (`userFacets`). */
	acctFacets: string[];
};
export type EventRow = EventRecord;
/** What the projection keeps per account (`account-stats.ts`); no row = no users. */
export interface AccountStatsRow {
	accountId: string;
	userCount: number;
}

/** One bucket of an account's users' search words (`search-words.ts`): `texts` by user id. */
export interface SearchWordsRow {
	key: string;
	accountId: string;
	texts: Record<string, string>;
}

export function accountRow(account: Account, marks: AccountRowMarks = {}): AccountRow {
	const row: AccountRow = {
		...account,
		nameKey: foldText(account.name),
		words: wordsOf(account.name, account.accountNumber)
	};
	if (marks.fromDirectory) row.fromDirectory = true;
	if (marks.detailsPending) row.detailsPending = true;
	return row;
}

export function userRow(user: User): UserRow {
	const words = wordsOf(user.name, user.firstName, user.lastName, user.email, user.extension);
	return {
		...user,
		emailKey: user.email.toLowerCase(),
		nameKey: foldText(user.name),
		words,
		acctFacets: userFacets(user).map((f) => `${user.accountId}:${f}`)
	};
}

/** Strips the derived keys: what the rest of the app sees. */
export function toAccount(row: AccountRow): Account {
	const { nameKey: _n, words: _w, fromDirectory: _f, detailsPending: _p, ...account } = row;
	return account;
}

export function toUser(row: UserRow): User {
	const { nameKey: _n, words: _w, emailKey: _e, acctFacets: _f, ...user } = row;
	return user;
}
