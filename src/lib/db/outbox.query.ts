import { inSlices } from './sliced';
import { workspaceDb, type OutboxRow } from './workspace.db';

export async function addOutboxRows(workspaceId: string, rows: OutboxRow[]): Promise<void> {
	const db = workspaceDb(workspaceId);
	// One transaction: the e-mails of a batch are queued all or none.
	await db.transaction('rw', db.outbox, () => inSlices(rows, (slice) => db.outbox.bulkAdd(slice)));
}

/** Takes queued e-mails away again (the undo of the action that queued them). */
export async function removeOutboxRows(workspaceId: string, ids: readonly string[]): Promise<void> {
	await workspaceDb(workspaceId).outbox.bulkDelete([...ids]);
}

/** Whose e-mails: the whole workspace (partners), or one account's (account admins). */
export interface OutboxScope {
	workspaceId: string;
	/** null: every e-mail of the workspace on this device. */
	accountId: string | null;
}

export interface OutboxPage {
	rows: OutboxRow[];
	total: number;
	queued: number;
}

/**
 * One page of the Outbox, newest first, with the totals. The whole workspace pages through the
 * `createdAt` index, so a page costs the same with 10 or 100,000 e-mails.
 */
export async function outboxPage(
	q: OutboxScope & { offset: number; limit: number }
): Promise<OutboxPage> {
	const db = workspaceDb(q.workspaceId);
	if (q.accountId === null) {
		const [rows, total, queued] = await Promise.all([
			db.outbox.orderBy('createdAt').reverse().offset(q.offset).limit(q.limit).toArray(),
			db.outbox.count(),
			db.outbox.where('[status+createdAt]').between(['queued', ''], ['queued', '\uffff']).count()
		]);
		return { rows, total, queued };
	}
	// One account's e-mails are few next to the workspace's: sorted here.
	const all = await db.outbox.where('accountId').equals(q.accountId).sortBy('createdAt');
	all.reverse();
	return {
		rows: all.slice(q.offset, q.offset + q.limit),
		total: all.length,
		queued: all.filter((r) => r.status === 'queued').length
	};
}

/** The Outbox, newest first. */
export async function listOutbox(
	workspaceId: string,
	accountId: string | null = null
): Promise<OutboxRow[]> {
	const db = workspaceDb(workspaceId);
	if (accountId !== null)
		return (await db.outbox.where('accountId').equals(accountId).sortBy('createdAt')).reverse();
	return db.outbox.orderBy('createdAt').reverse().toArray();
}

export async function getOutboxRow(workspaceId: string, id: string): Promise<OutboxRow | null> {
	return (await workspaceDb(workspaceId).outbox.get(id)) ?? null;
}

/** Marks a queued e-mail as sent (by the person, from their own mail app). Local only. */
export async function markOutboxSent(
	workspaceId: string,
	id: string,
	sentAt: string
): Promise<boolean> {
	const db = workspaceDb(workspaceId);
	return db.transaction('rw', db.outbox, async () => {
		const row = await db.outbox.get(id);
		if (!row || row.status === 'sent') return false;
		await db.outbox.update(id, { status: 'sent', sentAt });
		return true;
	});
}
