/**
 * Read-model queries of the sample data feature (spec 19, First run) and the dashboard counts that
 * have no query of their own yet. The mark of what the sample created is kept in the local-only
 * `prefs` table: loading and removing happen on this device.
 */
import type { EventRecord } from '$lib/domain/events';
import type { User } from '$lib/domain/model';
import { workspaceDb } from './workspace.db';
import { toUser } from './rows';

const SAMPLE_KEY = 'sampleData';

/** What "Load sample data" created, so that "Remove sample data" removes exactly that. */
export interface SampleMark {
	accountIds: string[];
	createdAt: string;
}

function parseMark(value: unknown): SampleMark | null {
	if (typeof value !== 'object' || value === null) return null;
	const v = value as Record<string, unknown>;
	const ids: unknown = v.accountIds;
	if (!Array.isArray(ids)) return null;
	const accountIds = ids.filter((id): id is string => typeof id === 'string');
	if (accountIds.length !== ids.length || typeof v.createdAt !== 'string') return null;
	return { accountIds, createdAt: v.createdAt };
}

export async function getSampleMark(workspaceId: string): Promise<SampleMark | null> {
	return parseMark((await workspaceDb(workspaceId).prefs.get(SAMPLE_KEY))?.value);
}

export async function saveSampleMark(workspaceId: string, mark: SampleMark): Promise<void> {
	await workspaceDb(workspaceId).prefs.put({ key: SAMPLE_KEY, value: mark });
}

export async function clearSampleMark(workspaceId: string): Promise<void> {
	await workspaceDb(workspaceId).prefs.delete(SAMPLE_KEY);
}

/** Every Account ID of the workspace (they are never reused). */
export async function accountNumbersInUse(workspaceId: string): Promise<Set<string>> {
	const keys = await workspaceDb(workspaceId).accounts.orderBy('accountNumber').keys();
	return new Set(keys.map(String));
}

/** Up to `limit` users of one account, as domain records (removal goes page by page). */
export async function usersOfAccount(
	workspaceId: string,
	accountId: string,
	limit: number
): Promise<User[]> {
	const rows = await workspaceDb(workspaceId)
		.users.where('accountId')
		.equals(accountId)
		.limit(limit)
		.toArray();
	return rows.map(toUser);
}

/** Up to `limit` events of one account's history. */
export async function eventsOfAccount(
	workspaceId: string,
	accountId: string,
	limit: number
): Promise<EventRecord[]> {
	return workspaceDb(workspaceId)
		.events.where('accountId')
		.equals(accountId)
		.limit(limit)
		.toArray();
}

/** How many users and events an account has. */
export async function recordCounts(
	workspaceId: string,
	accountId: string
): Promise<{ users: number; events: number }> {
	const db = workspaceDb(workspaceId);
	const [users, events] = await Promise.all([
		db.users.where('accountId').equals(accountId).count(),
		db.events.where('accountId').equals(accountId).count()
	]);
	return { users, events };
}

/** E-mails waiting in the Outbox (dashboard count). */
export async function countQueuedEmails(workspaceId: string): Promise<number> {
	return workspaceDb(workspaceId)
		.outbox.where('[status+createdAt]')
		.between(['queued', ''], ['queued', '\uffff'])
		.count();
}
