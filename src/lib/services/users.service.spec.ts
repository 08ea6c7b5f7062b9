import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account, Profile, User, Workspace } from '$lib/domain/model';
import { accountRow } from '$lib/db/rows';
import { workspaceDb } from '$lib/db/workspace.db';
import { getUser, listUserIds } from '$lib/db/users.query';
import { NO_FILTERS, type UserInput } from '$lib/domain/user';
import { closeWorkspaceRooms, projected } from '$lib/sync/rooms';
import type { ServiceContext } from './context';
import { usersRoom } from './context';
import { sha256Hex } from './crypto';
import { applyWrites } from './writes';
import {
	addUser,
	addUsers,
	deleteUsers,
	undoAddUsers,
	resetPasswords,
	restoreUsers,
	sendWelcomeEmails,
	updateUser
} from './users.service';
import { makeAccount, makeUser } from '../../../tests/fixtures/records';
import { accountUsers } from '$lib/db/users.query';

let ctx: ServiceContext;
let account: Account;

function profile(workspaceId: string, overrides: Partial<Profile> = {}): Profile {
	return {
		id: 'profile-1',
		workspaceId,
		workspaceName: 'Acme Telecom',
		personId: 'p1',
		accountId: 'partner',
		name: 'Dana Lee',
		email: 'dana@example.com',
		role: 'partner',
		createdAt: '2026-01-01T00:00:00.000Z',
		lastUsedAt: '2026-01-01T00:00:00.000Z',
		...overrides
	};
}

function form(overrides: Partial<UserInput> = {}): UserInput {
	return {
		firstName: 'Zoë',
		lastName: 'Müller',
		email: 'zoe@example.com',
		mobile: '',
		extension: '',
		role: 'user',
		...overrides
	};
}

async function put(users: User[]): Promise<void> {
	const room = await usersRoom(ctx, account.id);
	await applyWrites(
		ctx,
		room,
		users.map((u) => ({
			map: 'users',
			id: u.id,
			asset: 'User' as const,
			accountId: account.id,
			before: null,
			after: u,
			identity: ['name', 'email']
		}))
	);
	await projected(ctx.workspace.id);
}

function db() {
	return workspaceDb(ctx.workspace.id);
}

beforeEach(async () => {
	const workspaceId = `ws-${crypto.randomUUID()}`;
	const workspace: Workspace = {
		id: workspaceId,
		name: 'Acme Telecom',
		partnerAccountId: 'partner',
		createdAt: '2026-01-01T00:00:00.000Z',
		createdBy: 'p1',
		publicKey: {}
	};
	ctx = { profile: profile(workspaceId), workspace };
	account = makeAccount({ id: `acct-${crypto.randomUUID()}`, defaultLanguage: 'en' });
	await db().accounts.put(accountRow(account));
});

afterEach(async () => {
	await closeWorkspaceRooms(ctx.workspace.id);
	await db().delete();
});

