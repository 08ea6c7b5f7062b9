import { beforeEach, describe, expect, it } from 'vitest';
import { addChris, danasWorkspace, germanAccountForm } from '../../../tests/fixtures/workspace';
import type { Account } from '$lib/domain/model';
import { deviceKeys } from '$lib/db/credentials.query';
import { localAccountIds } from '$lib/db/accounts.query';
import { workspaceDb } from '$lib/db/workspace.db';
import { accountUsers } from '$lib/db/account-rows';
import { addAccount } from '$lib/services/accounts.service';
import { workspaceRoom, type ServiceContext } from '$lib/services/context';
import {
	convertToManagers,
	setAssignments,
	upgradeToAdministrators
} from '$lib/services/managers.service';
import { addUser } from '$lib/services/users.service';
import { followAccess, restoreAccess, type AccessChange } from './access';
import { intentWinners } from './intents';
import { grantScopes } from './manager-grants';
import { projected } from './rooms';
import { accountVisible } from './visibility';

const CHRIS = 'p-chris';
let ctx: ServiceContext;

async function account(name: string): Promise<Account> {
	const result = await addAccount(ctx, germanAccountForm(name));
	if ('error' in result) throw new Error(JSON.stringify(result.error));
	return result.data;
}

beforeEach(async () => {
	ctx = await danasWorkspace();
	await addChris(ctx);
});

/** Waits until `check` holds (the keeper follows the room asynchronously). */
async function eventually(check: () => Promise<boolean>): Promise<void> {
	for (let i = 0; i < 200; i += 1) {
		if (await check()) return;
		await new Promise((r) => setTimeout(r, 10));
	}
	throw new Error('never happened');
}

describe('what an account manager may see (spec 14)', () => {
	it('keeps only the assigned accounts on the device, drops one unassigned with its users, and tells', async () => {
		const globex = await account('Globex Berlin');
		const initech = await account('Initech Hamburg');
		const added = await addUser(ctx, initech, {
			firstName: 'Ivy',
			lastName: 'Ng',
			email: 'ivy@initech.example',
			mobile: '',
			extension: '',
			role: 'user'
		});
		expect('error' in added).toBe(false);
		await projected(ctx.workspace.id);
		const db = workspaceDb(ctx.workspace.id);
		expect(await accountUsers(db, initech.id).count()).toBe(1);

		// This device is Chris's (the same workspace, seen as him): what Dana decides reaches it.
		await restoreAccess(ctx.workspace.id, CHRIS);
		const changes: AccessChange[] = [];
		const stop = followAccess({
			room: await workspaceRoom(ctx),
			personId: CHRIS,
			partnerAccountId: ctx.workspace.partnerAccountId,
			onChange: (change) => {
				changes.push(change);
				return Promise.resolve();
			}
		});
		try {
			expect((await deviceKeys(ctx.workspace.id))?.privateKey).toBeDefined();
			await convertToManagers(ctx, [CHRIS]);
			await eventually(() => Promise.resolve(changes.length === 1));
			expect(changes[0]).toMatchObject({ kind: 'restricted', removed: 2 });
			expect((await localAccountIds(ctx.workspace.id)).sort()).toEqual([
				ctx.workspace.partnerAccountId
			]);
			expect(await accountUsers(db, initech.id).count()).toBe(0);
			// A converted administrator's device no longer holds the workspace key.
			expect((await deviceKeys(ctx.workspace.id))?.privateKey).toBeUndefined();

			await setAssignments(ctx, [CHRIS], [globex.id, initech.id], 'assign');
			await eventually(() => Promise.resolve(changes.length === 2));
			expect(changes[1]).toMatchObject({
				kind: 'changed',
				gained: expect.arrayContaining(['Globex Berlin', 'Initech Hamburg']) as string[],
				lost: []
			});
			await projected(ctx.workspace.id);
			expect((await localAccountIds(ctx.workspace.id)).sort()).toEqual(
				[ctx.workspace.partnerAccountId, globex.id, initech.id].sort()
			);

			await setAssignments(ctx, [CHRIS], [initech.id], 'unassign');
			await eventually(() => Promise.resolve(changes.length === 3));
			expect(changes[2]).toMatchObject({ kind: 'changed', gained: [], lost: ['Initech Hamburg'] });
			expect(accountVisible(ctx.workspace.id, initech.id)).toBe(false);
			expect(accountVisible(ctx.workspace.id, globex.id)).toBe(true);
			expect((await localAccountIds(ctx.workspace.id)).sort()).toEqual(
				[ctx.workspace.partnerAccountId, globex.id].sort()
			);

			// What the device knew is restored before the room opens the next time.
			await restoreAccess(ctx.workspace.id, CHRIS);
			expect(accountVisible(ctx.workspace.id, initech.id)).toBe(false);

			await upgradeToAdministrators(ctx, [CHRIS]);
			await eventually(() => Promise.resolve(changes.length === 4));
			expect(changes[3]).toMatchObject({ kind: 'unrestricted' });
			// Each change has its own id, the same for every tab that follows it.
			expect(new Set(changes.map((c) => c.id)).size).toBe(4);
			await projected(ctx.workspace.id);
			expect(await localAccountIds(ctx.workspace.id)).toContain(initech.id);
		} finally {
			stop();
		}
	});

	it('grants each manager the workspace room, the partner account and the assigned accounts; someone upgraded back every room', async () => {
		await convertToManagers(ctx, [CHRIS]);
		await setAssignments(ctx, [CHRIS], ['a2', 'a1'], 'assign');
		const room = await workspaceRoom(ctx);
		const partner = ctx.workspace.partnerAccountId;
		expect(grantScopes(intentWinners(room).values(), partner)).toEqual(
			new Map([[CHRIS, { workspace: true, accounts: ['a1', 'a2', partner].sort() }]])
		);
		await setAssignments(ctx, [CHRIS], ['a2'], 'unassign');
		expect(grantScopes(intentWinners(room).values(), partner).get(CHRIS)).toEqual({
			workspace: true,
			accounts: ['a1', partner].sort()
		});
		await upgradeToAdministrators(ctx, [CHRIS]);
		expect(grantScopes(intentWinners(room).values(), partner).get(CHRIS)).toBe('all');
	});
});
