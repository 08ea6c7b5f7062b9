import type { Account, User } from '$lib/domain/model';
import type { EventRecord } from '$lib/domain/events';
import { foldText, wordsOf } from '$lib/domain/text';
import { userFacets } from '$lib/domain/user';

/** Read-model rows: the domain record plus the derived keys its indexes need. */
export type AccountRow = Account & { nameKey: string; words: string[] };
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

export function accountRow(account: Account): AccountRow {
	return {
		...account,
		nameKey: foldText(account.name),
		words: wordsOf(account.name, account.accountNumber)
	};
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
	const { nameKey: _n, words: _w, ...account } = row;
	return account;
}

export function toUser(row: UserRow): User {
	const { nameKey: _n, words: _w, emailKey: _e, acctFacets: _f, ...user } = row;
	return user;
}
