import type { User } from '$lib/domain/model';
import { listProfiles } from './profiles.query';
import { toUser } from './rows';
import { workspaceDb } from './workspace.db';

export interface TokenHolder {
	workspaceId: string;
	user: User;
}

/**
 * The user whose current registration link has this token hash, in any workspace on this
 * device (the person opening the link has no profile of their own here).
 */
export async function findUserByTokenHash(tokenHash: string): Promise<TokenHolder | null> {
	if (!tokenHash) return null;
	const workspaceIds = new Set((await listProfiles()).map((p) => p.workspaceId));
	for (const workspaceId of workspaceIds) {
		const row = await workspaceDb(workspaceId)
			.users.where('registrationTokenHash')
			.equals(tokenHash)
			.first();
		if (row) return { workspaceId, user: toUser(row) };
	}
	return null;
}
