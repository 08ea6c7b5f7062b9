import { beforeEach, describe, expect, it, vi } from 'vitest';
import { danasWorkspace } from '../../../tests/fixtures/workspace';
import type { AccountForm, AccountPatch } from '$lib/domain/account';
import type { Account, User } from '$lib/domain/model';
import { workspaceDb } from '$lib/db/workspace.db';
import { getAccount, getAccountRows, orderedAccountIds } from '$lib/db/accounts.query';
import { searchPartnerUsers } from '$lib/db/partner-users.query';
import { usedAccountNumbers } from '$lib/sync/account-numbers';
import { closeWorkspaceRooms, openRoom, projected } from '$lib/sync/rooms';
import { decodeStored, encodeRecord } from '$lib/sync/records';
import type { Room } from '$lib/sync/room';
import { isDirectoryEntry } from '$lib/domain/directory';
import { stampNew } from '$lib/domain/records';
import { makeAccount, makeUser } from '../../../tests/fixtures/records';
import { usersRoom, workspaceRoom, type ServiceContext } from './context';
import { applyWrites } from './writes';
import { addUser, deleteUsers } from './users.service';
import {
	addAccount,
	deactivateAccount,
	deleteAccount,
	reactivateAccount,
	restoreAccount,
	updateAccount
} from './accounts.service';
import { accountUsers } from '$lib/db/users.query';
import { accountEvents } from '$lib/db/events.query';

// Lets a test decide the next random Account ID candidates (to prove a used one is skipped).
const forced = vi.hoisted(() => [] as number[]);
vi.mock('./ids', async (importOriginal) => {
	const actual = await importOriginal<typeof import('./ids')>();
	return { ...actual, randomBillion: () => forced.shift() ?? actual.randomBillion() };
});

function form(overrides: Partial<AccountForm> = {}): AccountForm {
	return {
		name: 'Globex Corporation',
		country: 'US',
		province: 'IL',
		address: '1 Main Street',
		city: 'Springfield',
		postalCode: '62701',
		defaultLanguage: 'en',
		businessType: '',
		supportContacts: [{ kind: 'email', email: 'help@globex.com' }],
		...overrides
	};
}

let ctx: ServiceContext;

beforeEach(async () => {
	ctx = await danasWorkspace();
});

async function add(overrides: Partial<AccountForm> = {}): Promise<Account> {
	const result = await addAccount(ctx, form(overrides));
	if ('error' in result) throw new Error(JSON.stringify(result.error));
	return result.data;
}

async function eventsOf(accountId: string) {
	await projected(ctx.workspace.id);
	return accountEvents(workspaceDb(ctx.workspace.id), accountId).sortBy('eventDate');
}

function asAccountAdmin(accountId: string): ServiceContext {
	return { ...ctx, profile: { ...ctx.profile, role: 'account_admin', accountId } };
}

describe('addAccount', () => {
	it('creates the account with a fresh 9-digit Account ID and a Create event', async () => {
		const account = await add();
		expect(account.accountNumber).toMatch(/^[1-9]\d{8}$/);
		expect(account).toMatchObject({
			name: 'Globex Corporation',
			status: 'active',
			cloudLocation: 'north_america',
			modifiedByName: 'Dana Lee'
		});
		expect(await getAccount(ctx.workspace.id, account.id)).toEqual(account);
		const events = await eventsOf(account.id);
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({
			action: 'Create',
			asset: 'Account',
			coreDetails: { name: 'Globex Corporation', accountNumber: account.accountNumber }
		});
	});

	it('returns every field error at once and writes nothing', async () => {
		const result = await addAccount(ctx, form({ postalCode: '1234', supportContacts: [] }));
		expect(result).toEqual({
			error: {
				kind: 'invalid',
				fields: { postalCode: 'postal_invalid', supportContacts: 'contacts_required' }
			}
		});
		const ids = await orderedAccountIds(ctx.workspace.id, 'active', 'name', false);
		const active = await getAccountRows(ctx.workspace.id, ids);
		expect(active.map((r) => r.account.name)).toEqual(['Acme Telecom']);
	});

	it('refuses a name that another account has, ignoring case and accents', async () => {
		await add({ name: 'Café Noir' });
		expect(await addAccount(ctx, form({ name: ' CAFE  noir ' }))).toEqual({
			error: { kind: 'invalid', fields: { name: 'name_taken' } }
		});
		expect(await addAccount(ctx, form({ name: 'acme telecom' }))).toMatchObject({
			error: { fields: { name: 'name_taken' } }
		});
	});

	it('is for partners only', async () => {
		const admin = asAccountAdmin('someone');
		expect(await addAccount(admin, form())).toEqual({ error: { kind: 'forbidden' } });
	});
});

