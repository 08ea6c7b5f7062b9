import type { Account, User } from '$lib/domain/model';
import type { EventRecord } from '$lib/domain/events';
import { foldText, wordsOf } from '$lib/domain/text';

/** Read-model rows: the domain record plus the derived keys its indexes need. */
export type AccountRow = Account & { nameKey: string; words: string[] };
export type UserRow = User & { emailKey: string; nameKey: string; words: string[] };
export type EventRow = EventRecord;

export function accountRow(account: Account): AccountRow {
	return {
		...account,
		nameKey: foldText(account.name),
		words: wordsOf(account.name, account.accountNumber)
	};
}

export function userRow(user: User): UserRow {
	return {
		...user,
		emailKey: user.email.toLowerCase(),
		nameKey: foldText(user.name),
		words: wordsOf(user.name, user.firstName, user.lastName, user.email, user.extension)
	};
}

/** Strips the derived keys: what the rest of the app sees. */
export function toAccount(row: AccountRow): Account {
	const { nameKey: _n, words: _w, ...account } = row;
	return account;
}

export function toUser(row: UserRow): User {
	const { nameKey: _n, words: _w, emailKey: _e, ...user } = row;
	return user;
}
