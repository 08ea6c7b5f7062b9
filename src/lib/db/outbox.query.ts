import { workspaceDb, type OutboxRow } from './workspace.db';

export async function addOutboxRows(workspaceId: string, rows: OutboxRow[]): Promise<void> {
	await workspaceDb(workspaceId).outbox.bulkAdd(rows);
}

/** The Outbox, newest first. */
export async function listOutbox(workspaceId: string): Promise<OutboxRow[]> {
	return workspaceDb(workspaceId).outbox.orderBy('createdAt').reverse().toArray();
}