describe('Account IDs', () => {
	it('never hands out a number again, even after its account was deleted', async () => {
		const first = await add();
		await deleteAccount(ctx, first.id);
		const room = await workspaceRoom(ctx);
		expect(usedAccountNumbers(room).has(first.accountNumber)).toBe(true);
		// The first candidate is the deleted account's number: it must be skipped.
		forced.push(Number(first.accountNumber) - 100_000_000, 234_567_890 - 100_000_000);
		const second = await add({ name: 'Initech' });
		expect(second.accountNumber).toBe('234567890');
	});
});

describe('updateAccount', () => {
	it('changes fields with one Edit event naming them', async () => {
		const account = await add();
		const result = await updateAccount(ctx, account.id, { city: ' Shelbyville ', province: 'il' });
		expect(result).toMatchObject({ data: { city: 'Shelbyville', province: 'IL' } });
		const events = await eventsOf(account.id);
		expect(events.at(-1)).toMatchObject({
			action: 'Edit',
			propertiesChanged: ['city'],
			coreDetails: { city: 'Shelbyville' },
			extraDetails: { previous: { city: 'Springfield' } }
		});
	});

	it('writes nothing when nothing changes', async () => {
		const account = await add();
		await updateAccount(ctx, account.id, { city: 'Springfield' });
		expect(await eventsOf(account.id)).toHaveLength(1);
	});

	it('returns field errors, the country deciding the postal code format', async () => {
		const account = await add();
		expect(await updateAccount(ctx, account.id, { country: 'CA' })).toEqual({
			error: {
				kind: 'invalid',
				fields: { province: 'province_invalid', postalCode: 'postal_invalid' }
			}
		});
		expect(await updateAccount(ctx, account.id, { supportContacts: [] })).toEqual({
			error: { kind: 'invalid', fields: { supportContacts: 'contacts_required' } }
		});
	});

	it('refuses read-only fields', async () => {
		const account = await add();
		const patch = {
			accountNumber: '111111111',
			cloudLocation: 'europe'
		} as unknown as AccountPatch;
		expect(await updateAccount(ctx, account.id, patch)).toEqual({
			error: { kind: 'read_only', fields: ['accountNumber', 'cloudLocation'] }
		});
	});

	it('saves the call and chat settings as events', async () => {
		const account = await add();
		await updateAccount(ctx, account.id, { bandwidthOptimization: true });
		await updateAccount(ctx, account.id, { chatAllowEditDelete: false });
		expect(await getAccount(ctx.workspace.id, account.id)).toMatchObject({
			bandwidthOptimization: true,
			chatAllowEditDelete: false
		});
		const events = await eventsOf(account.id);
		expect(events.slice(1).map((e) => e.propertiesChanged)).toEqual([
			['bandwidthOptimization'],
			['chatAllowEditDelete']
		]);
	});

	it('lets an account admin edit their own account and its e-mail contacts only', async () => {
		const account = await add({
			supportContacts: [
				{ kind: 'user', userId: ctx.profile.personId, name: 'Dana Lee', email: 'dana@example.com' },
				{ kind: 'email', email: 'help@globex.com' }
			]
		});
		const admin = asAccountAdmin(account.id);
		expect(await updateAccount(admin, account.id, { city: 'Capital City' })).toMatchObject({
			data: { city: 'Capital City' }
		});
		const [dana, help] = account.supportContacts;
		expect(
			await updateAccount(admin, account.id, {
				supportContacts: [dana!, help!, { kind: 'email', email: 'it@globex.com' }]
			})
		).toMatchObject({ data: { supportContacts: [dana, help, { email: 'it@globex.com' }] } });
		expect(await updateAccount(admin, account.id, { supportContacts: [help!] })).toEqual({
			error: { kind: 'forbidden' }
		});
		const other = await add({ name: 'Initech' });
		expect(await updateAccount(admin, other.id, { city: 'X' })).toEqual({
			error: { kind: 'forbidden' }
		});
	});
});

