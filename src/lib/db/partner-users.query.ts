import type { User } from '$lib/domain/model';
import { queryWords } from '$lib/domain/text';
import { workspaceDb } from './workspace.db';
import { toUser } from './rows';
import { searchUserIds } from './users.query';
import { accountUsers } from './account-rows';

/**
 * Partner users (the partner account's administrators) whose name or e-mail has a word starting
 * with each query word: the suggestions of the "Support Contacts" combobox. Matched on the
 * partner account's search words, then only the matching rows are read.
 */
export async function searchPartnerUsers(
	workspaceId: string,
	partnerAccountId: string,
	query: string,
	limit = 8
): Promise<User[]> {
	if (queryWords(query).length === 0) return [];
	const ids = (await searchUserIds(workspaceId, partnerAccountId, query)) ?? new Set<string>();
	const rows = await workspaceDb(workspaceId).users.bulkGet([...ids].slice(0, limit));
	return rows
		.filter((row) => row !== undefined)
		.map(toUser)
		.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Every partner user of the workspace (the partner account's users: administrators, and account
 * managers later), by name. A partner has tens of them, not thousands.
 */
export async function partnerUsers(workspaceId: string, partnerAccountId: string): Promise<User[]> {
	const rows = await accountUsers(workspaceDb(workspaceId), partnerAccountId).toArray();
	return rows.map(toUser);
}