describe('addUser', () => {
	it('creates an unregistered console user with a registration link and queues the welcome e-mail', async () => {
		const result = await addUser(ctx, account, form({ role: 'account_admin', extension: '204' }));
		if (!('data' in result)) throw new Error(JSON.stringify(result.error));
		const stored = await getUser(ctx.workspace.id, result.data.id);
		expect(stored).toMatchObject({
			accountId: account.id,
			name: 'Zoë Müller',
			email: 'zoe@example.com',
			role: 'account_admin',
			source: 'console',
			registration: 'unregistered',
			extension: '204',
			modifiedByName: 'Dana Lee'
		});
		expect(stored?.registrationTokenHash).toMatch(/^[0-9a-f]{64}$/);

		const mails = await db().outbox.where('accountId').equals(account.id).toArray();
		expect(mails).toHaveLength(1);
		expect(mails[0]).toMatchObject({ kind: 'welcome', to: 'zoe@example.com' });
		const token = /\/register\/([\w-]+)/.exec(mails[0]?.body ?? '')?.[1] ?? '';
		expect(await sha256Hex(token)).toBe(stored?.registrationTokenHash);

		const events = (await db().events.toArray()).filter((e) => e.assetId === result.data.id);
		expect(events.map((e) => e.action)).toEqual(['Create']);
		expect(JSON.stringify(events)).not.toContain(stored?.registrationTokenHash);
	});

	it('refuses an e-mail address already used in the account, whatever its case', async () => {
		await addUser(ctx, account, form());
		const result = await addUser(
			ctx,
			account,
			form({ firstName: 'Zoe', email: 'ZOE@example.com ' })
		);
		expect(result).toEqual({ error: { kind: 'invalid', fields: { email: 'email_taken' } } });
	});

	it('allows the same e-mail address in another account', async () => {
		await addUser(ctx, account, form());
		const other = makeAccount({ id: `acct-${crypto.randomUUID()}`, accountNumber: '100000002' });
		await db().accounts.put(accountRow(other));
		expect('data' in (await addUser(ctx, other, form()))).toBe(true);
	});

	it('refuses an extension already used in the account', async () => {
		await addUser(ctx, account, form({ extension: '204' }));
		const result = await addUser(
			ctx,
			account,
			form({ email: 'ann@example.com', extension: '204' })
		);
		expect(result).toEqual({
			error: { kind: 'invalid', fields: { extension: 'extension_taken' } }
		});
	});

	it('refuses any change on a deactivated account', async () => {
		await db().accounts.put(accountRow({ ...account, status: 'deactivated' }));
		expect(await addUser(ctx, account, form())).toEqual({ error: { kind: 'deactivated' } });
	});

	it('refuses an account admin of another account', async () => {
		ctx = { ...ctx, profile: profile(ctx.workspace.id, { role: 'account_admin', accountId: 'x' }) };
		expect(await addUser(ctx, account, form())).toEqual({ error: { kind: 'forbidden' } });
	});
});

describe('addUsers (bulk add, e.g. an import)', () => {
	it('adds the valid inputs as one batch with welcome e-mails, returns the others with reasons, and undo takes it all back', async () => {
		await addUser(ctx, account, form({ email: 'taken@example.com', extension: '100' }));
		const progress: [number, number][] = [];
		const inputs = [
			form({ firstName: 'Ana', lastName: 'Lima', email: 'ana@example.com', extension: '101' }),
			form({ firstName: 'Ben', lastName: 'Okafor', email: 'TAKEN@example.com' }),
			form({ firstName: 'Cleo', lastName: 'Ng', email: 'cleo@example.com', extension: '100' }),
			form({ firstName: 'Dan', lastName: 'Roe', email: 'ana@example.com' }),
			form({ firstName: '', lastName: 'Nobody', email: 'not-an-email' }),
			form({ firstName: 'Eve', lastName: 'Moss', email: 'eve@example.com', role: 'partner' }),
			form({
				firstName: 'Finn',
				lastName: 'Berg',
				email: 'finn@example.com',
				role: 'account_admin'
			})
		];
		const result = await addUsers(ctx, account, inputs, {
			logTags: ['import'],
			extra: { file: 'people.csv' },
			onProgress: (done, total) => progress.push([done, total])
		});
		if (!('data' in result)) throw new Error(JSON.stringify(result.error));
		const { added, invalid, batch, emailIds } = result.data;

		expect(added.map((u) => u.name)).toEqual(['Ana Lima', 'Finn Berg']);
		expect(invalid).toEqual([
			{ index: 1, errors: { email: 'email_taken' } },
			{ index: 2, errors: { extension: 'extension_taken' } },
			{ index: 3, errors: { email: 'email_taken' } },
			{ index: 4, errors: { firstName: 'required', email: 'email_invalid' } },
			{ index: 5, errors: { role: 'role_invalid' } }
		]);
		expect(progress.at(-1)).toEqual([2, 2]);
		for (const user of added)
			expect(await getUser(ctx.workspace.id, user.id)).toMatchObject({
				accountId: account.id,
				source: 'console',
				registration: 'unregistered',
				registrationTokenHash: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown
			});
		const events = (await db().events.toArray()).filter((e) =>
			e.logTags.includes(`batch:${batch}`)
		);
		expect(events).toHaveLength(2);
		for (const event of events) {
			expect(event.action).toBe('Create');
			expect(event.logTags).toEqual(expect.arrayContaining(['import', 'bulk', 'welcome_email']));
			expect(JSON.stringify(event)).toContain('people.csv');
		}
		const mails = await db().outbox.bulkGet(emailIds);
		expect(mails.map((m) => m?.to)).toEqual(['ana@example.com', 'finn@example.com']);

		const undone = await undoAddUsers(ctx, account, result.data);
		expect(undone).toEqual({ data: 2 });
		for (const user of added) expect(await getUser(ctx.workspace.id, user.id)).toBeNull();
		expect((await db().outbox.bulkGet(emailIds)).filter(Boolean)).toEqual([]);
		expect(await accountUsers(db(), account.id).count()).toBe(1);
	});

	it('refuses a bulk add on a deactivated account, writing nothing', async () => {
		const deactivated = { ...account, status: 'deactivated' as const };
		await db().accounts.put(accountRow(deactivated));
		const result = await addUsers(ctx, deactivated, [form()]);
		expect(result).toEqual({ error: { kind: 'deactivated' } });
		expect(await db().users.count()).toBe(0);
	});
});

