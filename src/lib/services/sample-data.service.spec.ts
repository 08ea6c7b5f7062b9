import { beforeAll, describe, expect, it } from 'vitest';
import { workspaceDb } from '$lib/db/workspace.db';
import { countAccounts } from '$lib/db/accounts.query';
import { getSampleMark, loadedSets, saveSampleMark } from '$lib/db/sample.query';
import { projected } from '$lib/sync/rooms';
import { makeAccount, makeUser } from '../../../tests/fixtures/records';
import { serviceContext, usersRoom, workspaceRoom, type ServiceContext } from './context';
import { createWorkspace } from './workspace.service';
import { loadSampleData, removeSampleData, type Progress } from './sample-data.service';
import { applyWrites } from './writes';
import { accountUsers } from '$lib/db/users.query';
import { accountEvents } from '$lib/db/events.query';

async function newWorkspace(): Promise<ServiceContext> {
	const created = await createWorkspace(
		{ name: 'Dana Lee', email: 'dana@example.com', organization: 'Acme Telecom' },
		'en'
	);
	if (!('data' in created)) throw new Error('workspace not created');
	return serviceContext(created.data);
}

/** A customer account of the person's own (not sample data), with one user. */
async function addOwnAccount(ctx: ServiceContext, id: string): Promise<void> {
	const own = makeAccount({ id, accountNumber: '199999999', name: 'Own Ltd' });
	await applyWrites(ctx, await workspaceRoom(ctx), [
		{
			map: 'accounts',
			id: own.id,
			asset: 'Account',
			accountId: own.id,
			before: null,
			after: own,
			identity: ['name']
		}
	]);
	const user = makeUser({ id: `${id}-user`, accountId: own.id });
	await applyWrites(ctx, await usersRoom(ctx, own.id), [
		{
			map: 'users',
			id: user.id,
			asset: 'User',
			accountId: own.id,
			before: null,
			after: user,
			identity: ['name', 'email']
		}
	]);
	await projected(ctx.workspace.id);
}

type Tick = [number, number, 'load' | 'remove'];

/** Records progress, and aborts the load once `stopAt` records of it are written. */
function watch(stopAt = Infinity): { ticks: Tick[]; onProgress: Progress; signal: AbortSignal } {
	const ticks: Tick[] = [];
	const stop = new AbortController();
	return {
		ticks,
		signal: stop.signal,
		onProgress: (done, total, phase) => {
			ticks.push([done, total, phase]);
			if (phase === 'load' && done >= stopAt) stop.abort();
		}
	};
}

async function sampleEvents(workspaceId: string): Promise<number> {
	return workspaceDb(workspaceId).events.where('logTags').equals('sample').count();
}