describe('deactivate and reactivate', () => {
	it('moves the account to the deactivated list, where it cannot be edited', async () => {
		const account = await add();
		expect(await deactivateAccount(ctx, account.id)).toMatchObject({
			data: { status: 'deactivated' }
		});
		expect(await updateAccount(ctx, account.id, { city: 'Ogdenville' })).toEqual({
			error: { kind: 'deactivated' }
		});
		expect(await deleteAccount(ctx, account.id)).toEqual({ error: { kind: 'deactivated' } });
		expect((await eventsOf(account.id)).at(-1)).toMatchObject({ propertiesChanged: ['status'] });
		expect(await reactivateAccount(ctx, account.id)).toMatchObject({ data: { status: 'active' } });
		expect(await updateAccount(ctx, account.id, { city: 'Ogdenville' })).toMatchObject({
			data: { city: 'Ogdenville' }
		});
	});

	it('never deactivates or deletes the partner account', async () => {
		const partner = ctx.workspace.partnerAccountId;
		expect(await deactivateAccount(ctx, partner)).toEqual({ error: { kind: 'partner_account' } });
		expect(await deleteAccount(ctx, partner)).toEqual({ error: { kind: 'partner_account' } });
	});

	it('is not for account admins', async () => {
		const account = await add();
		const admin = asAccountAdmin(account.id);
		expect(await deactivateAccount(admin, account.id)).toEqual({ error: { kind: 'forbidden' } });
		expect(await deleteAccount(admin, account.id)).toEqual({ error: { kind: 'forbidden' } });
	});
});

describe('delete and undo', () => {
	async function addUsers(account: Account): Promise<User[]> {
		const users = [
			makeUser({ id: crypto.randomUUID(), accountId: account.id, name: 'Ann Smith' }),
			makeUser({
				id: crypto.randomUUID(),
				accountId: account.id,
				name: 'Bo Chen',
				email: 'bo@example.com',
				registration: 'registered',
				password: {
					algorithm: 'PBKDF2-SHA-256',
					iterations: 210000,
					salt: 'c2FsdA==',
					hash: 'aGFzaA=='
				}
			})
		];
		await applyWrites(
			ctx,
			await usersRoom(ctx, account.id),
			users.map((user) => ({
				map: 'users',
				id: user.id,
				asset: 'User' as const,
				accountId: account.id,
				before: null,
				after: user,
				identity: ['name', 'email']
			}))
		);
		await projected(ctx.workspace.id);
		return accountUsers(workspaceDb(ctx.workspace.id), account.id).toArray();
	}

	it('removes the account and its users, keeps the events, and Undo restores everything', async () => {
		const account = await add({ businessType: 'retail' });
		await updateAccount(ctx, account.id, { chatAllowEditDelete: false });
		const current = (await getAccount(ctx.workspace.id, account.id))!;
		await addUsers(account);
		const db = workspaceDb(ctx.workspace.id);
		const usersBefore = await accountUsers(db, account.id).sortBy('name');

		const deleted = await deleteAccount(ctx, account.id);
		if ('error' in deleted) throw new Error('not deleted');
		expect(deleted.data.users).toHaveLength(2);
		expect(await getAccount(ctx.workspace.id, account.id)).toBeNull();
		expect(await accountUsers(db, account.id).count()).toBe(0);
		const events = await eventsOf(account.id);
		expect(
			events
				.filter((e) => e.action === 'Delete')
				.map((e) => e.asset)
				.sort()
		).toEqual(['Account', 'User', 'User']);
		expect(events.filter((e) => e.action === 'Create')).toHaveLength(3);

		const restored = await restoreAccount(ctx, deleted.data);
		if ('error' in restored) throw new Error('not restored');
		// Exactly as before, modified on/by included.
		expect(restored.data).toEqual(current);
		const usersAfter = await accountUsers(db, account.id).sortBy('name');
		expect(usersAfter).toEqual(usersBefore);
		expect(usersAfter[1]?.password?.hash).toBe('aGFzaA==');
		expect(await restoreAccount(ctx, deleted.data)).toEqual({ error: { kind: 'exists' } });
	});
});

