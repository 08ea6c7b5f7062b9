import { beforeEach, describe, expect, it } from 'vitest';
import { danasWorkspace } from '../../../tests/fixtures/workspace';
import { getAccount } from '$lib/db/accounts.query';
import { recentEvents } from '$lib/db/events.query';
import { projected } from '$lib/sync/rooms';
import type { Account } from '$lib/domain/model';
import { makeAccount } from '../../../tests/fixtures/records';
import { workspaceRoom, type ServiceContext } from './context';
import { applyWrites, type Write } from './writes';
import { clock } from './clock';
import { formatStamp } from '$lib/domain/clock';

let ctx: ServiceContext;

beforeEach(async () => {
	ctx = await danasWorkspace();
});

function accountWrite(before: Account | null, after: Account | null): Write {
	return {
		map: 'accounts',
		id: (after ?? before)!.id,
		asset: 'Account',
		accountId: (after ?? before)!.id,
		before,
		after,
		identity: ['name', 'accountNumber']
	};
}

describe('applyWrites', () => {
	it('dates events by the clock of the stamps: never before a change this device has seen', async () => {
		const room = await workspaceRoom(ctx);
		// A stamp from another device whose clock is 30 s ahead (within the drift cap) arrives.
		const ahead = Date.now() + 30_000;
		clock.receive(formatStamp(ahead, 0, 'other-device'));
		const [event] = await applyWrites(ctx, room, [
			accountWrite(null, makeAccount({ id: 'acct-hlc', accountNumber: '333333333' }))
		]);
		expect(Date.parse(event?.eventDate ?? '')).toBeGreaterThanOrEqual(ahead);
	});

	it('keeps two quick edits of different fields made from the same stale read', async () => {
		const room = await workspaceRoom(ctx);
		const account = makeAccount({ id: 'acct-1', accountNumber: '123456789' });
		await applyWrites(ctx, room, [accountWrite(null, account)]);
		await projected(ctx.workspace.id);
		const read = (await getAccount(ctx.workspace.id, 'acct-1'))!;

		// Both edits start from the same read, before either reached the read model.
		await applyWrites(ctx, room, [accountWrite(read, { ...read, bandwidthOptimization: true })]);
		await applyWrites(ctx, room, [accountWrite(read, { ...read, chatAllowEditDelete: false })]);
		await projected(ctx.workspace.id);

		const now = await getAccount(ctx.workspace.id, 'acct-1');
		expect(now).toMatchObject({ bandwidthOptimization: true, chatAllowEditDelete: false });
		expect(now?.modifiedByName).toBe('Dana Lee');
	});

	it('writes one event per record, with its properties changed and a shared batch tag', async () => {
		const room = await workspaceRoom(ctx);
		const a = makeAccount({ id: 'a', accountNumber: '111111111' });
		const b = makeAccount({ id: 'b', accountNumber: '222222222' });
		await applyWrites(ctx, room, [accountWrite(null, a), accountWrite(null, b)], {
			batch: 'run-1'
		});
		await applyWrites(ctx, room, [accountWrite(a, { ...a, city: 'Köln' })]);
		await projected(ctx.workspace.id);
		const events = (await recentEvents(ctx.workspace.id, 10)).filter(
			(e) => e.accountId !== ctx.workspace.partnerAccountId
		);
		expect(events).toHaveLength(3);
		const edit = events.find((e) => e.action === 'Edit');
		expect(edit).toMatchObject({
			asset: 'Account',
			propertiesChanged: ['city'],
			actorName: 'Dana Lee'
		});
		expect(edit?.extraDetails).toEqual({ previous: { city: 'Berlin' } });
		const creates = events.filter((e) => e.action === 'Create');
		for (const create of creates) expect(create.logTags).toEqual(['bulk', 'batch:run-1']);
	});
});
