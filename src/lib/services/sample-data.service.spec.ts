import { beforeAll, describe, expect, it } from 'vitest';
import { workspaceDb } from '$lib/db/workspace.db';
import { countAccounts } from '$lib/db/accounts.query';
import { getSampleMark } from '$lib/db/sample.query';
import { projected } from '$lib/sync/rooms';
import { makeAccount, makeUser } from '../../../tests/fixtures/records';
import { serviceContext, usersRoom, workspaceRoom, type ServiceContext } from './context';
import { createWorkspace } from './workspace.service';
import { generateScaleData, loadSampleData, removeSampleData } from './sample-data.service';
import { applyWrites } from './writes';

async function newWorkspace(): Promise<ServiceContext> {
	const created = await createWorkspace(
		{ name: 'Dana Lee', email: 'dana@example.com', organization: 'Acme Telecom' },
		'en'
	);
	if (!('data' in created)) throw new Error('workspace not created');
	return serviceContext(created.data);
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

	it('loads 25 accounts with their 2,500 users and 20,000 past events, reporting progress', async () => {
		const progress: [number, number][] = [];
		const result = await loadSampleData(ctx, (done, total) => progress.push([done, total]));
		expect(result).toEqual({ data: { accounts: 25, users: 2500, events: 20_000 } });

		const db = workspaceDb(workspaceId);
		expect((await countAccounts(workspaceId)).customers).toBe(25);
		const mark = await getSampleMark(workspaceId);
		expect(mark?.accountIds).toHaveLength(25);
		let users = 0;
		for (const id of mark?.accountIds ?? []) {
			const count = await db.users.where('accountId').equals(id).count();
			expect(count).toBeGreaterThan(0);
			users += count;
		}
		expect(users).toBe(2500);
		// Every record got its Create event from the write path, plus the generated history.
		const sample = await db.events.where('logTags').equals('sample').count();
		expect(sample).toBe(20_000 + 2500 + 25);

		const total = progress[0]?.[1] ?? 0;
		expect(total).toBe(25 + 2500 + 20_000);
		expect(progress.at(-1)).toEqual([total, total]);
		const dones = progress.map(([d]) => d);
		expect(dones).toEqual([...dones].sort((a, b) => a - b));
		expect(progress.length).toBeGreaterThan(5);
	}, 120_000);

	it('refuses to load twice', async () => {
		expect(await loadSampleData(ctx)).toEqual({ error: 'not_empty' });
	});

	it('removes exactly the sample: the workspace and what was added besides stay', async () => {
		// A customer account someone added next to the sample data, with a user.
		const own = makeAccount({ id: 'own-account', accountNumber: '199999999', name: 'Own Ltd' });
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
		const ownUser = makeUser({ id: 'own-user', accountId: own.id });
		await applyWrites(ctx, await usersRoom(ctx, own.id), [
			{
				map: 'users',
				id: ownUser.id,
				asset: 'User',
				accountId: own.id,
				before: null,
				after: ownUser,
				identity: ['name', 'email']
			}
		]);
		await projected(workspaceId);
		const db = workspaceDb(workspaceId);
		const keep = await db.events.where('accountId').equals(own.id).primaryKeys();

		const progress: [number, number][] = [];
		const result = await removeSampleData(ctx, (done, total) => progress.push([done, total]));
		expect(result).toEqual({
			data: { accounts: 25, users: 2500, events: 2 * (2500 + 25) + 20_000 }
		});
		expect(progress.at(-1)?.[0]).toBe(progress.at(-1)?.[1]);

		expect((await countAccounts(workspaceId)).customers).toBe(1);
		expect(await db.accounts.get(own.id)).toBeDefined();
		expect(await db.users.get(ownUser.id)).toBeDefined();
		expect(await db.users.count()).toBe(2);
		expect(await db.events.where('logTags').equals('sample').count()).toBe(0);
		const remaining = (await db.events.toArray()).map((e) => e.id);
		expect(remaining.sort()).toEqual([...ownEvents, ...keep].sort());
		expect(await getSampleMark(workspaceId)).toBeNull();
		expect(await removeSampleData(ctx)).toEqual({ error: 'not_loaded' });
	}, 120_000);

	it('does not let an account admin load or remove sample data', async () => {
		const admin: ServiceContext = {
			...ctx,
			profile: { ...ctx.profile, role: 'account_admin', accountId: 'own-account' }
		};
		expect(await loadSampleData(admin)).toEqual({ error: 'forbidden' });
		expect(await removeSampleData(admin)).toEqual({ error: 'forbidden' });
		expect(await generateScaleData(admin, { users: 1, events: 1 })).toEqual({
			error: 'forbidden'
		});
	});

	it('generates one large account for measuring, removed with the sample data', async () => {
		const other = await newWorkspace();
		const result = await generateScaleData(other, { users: 3000, events: 5000 });
		if (!('data' in result)) throw new Error('no scale data');
		const db = workspaceDb(other.workspace.id);
		const { accountId } = result.data;
		expect(await db.users.where('accountId').equals(accountId).count()).toBe(3000);
		expect(await db.events.where('accountId').equals(accountId).count()).toBe(5000);
		expect(await removeSampleData(other)).toMatchObject({ data: { accounts: 1, users: 3000 } });
		expect(await db.users.where('accountId').equals(accountId).count()).toBe(0);
		expect(await db.events.where('accountId').equals(accountId).count()).toBe(0);
	}, 120_000);
});