describe('updateUser', () => {
	it('gives and takes Account Admin rights, with an Edit event naming the role', async () => {
		const created = await addUser(ctx, account, form());
		if (!('data' in created)) throw new Error('not created');
		const made = await updateUser(ctx, account, created.data, { role: 'account_admin' });
		expect('data' in made && made.data.role).toBe('account_admin');
		expect((await getUser(ctx.workspace.id, created.data.id))?.role).toBe('account_admin');
		const events = (await db().events.toArray()).filter((e) => e.assetId === created.data.id);
		const edit = events.find((e) => e.action === 'Edit');
		expect(edit?.propertiesChanged).toEqual(['role']);
		const back = await updateUser(ctx, account, created.data, { role: 'user' });
		expect('data' in back && back.data.role).toBe('user');
	});

	it('keeps the values valid: errors next to the fields, nothing written', async () => {
		const created = await addUser(ctx, account, form());
		await addUser(ctx, account, form({ email: 'ann@example.com', extension: '300' }));
		if (!('data' in created)) throw new Error('not created');
		const result = await updateUser(ctx, account, created.data, {
			email: 'Ann@Example.com',
			extension: '300',
			mobile: '12'
		});
		expect(result).toEqual({
			error: {
				kind: 'invalid',
				fields: { email: 'email_taken', extension: 'extension_taken', mobile: 'mobile_invalid' }
			}
		});
		expect((await getUser(ctx.workspace.id, created.data.id))?.email).toBe('zoe@example.com');
	});

	it('refuses changes to fields a PBX owns but allows the role', async () => {
		const pbx = makeUser({ id: 'pbx-1', accountId: account.id, source: 'pbx', extension: '201' });
		await put([pbx]);
		expect(await updateUser(ctx, account, pbx, { extension: '202' })).toEqual({
			error: { kind: 'invalid', fields: { extension: 'read_only' } }
		});
		const role = await updateUser(ctx, account, pbx, { role: 'account_admin' });
		expect('data' in role && role.data.role).toBe('account_admin');
	});

	it('refuses edits on a deactivated account', async () => {
		const user = makeUser({ id: 'u-1', accountId: account.id });
		await put([user]);
		await db().accounts.put(accountRow({ ...account, status: 'deactivated' }));
		expect(await updateUser(ctx, account, user, { firstName: 'Eve' })).toEqual({
			error: { kind: 'deactivated' }
		});
	});
});

