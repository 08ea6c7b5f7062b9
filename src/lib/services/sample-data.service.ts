/**
 * "Load sample data" / "Remove sample data" (spec 19, First run), and a scale data set for
 * measuring (spec 00 targets). Everything goes through the normal write path: records with one
 * event each, in chunks so the page stays responsive, and generated history appended to the
 * month rooms. What was created is marked on this device so removal takes exactly that away.
 *
 * ```ts
 * await loadSampleData(ctx, (done, total) => (progress = done / total));
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
	type SamplePerson
} from '$lib/sample/sample-data';
import { countAccounts, getAccount } from '$lib/db/accounts.query';
import {
	accountNumbersInUse,
	clearSampleMark,
	eventsOfAccount,
	getSampleMark,
	recordCounts,
	saveSampleMark,
	usersOfAccount
} from '$lib/db/sample.query';
import { projected } from '$lib/sync/rooms';
import { allowed, usersRoom, workspaceRoom, type ServiceContext } from './context';
import { newId, randomBillion } from './ids';
import { appendEvents, applyWrites, removeEvents, type Write } from './writes';

/** Log tag of every event the sample data wrote. */
export const SAMPLE_TAG = 'sample';
/** Records per write: big enough to be quick, small enough to keep the page responsive. */
const CHUNK = 2000;
const EVENT_CHUNK = 5000;
/** The scale data set is written in bigger steps: nobody works in the page meanwhile. */
const SCALE_CHUNK = 25_000;