describe('user counts of the accounts list', () => {
	async function listed(status: Account['status']): Promise<[string, number][]> {
		const ids = await orderedAccountIds(ctx.workspace.id, status, 'name', false);
		const rows = await getAccountRows(ctx.workspace.id, ids);
		return rows.map((r) => [r.account.name, r.users]);
	}

	async function addUserTo(account: Account, first: string): Promise<User> {
		const result = await addUser(ctx, account, {
			firstName: first,
			lastName: 'Test',
			email: `${first.toLowerCase()}@globex.com`,
			mobile: '',
			extension: '',
			role: 'user'
		});
		if ('error' in result) throw new Error(JSON.stringify(result.error));
		return result.data;
	}

	it('follow users added and deleted, through status changes, delete and undo', async () => {
		const globex = await add();
		await add({ name: 'Initech' });
		const ann = await addUserTo(globex, 'Ann');
		await addUserTo(globex, 'Bo');
		await addUserTo(globex, 'Cy');
		// The partner account counts its own administrator (Dana Lee).
		expect(await listed('active')).toEqual([
			['Acme Telecom', 1],
			['Globex Corporation', 3],
			['Initech', 0]
		]);
		await deleteUsers(ctx, globex, [ann.id]);
		expect(await listed('active')).toContainEqual(['Globex Corporation', 2]);

		// Deactivated and back: the account keeps its count in each list.
		await deactivateAccount(ctx, globex.id);
		expect(await listed('deactivated')).toEqual([['Globex Corporation', 2]]);
		expect((await listed('active')).map(([name]) => name)).toEqual(['Acme Telecom', 'Initech']);
		await reactivateAccount(ctx, globex.id);
		expect(await listed('deactivated')).toEqual([]);
		expect(await listed('active')).toContainEqual(['Globex Corporation', 2]);

		const deleted = await deleteAccount(ctx, globex.id);
		if ('error' in deleted) throw new Error('not deleted');
		expect(await workspaceDb(ctx.workspace.id).accountStats.get(globex.id)).toBeUndefined();
		await restoreAccount(ctx, deleted.data);
		expect(await listed('active')).toContainEqual(['Globex Corporation', 2]);
	});
});

describe('searchPartnerUsers', () => {
	it('suggests partner users by any word prefix of name or e-mail', async () => {
		const { id: ws, partnerAccountId } = ctx.workspace;
		expect((await searchPartnerUsers(ws, partnerAccountId, 'dan')).map((u) => u.name)).toEqual([
			'Dana Lee'
		]);
		expect(await searchPartnerUsers(ws, partnerAccountId, 'example.c')).toHaveLength(1);
		expect(await searchPartnerUsers(ws, partnerAccountId, 'lee dana')).toHaveLength(1);
		expect(await searchPartnerUsers(ws, partnerAccountId, 'bob')).toEqual([]);
		expect(await searchPartnerUsers(ws, partnerAccountId, '')).toEqual([]);
	});
});

