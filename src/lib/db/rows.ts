import type { Account, User } from '$lib/domain/model';
import type { EventRecord } from '$lib/domain/events';
import { foldText, wordsOf } from '$lib/domain/text';
import { userFacets } from '$lib/domain/user';

/** Read-model rows: the domain record plus the derived keys its indexes need. */
export type AccountRow = Account & { nameKey: string; words: string[] };
/**
 * `acctWords` are the search words prefixed with the account id (`<accountId>:<word>`): one
 * multi-entry index then answers "users of this account with a word starting with …".
 */
export type UserRow = User & {
	emailKey: string;
	nameKey: string;
	words: string[];
	acctWords: string[];
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
		acctWords: words.map((w) => `${user.accountId}:${w}`),
		acctFacets: userFacets(user).map((f) => `${user.accountId}:${f}`)
	};
}

/** Strips the derived keys: what the rest of the app sees. */
export function toAccount(row: AccountRow): Account {
	const { nameKey: _n, words: _w, ...account } = row;
	return account;
}

export function toUser(row: UserRow): User {
	const { nameKey: _n, words: _w, emailKey: _e, acctWords: _a, acctFacets: _f, ...user } = row;
	return user;
}
