import { beforeEach, describe, expect, it } from 'vitest';
import { addChris, danasWorkspace, germanAccountForm } from '../../../tests/fixtures/workspace';
import { managersOf } from '$lib/db/managers.query';
import { workspaceDb } from '$lib/db/workspace.db';
import { accountEvents } from '$lib/db/events.query';
import type { ServiceContext } from './context';
import { addAccount } from './accounts.service';
import { convertToManagers, setAssignments, upgradeToAdministrators } from './managers.service';

let ctx: ServiceContext;
const CHRIS = 'p-chris';

beforeEach(async () => {
	ctx = await danasWorkspace();
	await addChris(ctx);
});

async function managerEvents() {
	const events = await accountEvents(
		workspaceDb(ctx.workspace.id),
		ctx.workspace.partnerAccountId
	).sortBy('eventDate');
	return events.filter((e) => e.asset === 'Account Manager');
}

describe('account managers', () => {
	it('converts, assigns, unassigns and upgrades, with the events of spec 14', async () => {
		expect(await convertToManagers(ctx, [CHRIS])).toEqual({ data: { converted: 1 } });
		expect((await managersOf(ctx.workspace.id)).managers).toEqual(new Set([CHRIS]));
		// Converting again changes nothing.
		expect(await convertToManagers(ctx, [CHRIS])).toEqual({ data: { converted: 0 } });

		expect(await setAssignments(ctx, [CHRIS], ['a1', 'a2'], 'assign')).toEqual({
			data: { changed: 2 }
		});
		expect(await setAssignments(ctx, [CHRIS], ['a2', 'a3'], 'assign')).toEqual({
			data: { changed: 1 }
		});
		expect(await setAssignments(ctx, [CHRIS], ['a1'], 'unassign')).toEqual({
			data: { changed: 1 }
		});
		expect((await managersOf(ctx.workspace.id)).assigned.get(CHRIS)).toEqual(new Set(['a2', 'a3']));

		expect(await upgradeToAdministrators(ctx, [CHRIS])).toEqual({ data: { upgraded: 1 } });
		const state = await managersOf(ctx.workspace.id);
		expect(state.managers.size).toBe(0);
		expect(state.assigned.size).toBe(0);

		const events = await managerEvents();
		expect(events.map((e) => e.action)).toEqual(['Create', 'Edit', 'Edit', 'Edit', 'Delete']);
		expect(events[1]).toMatchObject({
			propertiesChanged: ['assignedAccounts'],
			coreDetails: { name: 'Chris Park', assignedAccounts: ['a1', 'a2'] },
			extraDetails: { added: ['a1', 'a2'], previous: { assignedAccounts: [] } }
		});
		expect(events[3]?.extraDetails).toMatchObject({ removed: ['a1'] });
	});

	it('never lets administrators convert, upgrade or manage themselves, nor managers act', async () => {
		expect(await convertToManagers(ctx, [ctx.profile.personId])).toEqual({
			error: { kind: 'self' }
		});
		expect(await setAssignments(ctx, [ctx.profile.personId], ['a1'], 'assign')).toEqual({
			error: { kind: 'self' }
		});
		await convertToManagers(ctx, [CHRIS]);
		const asChris: ServiceContext = {
			...ctx,
			profile: { ...ctx.profile, personId: CHRIS, name: 'Chris Park' }
		};
		expect(await setAssignments(asChris, [CHRIS], ['a1'], 'assign')).toEqual({
			error: { kind: 'forbidden' }
		});
		expect(await upgradeToAdministrators(asChris, [CHRIS])).toEqual({
			error: { kind: 'forbidden' }
		});
		// Nor add accounts: those are administrators' to add and assign.
		const form = germanAccountForm('Globex Berlin');
		expect(await addAccount(asChris, form)).toEqual({ error: { kind: 'forbidden' } });
		expect('data' in (await addAccount(ctx, form))).toBe(true);
	});
});
