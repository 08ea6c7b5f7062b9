import { afterEach, describe, expect, it } from 'vitest';
import type { Account, User } from '$lib/domain/model';
import { PBKDF2_ITERATIONS } from '$lib/domain/registration';
import { listOutbox } from '$lib/db/outbox.query';
import { workspaceDb } from '$lib/db/workspace.db';
import { toUser } from '$lib/db/rows';
import { closeWorkspaceRooms, projected } from '$lib/sync/rooms';
import { makeAccount, makeUser } from '../../../tests/fixtures/records';
import { serviceContext, usersRoom, type ServiceContext } from './context';
import { verifyPassword } from './crypto';
import { sendAccountEmails } from './outbox.service';
import { addAccount, deactivateAccount, reactivateAccount } from './accounts.service';
import { completeRegistration, openRegistrationLink } from './registration.service';
import { createWorkspace } from './workspace.service';
import { applyWrites } from './writes';

const PASSWORD = 'Grüne-Wiese-8';
const opened: string[] = [];

afterEach(async () => {
	for (const id of opened.splice(0)) await closeWorkspaceRooms(id);
});

/** A workspace with a customer account and one unregistered user of it (as the partner made it). */
async function setup(): Promise<{ ctx: ServiceContext; account: Account; user: User }> {
	const created = await createWorkspace(
		{ name: 'Dana Lee', email: 'dana@example.com', organization: 'Acme Telecom' },
		'en'
	);
	if (!('data' in created)) throw new Error('workspace not created');
	const ctx = await serviceContext(created.data);
	opened.push(ctx.workspace.id);
	const account = makeAccount({ id: crypto.randomUUID(), defaultLanguage: 'de' });
	const user = makeUser({ id: crypto.randomUUID(), accountId: account.id });
	const room = await usersRoom(ctx, account.id);
	await applyWrites(ctx, room, [
		{
			map: 'users',
			id: user.id,
			asset: 'User',
			accountId: account.id,
			before: null,
			after: user,
			identity: ['name', 'email']
		}
	]);
	await projected(ctx.workspace.id);
	return { ctx, account, user };
}

/** Sends the e-mail and reads the link's token from the e-mail, as the user would. */
async function sendAndReadToken(
	ctx: ServiceContext,
	kind: 'welcome' | 'password_reset',
	account: Account,
	user: User
): Promise<string> {
	const fresh = await readUser(ctx, user.id);
	await sendAccountEmails(ctx, kind, account, [fresh]);
	await projected(ctx.workspace.id);
	const [newest] = await listOutbox(ctx.workspace.id);
	const token = /\/register\/([\w-]+)/.exec(newest?.body ?? '')?.[1];
	if (!token) throw new Error('no link in the e-mail');
	return token;
}

async function readUser(ctx: ServiceContext, id: string): Promise<User> {
	const row = await workspaceDb(ctx.workspace.id).users.get(id);
	if (!row) throw new Error('user missing');
	return toUser(row);
}

describe('registration links', () => {
	it('finds the user of a welcome link, in any workspace on the device', async () => {
		const { ctx, account, user } = await setup();
		const token = await sendAndReadToken(ctx, 'welcome', account, user);
		const link = await openRegistrationLink(token);
		expect(link).toMatchObject({
			data: { kind: 'welcome', user: { id: user.id }, workspace: { id: ctx.workspace.id } }
		});
		expect(await openRegistrationLink('not-a-token')).toEqual({ error: { kind: 'invalid' } });
		expect(await openRegistrationLink('')).toEqual({ error: { kind: 'invalid' } });
	});

	it('expires after 14 days', async () => {
		const { ctx, account, user } = await setup();
		const token = await sendAndReadToken(ctx, 'welcome', account, user);
		const in13Days = new Date(Date.now() + 13 * 86_400_000);
		const in15Days = new Date(Date.now() + 15 * 86_400_000);
		expect('data' in (await openRegistrationLink(token, in13Days))).toBe(true);
		expect(await openRegistrationLink(token, in15Days)).toEqual({ error: { kind: 'invalid' } });
		expect(await completeRegistration(token, PASSWORD, PASSWORD, in15Days)).toEqual({
			error: { kind: 'invalid' }
		});
	});

	it('stops an old link from working once the welcome e-mail is sent again', async () => {
		const { ctx, account, user } = await setup();
		const first = await sendAndReadToken(ctx, 'welcome', account, user);
		const second = await sendAndReadToken(ctx, 'welcome', account, user);
		expect(second).not.toBe(first);
		expect(await openRegistrationLink(first)).toEqual({ error: { kind: 'invalid' } });
		expect('data' in (await openRegistrationLink(second))).toBe(true);
		expect(await completeRegistration(first, PASSWORD, PASSWORD)).toEqual({
			error: { kind: 'invalid' }
		});
	});
});