describe('sample data service', () => {
	let ctx: ServiceContext;
	let workspaceId: string;
	let ownEvents: string[];

	beforeAll(async () => {
		ctx = await newWorkspace();
		workspaceId = ctx.workspace.id;
		ownEvents = (await workspaceDb(workspaceId).events.toArray()).map((e) => e.id).sort();
	});

	it('loads Small: 25 accounts with their 2,500 users and 20,000 past events, reporting progress', async () => {
		const { ticks, onProgress } = watch();
		const result = await loadSampleData(ctx, 'small', { onProgress });
		expect(result).toEqual({ data: { accounts: 25, users: 2500, events: 20_000 } });

		const db = workspaceDb(workspaceId);
		expect((await countAccounts(workspaceId)).customers).toBe(25);
		const mark = await getSampleMark(workspaceId);
		expect(mark?.runs).toHaveLength(1);
		expect(mark?.runs[0]).toMatchObject({ sets: ['small'], complete: true });
		expect(mark?.runs[0]?.accountIds).toHaveLength(25);
		let users = 0;
		for (const id of mark?.runs[0]?.accountIds ?? []) {
			const count = await accountUsers(db, id).count();
			expect(count).toBeGreaterThan(0);
			users += count;
		}
		expect(users).toBe(2500);
		// Every record got its Create event from the write path, plus the generated history.
		expect(await sampleEvents(workspaceId)).toBe(20_000 + 2500 + 25);

		const total = 25 + 2500 + 20_000;
		expect(ticks[0]).toEqual([0, total, 'load']);
		expect(ticks.at(-1)).toEqual([total, total, 'load']);
		const dones = ticks.map(([d]) => d);
		expect(dones).toEqual([...dones].sort((a, b) => a - b));
		expect(ticks.length).toBeGreaterThan(5);
	}, 120_000);

	it('does not load the same part twice', async () => {
		expect(await loadSampleData(ctx, 'small')).toEqual({ error: 'already_loaded' });
	});

	it('cancel of a second load (Large after Small) removes what it added, the first load stays', async () => {
		const db = workspaceDb(workspaceId);
		const before = await sampleEvents(workspaceId);
		// Stopped once Scale Test Ltd and a few thousand of its users are written.
		const { ticks, onProgress, signal } = watch(4000);
		const result = await loadSampleData(ctx, 'large', { onProgress, signal });
		expect(result).toEqual({ error: 'cancelled' });

		// Only Scale Test Ltd was to be added: 1 account, 100,000 users, its history.
		expect(ticks[0]).toEqual([0, 200_000, 'load']);
		const removal = ticks.filter(([, , phase]) => phase === 'remove');
		expect(removal.length).toBeGreaterThan(1);
		const [done, total] = removal.at(-1)!;
		expect(done).toBe(total);
		// The account and 4,000 or more users, each with its Delete event, and their events.
		expect(total).toBeGreaterThan(3 * 4000);

		expect((await countAccounts(workspaceId)).customers).toBe(25);
		expect(await db.accounts.filter((a) => a.name === 'Scale Test Ltd').count()).toBe(0);
		expect(await db.users.count()).toBe(2501);
		expect(await sampleEvents(workspaceId)).toBe(before);
		const mark = await getSampleMark(workspaceId);
		expect(mark?.runs).toHaveLength(1);
		expect(loadedSets(mark)).toEqual(new Set(['small']));
	}, 120_000);

	it('removes exactly the sample: the workspace and what was added besides stay', async () => {
		await addOwnAccount(ctx, 'own-account');
		const db = workspaceDb(workspaceId);
		const keep = await accountEvents(db, 'own-account').primaryKeys();

		const { ticks, onProgress } = watch();
		const result = await removeSampleData(ctx, onProgress);
		expect(result).toEqual({
			data: { accounts: 25, users: 2500, events: 2 * (2500 + 25) + 20_000 }
		});
		expect(ticks.at(-1)?.[0]).toBe(ticks.at(-1)?.[1]);
		expect(ticks.every(([, , phase]) => phase === 'remove')).toBe(true);

		expect((await countAccounts(workspaceId)).customers).toBe(1);
		expect(await db.accounts.get('own-account')).toBeDefined();
		expect(await db.users.get('own-account-user')).toBeDefined();
		expect(await db.users.count()).toBe(2);
		expect(await sampleEvents(workspaceId)).toBe(0);
		const remaining = (await db.events.toArray()).map((e) => e.id);
		expect(remaining.sort()).toEqual([...ownEvents, ...keep].sort());
		expect(await getSampleMark(workspaceId)).toBeNull();
		expect(await removeSampleData(ctx)).toEqual({ error: 'not_loaded' });
	}, 120_000);

	it('loads the first sample only into a workspace without customer accounts', async () => {
		expect(await loadSampleData(ctx, 'small')).toEqual({ error: 'not_empty' });
		expect(await loadSampleData(ctx, 'large')).toEqual({ error: 'not_empty' });
		expect(await getSampleMark(workspaceId)).toBeNull();
	});

	it('does not let an account admin load or remove sample data', async () => {
		const admin: ServiceContext = {
			...ctx,
			profile: { ...ctx.profile, role: 'account_admin', accountId: 'own-account' }
		};
		expect(await loadSampleData(admin, 'small')).toEqual({ error: 'forbidden' });
		expect(await loadSampleData(admin, 'large')).toEqual({ error: 'forbidden' });
		expect(await removeSampleData(admin)).toEqual({ error: 'forbidden' });
	});
});

describe('a cancelled or interrupted first load', () => {
	it('cancel removes everything it had added: accounts, users, events, the mark', async () => {
		const ctx = await newWorkspace();
		const workspaceId = ctx.workspace.id;
		const db = workspaceDb(workspaceId);
		const events = (await db.events.toArray()).map((e) => e.id).sort();
		// Stopped half-way through the users of the Small set.
		const { ticks, onProgress, signal } = watch(1200);
		expect(await loadSampleData(ctx, 'small', { onProgress, signal })).toEqual({
			error: 'cancelled'
		});
		expect(ticks.some(([done, , phase]) => phase === 'load' && done >= 1200)).toBe(true);
		expect(ticks.at(-1)?.[2]).toBe('remove');

		expect((await countAccounts(workspaceId)).customers).toBe(0);
		expect(await db.users.count()).toBe(1);
		expect(await sampleEvents(workspaceId)).toBe(0);
		expect((await db.events.toArray()).map((e) => e.id).sort()).toEqual(events);
		expect(await getSampleMark(workspaceId)).toBeNull();
		// Nothing is left in the way of loading again.
		expect(await loadSampleData(ctx, 'small')).toMatchObject({ data: { accounts: 25 } });
	}, 120_000);

	it('a load cut off (tab closed) is taken away by the next load before it adds anything', async () => {
		const ctx = await newWorkspace();
		const workspaceId = ctx.workspace.id;
		// What a closed tab leaves: the run noted as not complete, one of its accounts written.
		await addOwnAccount(ctx, 'half-loaded');
		await saveSampleMark(workspaceId, {
			createdAt: new Date().toISOString(),
			runs: [{ id: 'cut-off', sets: ['small'], accountIds: ['half-loaded'], complete: false }]
		});
		expect(await loadSampleData(ctx, 'small')).toMatchObject({ data: { accounts: 25 } });
		const db = workspaceDb(workspaceId);
		expect(await db.accounts.get('half-loaded')).toBeUndefined();
		expect(await db.users.get('half-loaded-user')).toBeUndefined();
		expect((await countAccounts(workspaceId)).customers).toBe(25);
		const mark = await getSampleMark(workspaceId);
		expect(mark?.runs.map((r) => r.complete)).toEqual([true]);
	}, 120_000);
});
