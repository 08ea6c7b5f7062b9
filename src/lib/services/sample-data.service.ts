/**
 * "Load sample data" / "Remove sample data" (spec 19, First run). Two sizes: Small (the 25-account
 * demo) and Large (the demo plus "Scale Test Ltd", one account with 100,000 users and 200,000
 * events, on which the spec-00 scale targets are measured). Everything goes through the normal
 * write path: records with one event each, in chunks with the page kept responsive in between,
 * and generated history appended to the month rooms. What a load creates is marked on this device
 * before it is written, so removal (and Cancel) takes exactly that away.
 *
 * ```ts
 * const stop = new AbortController();
 * await loadSampleData(ctx, 'large', { onProgress: (done, total) => show(done / total), signal: stop.signal });
 * ```
 */
import type { Account, User } from '$lib/domain/model';
import type { EventRecord } from '$lib/domain/events';
import type { Result } from '$lib/domain/result';
import {
	generateSampleData,
	scaleAccount,
	scaleEvents,
	scaleUsers,
	SCALE_HISTORY,
	type SampleData,
	type SamplePerson
} from '$lib/sample/sample-data';
import {
	countsOf,
	setsToLoad,
	type SampleCounts,
	type SampleSet,
	type SampleSize
} from '$lib/sample/sample-data.sizes';
import { countAccounts, getAccount } from '$lib/db/accounts.query';
import {
	accountNumbersInUse,
	clearSampleMark,
	eventsOfAccount,
	getSampleMark,
	loadedSets,
	recordCounts,
	saveSampleMark,
	usersOfAccount,
	type SampleMark,
	type SampleRunMark
} from '$lib/db/sample.query';
import { projected } from '$lib/sync/rooms';
import { allowed, usersRoom, workspaceRoom, type ServiceContext } from './context';
import { newId, randomBillion } from './ids';
import { appendEvents, applyWrites, removeEvents, type Write } from './writes';
import { yieldToUi } from '$lib/yield';

/** Log tag of every event the sample data wrote. */
export const SAMPLE_TAG = 'sample';
/**
 * Records per write: big enough to be quick, small enough that one chunk keeps the main thread
 * only briefly, so the progress bar moves and Cancel answers at once, even for 100,000 users.
 */
const CHUNK = 1000;
const EVENT_CHUNK = 5000;
/**
 * Users per write into the one big account: each write is one projection that also rewrites the
 * account's search-word buckets, so 100,000 users go in ten steps of 10,000 (the bulk commit the
 * write path is measured on), each well under a second of main thread: Cancel still answers.
 */
const SCALE_CHUNK = 10_000;
/** Users of the large account its history refers to (enough for variety, cheap to keep). */
const REFERENCED_USERS = 2000;

/** `phase` is `remove` while a cancelled load takes away what it had added. */
export type Progress = (done: number, total: number, phase: 'load' | 'remove') => void;
export type SampleError = 'forbidden' | 'not_empty' | 'already_loaded' | 'not_loaded' | 'cancelled';
export type SampleSummary = SampleCounts;

export interface LoadOptions {
	onProgress?: Progress;
	/** Aborting it stops the load and removes what it had added so far. */
	signal?: AbortSignal;
}

function mayManageSample(ctx: ServiceContext): boolean {
	return (
		ctx.profile.role === 'partner' &&
		allowed(ctx, 'accounts.add') &&
		allowed(ctx, 'accounts.delete')
	);
}

function partnerOf(ctx: ServiceContext): SamplePerson {
	return { id: ctx.profile.personId, name: ctx.profile.name, email: ctx.profile.email };
}

/**
 * Between two chunks: waits until the read model has taken in all but the chunk just written,
 * then lets the page paint and handle input. Writing runs ahead of the projection by one chunk
 * at most, so a 100,000-user load keeps memory flat instead of queueing projections.
 */
function pacer(workspaceId: string): () => Promise<void> {
	let behind: Promise<void> = Promise.resolve();
	return async () => {
		const upToNow = projected(workspaceId);
		await behind;
		behind = upToNow;
		await yieldToUi();
	};
}