describe('links of a deactivated account', { timeout: 30_000 }, () => {
	it('are refused with the account named, and work again once it is reactivated', async () => {
		const { ctx } = await setup();
		const added = await addAccount(ctx, {
			name: 'Globex Corporation',
			country: 'US',
			province: 'IL',
			address: '1 Main Street',
			city: 'Springfield',
			postalCode: '62701',
			defaultLanguage: 'en',
			businessType: '',
			supportContacts: [{ kind: 'email', email: 'help@globex.com' }]
		});
		if ('error' in added) throw new Error('account not added');
		const account = added.data;
		const user = makeUser({ id: crypto.randomUUID(), accountId: account.id });
		await applyWrites(ctx, await usersRoom(ctx, account.id), [
			{
				map: 'users',
				id: user.id,
				asset: 'User',
				accountId: account.id,
				before: null,
				after: user,
				identity: ['name', 'email']
			}
		]);
		await projected(ctx.workspace.id);
		const token = await sendAndReadToken(ctx, 'welcome', account, user);

		expect('data' in (await deactivateAccount(ctx, account.id))).toBe(true);
		await projected(ctx.workspace.id);
		const refused = { error: { kind: 'account_deactivated', accountName: 'Globex Corporation' } };
		expect(await openRegistrationLink(token)).toEqual(refused);
		expect(await completeRegistration(token, PASSWORD, PASSWORD)).toEqual(refused);
		expect((await readUser(ctx, user.id)).registration).toBe('unregistered');

		expect('data' in (await reactivateAccount(ctx, account.id))).toBe(true);
		await projected(ctx.workspace.id);
		expect(await completeRegistration(token, PASSWORD, PASSWORD)).toMatchObject({
			data: { kind: 'welcome' }
		});
	});
});

// PBKDF2 at 210,000 iterations is slow on purpose: allow for a busy machine.
describe('completeRegistration', { timeout: 30_000 }, () => {
	it('refuses short or mismatched passwords and changes nothing', async () => {
		const { ctx, account, user } = await setup();
		const token = await sendAndReadToken(ctx, 'welcome', account, user);
		expect(await completeRegistration(token, '1234567', '1234567')).toEqual({
			error: { kind: 'fields', fields: { password: 'password_short' } }
		});
		expect(await completeRegistration(token, PASSWORD, 'other-password')).toEqual({
			error: { kind: 'fields', fields: { confirm: 'password_mismatch' } }
		});
		expect((await readUser(ctx, user.id)).registration).toBe('unregistered');
		expect('data' in (await openRegistrationLink(token))).toBe(true);
	});

	it('registers the user with a PBKDF2 hash only, once, with the user as the actor', async () => {
		const { ctx, account, user } = await setup();
		const token = await sendAndReadToken(ctx, 'welcome', account, user);
		const result = await completeRegistration(token, PASSWORD, PASSWORD);
		expect(result).toMatchObject({ data: { kind: 'welcome' } });

		const stored = await readUser(ctx, user.id);
		expect(stored.registration).toBe('registered');
		expect(stored.registrationTokenHash).toBe('');
		expect(stored.registrationTokenExpiresAt).toBe('');
		expect(stored.password).toMatchObject({
			algorithm: 'PBKDF2-SHA-256',
			iterations: PBKDF2_ITERATIONS
		});
		expect(stored.password!.salt).toMatch(/^[A-Za-z0-9+/]{22}==$/);
		expect(await verifyPassword(PASSWORD, stored.password!)).toBe(true);
		expect(await verifyPassword('wrong-password', stored.password!)).toBe(false);

		// Single use.
		expect(await openRegistrationLink(token)).toEqual({ error: { kind: 'invalid' } });
		expect(await completeRegistration(token, PASSWORD, PASSWORD)).toEqual({
			error: { kind: 'invalid' }
		});

		// The registration is an Edit event by the user themself, without secrets.
		const db = workspaceDb(ctx.workspace.id);
		const events = await db.events.where('actorId').equals(user.id).toArray();
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({ action: 'Edit', asset: 'User', actorName: user.name });
		expect(events[0]!.logTags).toContain('registration');

		// The password itself is nowhere: not in the read model, the events or the Outbox.
		const everything = JSON.stringify([
			await db.users.toArray(),
			await db.events.toArray(),
			await db.outbox.toArray()
		]);
		expect(everything).not.toContain(PASSWORD);
		expect(JSON.stringify(events)).not.toContain(stored.password!.hash);
	});

	it('sets a new password from a reset link of a registered user', async () => {
		const { ctx, account, user } = await setup();
		const welcome = await sendAndReadToken(ctx, 'welcome', account, user);
		await completeRegistration(welcome, PASSWORD, PASSWORD);
		const reset = await sendAndReadToken(ctx, 'password_reset', account, user);
		const link = await openRegistrationLink(reset);
		expect(link).toMatchObject({ data: { kind: 'password_reset' } });
		expect(await completeRegistration(reset, 'Neues-Passwort-2', 'Neues-Passwort-2')).toMatchObject(
			{ data: { kind: 'password_reset' } }
		);
		const stored = await readUser(ctx, user.id);
		expect(await verifyPassword('Neues-Passwort-2', stored.password!)).toBe(true);
		expect(await verifyPassword(PASSWORD, stored.password!)).toBe(false);
		expect(await openRegistrationLink(reset)).toEqual({ error: { kind: 'invalid' } });
	});
});