describe('deleteUsers and restoreUsers', () => {
	const registered = {
		registration: 'registered' as const,
		password: { algorithm: 'PBKDF2-SHA-256' as const, iterations: 210000, salt: 's', hash: 'h' }
	};

	function fixtures(): User[] {
		const a = account.id;
		return [
			makeUser({ id: 'console', accountId: a, email: 'c@example.com', licenses: ['miteam'] }),
			makeUser({ id: 'admin', accountId: a, email: 'a@example.com', role: 'account_admin' }),
			makeUser({ id: 'pbx', accountId: a, email: 'p@example.com', source: 'pbx', ...registered }),
			makeUser({ id: 'scim', accountId: a, email: 's@example.com', source: 'scim', ...registered }),
			makeUser({ id: 'micloud', accountId: a, email: 'm@example.com', source: 'micloud' }),
			makeUser({ id: 'partner', accountId: a, email: 'x@example.com', role: 'partner' })
		];
	}

	it('applies the rules, summarises, and undo restores exactly', async () => {
		const users = fixtures();
		await put(users);
		const before = new Map(users.map((u) => [u.id, u]));
		const stored = new Map(
			await Promise.all(
				users.map(async (u) => [u.id, await getUser(ctx.workspace.id, u.id)] as const)
			)
		);
		const progress: number[] = [];
		const result = await deleteUsers(
			ctx,
			account,
			users.map((u) => u.id),
			(done) => progress.push(done)
		);
		if (!('data' in result)) throw new Error('failed');
		expect(result.data.summary).toEqual({
			deleted: 2,
			unregistered: 2,
			skipped: { micloud: 1, partner: 1 }
		});
		expect(progress).toEqual([6]);

		const listed = await listUserIds({
			workspaceId: ctx.workspace.id,
			accountId: account.id,
			search: '',
			filters: NO_FILTERS,
			sort: 'email',
			descending: false
		});
		expect(listed.sort()).toEqual(['micloud', 'partner', 'pbx', 'scim']);
		const pbx = await getUser(ctx.workspace.id, 'pbx');
		expect(pbx).toMatchObject({ registration: 'unregistered', password: null });

		const events = await db().events.toArray();
		const deletes = events.filter((e) => e.action === 'Delete').map((e) => e.assetId);
		expect(deletes.sort()).toEqual(['admin', 'console']);
		const batch = events
			.filter((e) => e.logTags.includes('bulk'))
			.map((e) => e.logTags.find((t) => t.startsWith('batch:')));
		expect(batch).toHaveLength(4);
		expect(new Set(batch).size).toBe(1);

		const restored = await restoreUsers(ctx, account, result.data.snapshot);
		expect(restored).toEqual({ data: 4 });
		for (const id of ['console', 'admin', 'pbx', 'scim', 'micloud', 'partner']) {
			const now = await getUser(ctx.workspace.id, id);
			const { modifiedAt: _a, modifiedBy: _b, modifiedByName: _c, ...rest } = before.get(id)!;
			expect(now, id).toMatchObject(rest);
		}
		// Users that were removed come back exactly as stored, modified on/by included.
		for (const id of ['console', 'admin'])
			expect(await getUser(ctx.workspace.id, id)).toEqual(stored.get(id));
	});

	it('refuses to delete on a deactivated account', async () => {
		await put(fixtures());
		await db().accounts.put(accountRow({ ...account, status: 'deactivated' }));
		expect(await deleteUsers(ctx, account, ['console'])).toEqual({
			error: { kind: 'deactivated' }
		});
	});
});

describe('welcome and password-reset e-mails', () => {
	it('queues welcome e-mails for unregistered users and counts the registered ones', async () => {
		await put([
			makeUser({ id: 'u1', accountId: account.id, email: 'u1@example.com' }),
			makeUser({ id: 'u2', accountId: account.id, email: 'u2@example.com' }),
			makeUser({
				id: 'r1',
				accountId: account.id,
				email: 'r1@example.com',
				registration: 'registered'
			})
		]);
		const result = await sendWelcomeEmails(ctx, account, ['u1', 'u2', 'r1']);
		expect(result).toEqual({ data: { queued: 2, skipped: { registered: 1 } } });
		expect(await db().outbox.where('accountId').equals(account.id).count()).toBe(2);
		expect((await getUser(ctx.workspace.id, 'u1'))?.registrationTokenHash).toMatch(
			/^[0-9a-f]{64}$/
		);
	});

	it('resets passwords only of registered users', async () => {
		await put([
			makeUser({ id: 'u1', accountId: account.id, email: 'u1@example.com' }),
			makeUser({
				id: 'r1',
				accountId: account.id,
				email: 'r1@example.com',
				registration: 'registered'
			})
		]);
		const result = await resetPasswords(ctx, account, ['u1', 'r1']);
		expect(result).toEqual({ data: { queued: 1, skipped: { not_registered: 1 } } });
		const mails = await db().outbox.where('accountId').equals(account.id).toArray();
		expect(mails.map((m) => [m.kind, m.to])).toEqual([['password_reset', 'r1@example.com']]);
	});
});