export type Progress = (done: number, total: number) => void;
export type SampleError = 'forbidden' | 'not_empty' | 'not_loaded';
export interface SampleSummary {
	accounts: number;
	users: number;
	events: number;
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

/** Lets the browser paint (progress bar) and handle input between two chunks. */
function yieldToUi(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
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

function counter(total: number, onProgress?: Progress): (n: number) => void {
	let done = 0;
	onProgress?.(0, total);
	return (n) => {
		done = Math.min(total, done + n);
		onProgress?.(done, total);
	};
}

function tagsOf(runId: string): string[] {
	return [SAMPLE_TAG, `${SAMPLE_TAG}:${runId}`];
}

async function markCreated(ctx: ServiceContext, accountIds: string[], now: string): Promise<void> {
	const mark = await getSampleMark(ctx.workspace.id);
	await saveSampleMark(ctx.workspace.id, {
		accountIds: [...(mark?.accountIds ?? []), ...accountIds],
		createdAt: mark?.createdAt ?? now
	});
}

/** Writes users of one account in chunks, each chunk one batch with one event per user. */
async function writeUsers(
	ctx: ServiceContext,
	accountId: string,
	users: Iterable<User>,
	logTags: string[],
	tick: (n: number) => void,
	size = CHUNK
): Promise<void> {
	const room = await usersRoom(ctx, accountId);
	let chunk: Write[] = [];
	const flush = async () => {
		if (chunk.length === 0) return;
		await applyWrites(ctx, room, chunk, { batch: true, logTags });
		tick(chunk.length);
		chunk = [];
		await yieldToUi();
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
	tick: (n: number) => void,
	size = EVENT_CHUNK
): Promise<void> {
	let chunk: EventRecord[] = [];
	const flush = async () => {
		if (chunk.length === 0) return;
		await appendEvents(ctx, chunk);
		tick(chunk.length);
		chunk = [];
		await yieldToUi();
	};
	for (const event of events) {
		chunk.push(event);
		if (chunk.length >= size) await flush();
	}
	await flush();
}

/**
 * Creates the demo (25 customer accounts, 2,500 users, 20,000 events over 90 days) in a
 * workspace without customer accounts. Partner only.
 */
export async function loadSampleData(
	ctx: ServiceContext,
	onProgress?: Progress
): Promise<Result<SampleSummary, SampleError>> {
	if (!mayManageSample(ctx)) return { error: 'forbidden' };
	const workspaceId = ctx.workspace.id;
	if (await getSampleMark(workspaceId)) return { error: 'not_empty' };
	if ((await countAccounts(workspaceId)).customers > 0) return { error: 'not_empty' };

	const now = new Date().toISOString();
	const logTags = tagsOf(newId());
	const data = generateSampleData({
		seed: randomBillion(),
		now,
		newId,
		partner: partnerOf(ctx),
		takenAccountNumbers: await accountNumbersInUse(workspaceId),
		logTags
	});
	// Marked first: a load that stops half-way (tab closed) can still be removed.
	await markCreated(
		ctx,
		data.accounts.map((a) => a.id),
		now
	);
	const tick = counter(data.accounts.length + data.users.length + data.events.length, onProgress);

	await applyWrites(
		ctx,
		await workspaceRoom(ctx),
		data.accounts.map((a) => accountWrite(a)),
		{
			batch: true,
			logTags
		}
	);
	tick(data.accounts.length);
	for (const account of data.accounts) {
		const users = data.users.filter((u) => u.accountId === account.id);
		await writeUsers(ctx, account.id, users, logTags, tick);
	}
	await appendInChunks(ctx, data.events, tick);
	await projected(workspaceId);
	return {
		data: {
			accounts: data.accounts.length,
			users: data.users.length,
			events: data.events.length
		}
	};
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
 * Removes what the sample data created on this device: its accounts, their users and their whole
 * event history (including the events of the removal itself). Nothing else is touched.
 */
export async function removeSampleData(
	ctx: ServiceContext,
	onProgress?: Progress
): Promise<Result<SampleSummary, SampleError>> {
	if (!mayManageSample(ctx)) return { error: 'forbidden' };
	const workspaceId = ctx.workspace.id;
	const mark = await getSampleMark(workspaceId);
	if (!mark) return { error: 'not_loaded' };
	await projected(workspaceId);

	const accounts: Account[] = [];
	let users = 0;
	let events = 0;
	for (const id of mark.accountIds) {
		const account = await getAccount(workspaceId, id);
		if (account) accounts.push(account);
		const counts = await recordCounts(workspaceId, id);
		users += counts.users;
		events += counts.events;
	}
	// Each removed record first gets its Delete event, which then goes with the history.
	const tick = counter(2 * (users + accounts.length) + events, onProgress);

	const summary: SampleSummary = { accounts: 0, users: 0, events: 0 };
	for (const accountId of mark.accountIds) {
		const room = await usersRoom(ctx, accountId);
		summary.users += await drain(
			() => usersOfAccount(workspaceId, accountId, CHUNK),
			async (chunk) => {
				const writes = chunk.map((u) => userWrite(u, true));
				await applyWrites(ctx, room, writes, { batch: true, logTags: [SAMPLE_TAG] });
				tick(chunk.length);
			},
			workspaceId
		);
	}
	if (accounts.length > 0) {
		await applyWrites(
			ctx,
			await workspaceRoom(ctx),
			accounts.map((a) => accountWrite(a, true)),
			{
				batch: true,
				logTags: [SAMPLE_TAG]
			}
		);
		tick(accounts.length);
		summary.accounts = accounts.length;
	}
	await projected(workspaceId);
	for (const accountId of mark.accountIds) {
		summary.events += await drain(
			() => eventsOfAccount(workspaceId, accountId, EVENT_CHUNK),
			async (chunk) => {
				await removeEvents(ctx, chunk);
				tick(chunk.length);
			},
			workspaceId
		);
	}
	await clearSampleMark(workspaceId);
	return { data: summary };
}

export interface ScaleRequest {
	/** Users of the one large account. */
	users: number;
	/** Events of its history in total, the creation events of its users included. */
	events: number;
	name?: string;
}

/**
 * One large customer account for measuring scale (spec 00 targets: 100,000 users, 200,000
 * events), written like the sample data and removed with it. Returns the new account's id.
 */
export async function generateScaleData(
	ctx: ServiceContext,
	request: ScaleRequest,
	onProgress?: Progress
): Promise<Result<{ accountId: string }, SampleError>> {
	if (!mayManageSample(ctx)) return { error: 'forbidden' };
	const workspaceId = ctx.workspace.id;
	const now = new Date().toISOString();
	const logTags = tagsOf(newId());
	const partner = partnerOf(ctx);
	const seed = randomBillion();
	const account = scaleAccount({
		seed,
		now,
		newId,
		partner,
		takenAccountNumbers: await accountNumbersInUse(workspaceId),
		name: request.name ?? 'Globex Corporation'
	});
	await markCreated(ctx, [account.id], now);
	// The account and each user already get their Create event from the write path.
	const history = Math.max(0, request.events - request.users - 1);
	const tick = counter(1 + request.users + history, onProgress);

	await applyWrites(ctx, await workspaceRoom(ctx), [accountWrite(account)], { logTags });
	tick(1);
	const referenced: User[] = [];
	const users = scaleUsers({ seed, now, newId, account, by: partner, count: request.users });
	const remember = function* (): Generator<User> {
		for (const user of users) {
			if (referenced.length < CHUNK) referenced.push(user);
			yield user;
		}
	};
	await writeUsers(ctx, account.id, remember(), logTags, tick, SCALE_CHUNK);
	const events = scaleEvents({
		seed,
		now,
		newId,
		account,
		partner,
		users: referenced,
		count: history,
		logTags
	});
	await appendInChunks(ctx, events, tick, SCALE_CHUNK);
	await projected(workspaceId);
	return { data: { accountId: account.id } };
}
