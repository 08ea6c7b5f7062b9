import type { Workspace } from '$lib/domain/model';
import { workspaceDb } from './workspace.db';

export async function getWorkspace(workspaceId: string): Promise<Workspace | null> {
	return (await workspaceDb(workspaceId).workspace.get(workspaceId)) ?? null;
}
