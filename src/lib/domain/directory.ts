/**
 * The customer-account directory (ARCHITECTURE.md, Replicated documents): what every partner
 * user of a workspace may see of each customer account, in the workspace room (`ws:`), while
 * the account's full record lives in the account's own room (`acct:<id>`). Lists, search, the
 * account switcher and the Account ID register need only these fields.
 */
import type { Account } from './model';
import type { Locale } from './locale';
import { emptyAccountForm } from './account';
import { mergeStored, pickStamped, isTombstone, type Stamped, type Tombstone } from './records';

export const DIRECTORY_FIELDS = [
	'id',
	'accountNumber',
	'name',
	'status',
	'isPartner',
	'country',
	'createdAt',
	'createdBy',
	'modifiedAt',
	'modifiedBy',
	'modifiedByName'
] as const satisfies readonly (keyof Account)[];

export type DirectoryField = (typeof DIRECTORY_FIELDS)[number];
export type DirectoryEntry = Pick<Account, DirectoryField>;

type Stored = Stamped<object> | Tombstone;

/** Whether a stored value is a directory entry (marked `_d`), not a full record. */
export function isDirectoryEntry(value: unknown): boolean {
	return typeof value === 'object' && value !== null && (value as { _d?: unknown })._d === 1;
}

/** The directory entry of a stamped account record: its directory fields with their stamps. */
export function directoryEntryOf(record: Stamped<object>): Stamped<object> {
	return { ...pickStamped(record, DIRECTORY_FIELDS), _d: 1 } as Stamped<object>;
}

/**
 * Merges two versions of an entry of the workspace room's accounts map. Once an entry is a
 * directory entry it stays one: a full record that arrives from a device that has not moved it
 * yet merges into the entry's fields only (its full record is in the account's room).
 */
export function mergeAccountEntry(a: Stored, b: Stored): Stored {
	const merged = mergeStored(a, b);
	if (isTombstone(merged) || !(isDirectoryEntry(a) || isDirectoryEntry(b))) return merged;
	return directoryEntryOf(merged);
}

/**
 * An account of which only the directory's fields are known, the rest empty: a new partner
 * account, or an account whose own room is not on this device yet (until its record arrives).
 */
export function accountFromDirectory(entry: DirectoryEntry, language: Locale = 'en'): Account {
	return {
		...emptyAccountForm(language),
		...entry,
		defaultLanguage: language,
		businessType: '',
		cloudLocation: '',
		sapCustomerNumber: '',
		pbxType: '',
		bandwidthOptimization: false,
		chatAllowEditDelete: true
	};
}

/** The full record with the directory's fields (the workspace room holds their truth). */
export function withDirectory(account: Account, entry: DirectoryEntry): Account {
	const merged: Account = { ...account };
	for (const field of DIRECTORY_FIELDS) Object.assign(merged, { [field]: entry[field] });
	return merged;
}
