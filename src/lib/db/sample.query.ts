/**
 * Read-model queries of the sample data feature (spec 19, First run) and the dashboard counts that
 * have no query of their own yet. The mark of what the sample created is kept in the local-only
 * `prefs` table: loading and removing happen on this device.
 */
import type { EventRecord } from '$lib/domain/events';
import type { User } from '$lib/domain/model';
import { SAMPLE_SETS, type SampleSet } from '$lib/sample/sample-data.sizes';
import { workspaceDb } from './workspace.db';
import { toUser } from './rows';
import { accountUsers } from './users.query';
import { accountEvents } from './events.query';

const SAMPLE_KEY = 'sampleData';

/** One load: the parts it adds and the accounts it creates (noted before they are written). */
export interface SampleRunMark {
	id: string;
	sets: SampleSet[];
	accountIds: string[];
	/** False while it runs, and for ever when the tab closed half-way: such a run is taken away. */
	complete: boolean;
}

/** What "Load sample data" created, so that "Remove sample data" removes exactly that. */
export interface SampleMark {
	createdAt: string;
	runs: SampleRunMark[];
}

function strings(value: unknown): string[] | null {
	if (!Array.isArray(value)) return null;
	const out = value.filter((v): v is string => typeof v === 'string');
	return out.length === value.length ? out : null;
}

function parseRun(value: unknown): SampleRunMark | null {
	if (typeof value !== 'object' || value === null) return null;
	const v = value as Record<string, unknown>;
	const accountIds = strings(v.accountIds);
	const sets = strings(v.sets)?.filter((s): s is SampleSet =>
		(SAMPLE_SETS as readonly string[]).includes(s)
	);
	if (typeof v.id !== 'string' || !accountIds || !sets || typeof v.complete !== 'boolean')
		return null;
	return { id: v.id, sets, accountIds, complete: v.complete };
}

function parseMark(value: unknown): SampleMark | null {
	if (typeof value !== 'object' || value === null) return null;
	const v = value as Record<string, unknown>;
	if (typeof v.createdAt !== 'string') return null;
	// A mark written before sizes existed: one finished load of the Small set.
	const legacy = strings(v.accountIds);
	if (legacy && v.runs === undefined)
		return {
			createdAt: v.createdAt,
			runs: [{ id: 'legacy', sets: ['small'], accountIds: legacy, complete: true }]
		};
	if (!Array.isArray(v.runs)) return null;
	const runs = v.runs.map(parseRun);
	if (runs.some((r) => r === null)) return null;
	return { createdAt: v.createdAt, runs: runs.filter((r) => r !== null) };
}

/** The parts of the sample data that finished loading. */
export function loadedSets(mark: SampleMark | null): Set<SampleSet> {
	return new Set(mark?.runs.filter((r) => r.complete).flatMap((r) => r.sets) ?? []);
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
	const rows = await accountUsers(workspaceDb(workspaceId), accountId).limit(limit).toArray();
	return rows.map(toUser);
}

/** Up to `limit` events of one account's history. */
export async function eventsOfAccount(
	workspaceId: string,
	accountId: string,
	limit: number
): Promise<EventRecord[]> {
	return accountEvents(workspaceDb(workspaceId), accountId).limit(limit).toArray();
}

/** How many users and events an account has. */
export async function recordCounts(
	workspaceId: string,
	accountId: string
): Promise<{ users: number; events: number }> {
	const db = workspaceDb(workspaceId);
	const [users, events] = await Promise.all([
		accountUsers(db, accountId).count(),
		accountEvents(db, accountId).count()
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