function accountWrite(account: Account, remove = false): Write {
	return {
		map: 'accounts',
		id: account.id,
		asset: 'Account',
		accountId: account.id,
		before: remove ? account : null,
		after: remove ? null : account,
		identity: ['name', 'accountNumber']
	};
}

function userWrite(user: User, remove = false): Write {
	return {
		map: 'users',
		id: user.id,
		asset: 'User',
		accountId: user.accountId,
		before: remove ? user : null,
		after: remove ? null : user,
		identity: ['name', 'email']
	};
}

function counter(total: number, report: (done: number) => void): (n: number) => void {
	let done = 0;
	report(0);
	return (n) => {
		done = Math.min(total, done + n);
		report(done);
	};
}

function tagsOf(runId: string): string[] {
	return [SAMPLE_TAG, `${SAMPLE_TAG}:${runId}`];
}

async function saveRuns(workspaceId: string, mark: SampleMark | null, runs: SampleRunMark[]) {
	if (runs.length === 0) await clearSampleMark(workspaceId);
	else
		await saveSampleMark(workspaceId, {
			createdAt: mark?.createdAt ?? new Date().toISOString(),
			runs
		});
}

async function noteRun(workspaceId: string, run: SampleRunMark): Promise<void> {
	const mark = await getSampleMark(workspaceId);
	const others = mark?.runs.filter((r) => r.id !== run.id) ?? [];
	await saveRuns(workspaceId, mark, [...others, run]);
}

async function dropRuns(workspaceId: string, ids: ReadonlySet<string>): Promise<void> {
	const mark = await getSampleMark(workspaceId);
	await saveRuns(workspaceId, mark, mark?.runs.filter((r) => !ids.has(r.id)) ?? []);
}

/**
 * Writes users of one account in chunks, each chunk one batch with one event per user. The room
 * is asked for again for every chunk: that counts as a use, so a load that takes minutes never
 * sees it closed as idle under its feet.
 */
async function writeUsers(
	ctx: ServiceContext,
	accountId: string,
	users: Iterable<User>,
	logTags: string[],
	step: (n: number) => void,
	signal?: AbortSignal,
	size = CHUNK
): Promise<void> {
	let chunk: Write[] = [];
	const pause = pacer(ctx.workspace.id);
	const flush = async () => {
		signal?.throwIfAborted();
		if (chunk.length === 0) return;
		await applyWrites(ctx, await usersRoom(ctx, accountId), chunk, { batch: true, logTags });
		step(chunk.length);
		chunk = [];
		await pause();
	};
	for (const user of users) {
		chunk.push(userWrite(user));
		if (chunk.length >= size) await flush();
	}
	await flush();
}

async function appendInChunks(
	ctx: ServiceContext,
	events: Iterable<EventRecord>,
	step: (n: number) => void,
	signal?: AbortSignal
): Promise<void> {
	let chunk: EventRecord[] = [];
	const pause = pacer(ctx.workspace.id);
	const flush = async () => {
		signal?.throwIfAborted();
		if (chunk.length === 0) return;
		await appendEvents(ctx, chunk);
		step(chunk.length);
		chunk = [];
		await pause();
	};
	for (const event of events) {
		chunk.push(event);
		if (chunk.length >= EVENT_CHUNK) await flush();
	}
	await flush();
}

/** Customer accounts that are not sample data. */
async function ownCustomers(workspaceId: string, mark: SampleMark | null): Promise<number> {
	let sample = 0;
	for (const id of mark?.runs.flatMap((r) => r.accountIds) ?? [])
		if (await getAccount(workspaceId, id)) sample += 1;
	return (await countAccounts(workspaceId)).customers - sample;
}

/** The records of one load, made from one seed; the large account's are made lazily. */
interface Plan {
	small: SampleData | null;
	scale: Account | null;
	accounts: Account[];
	total: number;
}

