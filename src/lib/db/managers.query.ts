import { managerState, roleKey, type ManagerState } from '$lib/domain/intents';
import { workspaceDb } from './workspace.db';

/**
 * Who is an account manager and which accounts each has: the fold of every operation in the
 * read model. A partner makes hundreds or a few thousand such decisions, folded in one pass.
 */
export async function managersOf(workspaceId: string): Promise<ManagerState> {
	return managerState(await workspaceDb(workspaceId).intents.toArray());
}

/** Whether the person is an account manager now (the fold of their role operations). */
export async function isAccountManager(workspaceId: string, personId: string): Promise<boolean> {
	const intents = await workspaceDb(workspaceId)
		.intents.where('key')
		.equals(roleKey(personId))
		.toArray();
	return managerState(intents).managers.has(personId);
}
