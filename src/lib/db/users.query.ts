import { workspaceDb } from './workspace.db';

export async function countUsers(workspaceId: string): Promise<number> {
	return workspaceDb(workspaceId).users.count();
}