async function plan(
	ctx: ServiceContext,
	sets: readonly SampleSet[],
	seed: number,
	now: string,
	logTags: string[]
): Promise<Plan> {
	const partner = partnerOf(ctx);
	const taken = await accountNumbersInUse(ctx.workspace.id);
	const small = sets.includes('small')
		? generateSampleData({ seed, now, newId, partner, takenAccountNumbers: taken, logTags })
		: null;
	for (const account of small?.accounts ?? []) taken.add(account.accountNumber);
	const scale = sets.includes('scale')
		? scaleAccount({ seed, now, newId, partner, takenAccountNumbers: taken })
		: null;
	const accounts = [...(small?.accounts ?? []), ...(scale ? [scale] : [])];
	const smallRecords = small ? small.accounts.length + small.users.length + small.events.length : 0;
	const scaleRecords = scale ? 1 + countsOf(['scale']).users + SCALE_HISTORY : 0;
	return { small, scale, accounts, total: smallRecords + scaleRecords };
}

async function write(
	ctx: ServiceContext,
	p: Plan,
	seed: number,
	now: string,
	logTags: string[],
	step: (n: number) => void,
	signal?: AbortSignal
): Promise<void> {
	signal?.throwIfAborted();
	const ws = await workspaceRoom(ctx);
	await applyWrites(
		ctx,
		ws,
		p.accounts.map((a) => accountWrite(a)),
		{ batch: true, logTags }
	);
	step(p.accounts.length);
	if (p.small) {
		const { small } = p;
		for (const account of small.accounts) {
			const users = small.users.filter((u) => u.accountId === account.id);
			await writeUsers(ctx, account.id, users, logTags, step, signal);
		}
		await appendInChunks(ctx, small.events, step, signal);
	}
	if (p.scale) {
		const account = p.scale;
		const partner = partnerOf(ctx);
		// The history refers to the first users written; only those are kept in memory.
		const referenced: User[] = [];
		const users = function* (): Generator<User> {
			for (const user of scaleUsers({ seed, now, newId, account, by: partner })) {
				if (referenced.length < REFERENCED_USERS) referenced.push(user);
				yield user;
			}
		};
		await writeUsers(ctx, account.id, users(), logTags, step, signal, SCALE_CHUNK);
		const history = scaleEvents({
			seed,
			now,
			newId,
			account,
			partner,
			users: referenced,
			logTags
		});
		await appendInChunks(ctx, history, step, signal);
	}
	await projected(ctx.workspace.id);
	signal?.throwIfAborted();
}

/**
 * Loads sample data of the given size, partner only.
 *
 * The first load goes only into a workspace without customer accounts: the demo is never mixed
 * into real work. Once sample data is there, the dialog still offers what is not loaded yet and a
 * load adds only the missing parts (Large after Small adds just Scale Test Ltd). That serves the
 * person who tried the demo and now wants to see the console at scale: they keep the accounts
 * they have looked at, nothing is loaded twice (no second copy of the same 25 companies), and
 * Cancel of that second load takes away only what it added, never the first load.
 *
 * A load that is cancelled (or fails) removes what it had added before it returns; one that
 * could not finish at all (tab closed) stays marked incomplete and is removed by the next load or
 * by "Remove sample data".
 */
export async function loadSampleData(
	ctx: ServiceContext,
	size: SampleSize,
	options: LoadOptions = {}
): Promise<Result<SampleSummary, SampleError>> {
	if (!mayManageSample(ctx)) return { error: 'forbidden' };
	const { onProgress, signal } = options;
	const workspaceId = ctx.workspace.id;
	let mark = await getSampleMark(workspaceId);
	const leftovers = mark?.runs.filter((r) => !r.complete) ?? [];
	if (leftovers.length > 0) {
		await removeRuns(ctx, leftovers);
		mark = await getSampleMark(workspaceId);
	}
	const loaded = loadedSets(mark);
	const sets = setsToLoad(size, loaded);
	if (sets.length === 0) return { error: 'already_loaded' };
	if (loaded.size === 0 && (await ownCustomers(workspaceId, mark)) > 0)
		return { error: 'not_empty' };

	const now = new Date().toISOString();
	const runId = newId();
	const logTags = tagsOf(runId);
	const seed = randomBillion();
	const p = await plan(ctx, sets, seed, now, logTags);
	const run: SampleRunMark = {
		id: runId,
		sets,
		accountIds: p.accounts.map((a) => a.id),
		complete: false
	};
	// Marked first: a load that stops half-way (tab closed) can still be removed.
	await noteRun(workspaceId, run);
	const step = counter(p.total, (done) => onProgress?.(done, p.total, 'load'));
	try {
		await write(ctx, p, seed, now, logTags, step, signal);
	} catch (error) {
		// Nothing half-loaded stays: what this load added goes again, then it reports why it ended.
		const cancelled = signal?.aborted === true;
		try {
			await removeRuns(ctx, [run], cancelled ? onProgress : undefined);
		} catch (cleanup) {
			// The run stays marked incomplete; the next load or "Remove sample data" takes it away.
			if (cancelled) throw cleanup;
		}
		if (cancelled) return { error: 'cancelled' };
		throw error;
	}
	await noteRun(workspaceId, { ...run, complete: true });
	return { data: countsOf(sets) };
}