function stored(room: Room, map: string, id: string) {
	return decodeStored(room.map(map).get(id)) as Record<string, unknown> | undefined;
}

describe('an account in two rooms (ARCHITECTURE.md, Replicated documents)', () => {
	it('keeps the full record in acct:<id> and only the directory entry in ws:', async () => {
		const added = await addAccount(ctx, form());
		if ('error' in added) throw new Error('not added');
		const id = added.data.id;
		const ws = await workspaceRoom(ctx);
		const acct = await usersRoom(ctx, id);
		expect(acct.name).toBe(`acct:${id}`);
		const entry = stored(ws, 'accounts', id);
		expect(isDirectoryEntry(entry)).toBe(true);
		expect(entry).toMatchObject({ name: 'Globex Corporation', country: 'US', status: 'active' });
		expect(entry).not.toHaveProperty('address');
		expect(entry).not.toHaveProperty('supportContacts');
		expect(stored(acct, 'account', id)).toMatchObject({
			name: 'Globex Corporation',
			address: '1 Main Street',
			city: 'Springfield'
		});

		const edited = await updateAccount(ctx, id, { city: 'Shelbyville', name: 'Globex Inc' });
		if ('error' in edited) throw new Error('not edited');
		expect(stored(acct, 'account', id)).toMatchObject({ city: 'Shelbyville', name: 'Globex Inc' });
		expect(stored(ws, 'accounts', id)).toMatchObject({ name: 'Globex Inc' });
		expect(stored(ws, 'accounts', id)).not.toHaveProperty('city');
		expect(await getAccount(ctx.workspace.id, id)).toMatchObject({
			name: 'Globex Inc',
			city: 'Shelbyville',
			address: '1 Main Street'
		});
		// The partner account stays whole in the workspace room (its users live there too).
		expect(stored(ws, 'accounts', ctx.workspace.partnerAccountId)).toHaveProperty('address');
	});

	it('moves the full records an earlier version kept in ws: without changing what is shown', async () => {
		const ws = await workspaceRoom(ctx);
		const legacy = [
			makeAccount({ id: 'old1', accountNumber: '200000001', name: 'Old One', city: 'Basel' }),
			makeAccount({ id: 'old2', accountNumber: '200000002', name: 'Old Two', city: 'Genf' })
		];
		ws.doc.transact(() => {
			for (const a of legacy) ws.map('accounts').set(a.id, encodeRecord(stampNew(a, '0001')));
		}, 'local');
		await projected(ctx.workspace.id);
		expect(await getAccount(ctx.workspace.id, 'old1')).toMatchObject({ city: 'Basel' });

		// The app opens again: the workspace room's opening moves every account in the background.
		await closeWorkspaceRooms(ctx.workspace.id);
		const reopened = await workspaceRoom(ctx);
		await vi.waitFor(
			() => {
				for (const a of legacy)
					expect(isDirectoryEntry(stored(reopened, 'accounts', a.id))).toBe(true);
			},
			{ timeout: 5000 }
		);
		const acct = await openRoom(ctx.workspace.id, 'acct:old2', ctx.workspace.partnerAccountId);
		expect(stored(acct, 'account', 'old2')).toMatchObject({
			name: 'Old Two',
			city: 'Genf',
			_t: '0001'
		});
		await projected(ctx.workspace.id);
		expect(await getAccount(ctx.workspace.id, 'old1')).toMatchObject({
			name: 'Old One',
			city: 'Basel'
		});
		// Edits go to the moved record.
		const edited = await updateAccount(ctx, 'old2', { city: 'Zug' });
		expect('error' in edited).toBe(false);
		expect(stored(acct, 'account', 'old2')).toMatchObject({ city: 'Zug' });
		expect(await getAccount(ctx.workspace.id, 'old2')).toMatchObject({ city: 'Zug' });
	});
});
