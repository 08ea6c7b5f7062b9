import type { EventRecord } from '$lib/domain/events';
import { workspaceDb } from './workspace.db';

/** The newest events of the workspace, newest first. */
export async function recentEvents(workspaceId: string, limit: number): Promise<EventRecord[]> {
	return workspaceDb(workspaceId).events.orderBy('eventDate').reverse().limit(limit).toArray();
}
