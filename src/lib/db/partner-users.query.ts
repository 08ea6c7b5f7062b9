import type { User } from '$lib/domain/model';
import { queryWords } from '$lib/domain/text';
import { workspaceDb } from './workspace.db';
import { toUser } from './rows';

/**
 * Partner users (the partner account's administrators) whose name or e-mail has a word starting
 * with each query word: the suggestions of the "Support Contacts" combobox. The first word goes
 * through the `acctWords` index (`<accountId>:<word>`), the others filter the few candidates.
 */
export async function searchPartnerUsers(
	workspaceId: string,
	partnerAccountId: string,
	query: string,
	limit = 8
): Promise<User[]> {
	const [first, ...rest] = queryWords(query);
	if (!first) return [];
	const rows = await workspaceDb(workspaceId)
		.users.where('acctWords')
		.startsWith(`${partnerAccountId}:${first}`)
		.distinct()
		.filter((row) => rest.every((w) => row.words.some((rw) => rw.startsWith(w))))
		.limit(limit)
		.toArray();
	return rows.map(toUser).sort((a, b) => a.name.localeCompare(b.name));
}