/**
 * Takes away page by page whatever `page` returns until it returns nothing new: reading the
 * read model in pages keeps memory flat even for a 100,000-user account.
 */
async function drain<T extends { id: string }>(
	page: () => Promise<T[]>,
	remove: (items: T[]) => Promise<void>,
	workspaceId: string
): Promise<number> {
	const seen = new Set<string>();
	for (;;) {
		// Anything the room no longer holds but the read model still shows is not retried.
		const items = (await page()).filter((item) => !seen.has(item.id));
		if (items.length === 0) return seen.size;
		for (const item of items) seen.add(item.id);
		await remove(items);
		await projected(workspaceId);
		await yieldToUi();
	}
}

/**
 * Removes the accounts of the given loads, their users and their whole event history (including
 * the events of the removal itself), then forgets the loads. Nothing else is touched.
 */
async function removeRuns(
	ctx: ServiceContext,
	runs: readonly SampleRunMark[],
	onProgress?: Progress
): Promise<SampleSummary> {
	const workspaceId = ctx.workspace.id;
	const accountIds = runs.flatMap((r) => r.accountIds);
	await projected(workspaceId);

	const accounts: Account[] = [];
	let users = 0;
	let events = 0;
	for (const id of accountIds) {
		const account = await getAccount(workspaceId, id);
		if (account) accounts.push(account);
		const counts = await recordCounts(workspaceId, id);
		users += counts.users;
		events += counts.events;
	}
	// Each removed record first gets its Delete event, which then goes with the history.
	const total = 2 * (users + accounts.length) + events;
	const step = counter(total, (done) => onProgress?.(done, total, 'remove'));

	const summary: SampleSummary = { accounts: 0, users: 0, events: 0 };
	for (const accountId of accountIds) {
		summary.users += await drain(
			() => usersOfAccount(workspaceId, accountId, CHUNK),
			async (chunk) => {
				const writes = chunk.map((u) => userWrite(u, true));
				const room = await usersRoom(ctx, accountId);
				await applyWrites(ctx, room, writes, { batch: true, logTags: [SAMPLE_TAG] });
				step(chunk.length);
			},
			workspaceId
		);
	}
	if (accounts.length > 0) {
		await applyWrites(
			ctx,
			await workspaceRoom(ctx),
			accounts.map((a) => accountWrite(a, true)),
			{ batch: true, logTags: [SAMPLE_TAG] }
		);
		step(accounts.length);
		summary.accounts = accounts.length;
	}
	await projected(workspaceId);
	for (const accountId of accountIds) {
		summary.events += await drain(
			() => eventsOfAccount(workspaceId, accountId, EVENT_CHUNK),
			async (chunk) => {
				await removeEvents(ctx, chunk);
				step(chunk.length);
			},
			workspaceId
		);
	}
	await dropRuns(workspaceId, new Set(runs.map((r) => r.id)));
	return summary;
}

/**
 * Removes everything sample data created on this device (every size, finished or not): its
 * accounts, their users and their whole event history. Nothing else is touched.
 */
export async function removeSampleData(
	ctx: ServiceContext,
	onProgress?: Progress
): Promise<Result<SampleSummary, SampleError>> {
	if (!mayManageSample(ctx)) return { error: 'forbidden' };
	const mark = await getSampleMark(ctx.workspace.id);
	if (!mark) return { error: 'not_loaded' };
	return { data: await removeRuns(ctx, mark.runs, onProgress) };
}
