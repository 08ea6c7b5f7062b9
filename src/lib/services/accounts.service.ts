import { actsAsManager } from './managers.service';
import type { Account, User } from '$lib/domain/model';
import type { CommonError, Result } from '$lib/domain/result';
import {
	ACCOUNT_IDENTITY,
	accountFormOf,
	accountNameKey,
	newAccountRecord,
	readOnlyFields,
	validateAccount,
	validateAccountChange,
	type AccountErrors,
	type AccountForm,
	type AccountPatch
} from '$lib/domain/account';
import { parseAccount, parseDirectoryEntry, parseUser } from '$lib/domain/schema';
import { withDirectory } from '$lib/domain/directory';
import { contactChangeAllowed, type ContactEditor } from '$lib/domain/support-contacts';
import { newAccountNumber } from '$lib/domain/workspace';
import { accountIdsByNameKey, getAccount } from '$lib/db/accounts.query';
import { accountNumberOwner, reserveAccountNumber } from '$lib/sync/account-numbers';
import { storedValue, storedValues } from '$lib/sync/records';
import { projected } from '$lib/sync/rooms';
import type { Room } from '$lib/sync/room';
import { allowed, usersRoom, workspaceRoom, type ServiceContext } from './context';
import { newId, randomBillion } from './ids';
import { applyWrites, type Write } from './writes';

/** Why a change of an account was refused; `invalid` carries one error code per form field. */
export type AccountError =
	| CommonError
	| { kind: 'invalid'; fields: AccountErrors }
	| { kind: 'read_only'; fields: string[] }
	/** The partner account can never be deactivated or deleted. */
	| { kind: 'partner_account' }
	/** Undo found the account (or its Account ID) in use again. */
	| { kind: 'exists' };

export type AccountResult<T> = Result<T, AccountError>;

/** Everything a delete removed, so that `restoreAccount` can put it back exactly. */
export interface DeletedAccount {
	account: Account;
	users: User[];
}

/** Users are written in chunks so one huge account does not make one huge transaction. */
const CHUNK = 2000;

function editorOf(ctx: ServiceContext): ContactEditor {
	return ctx.profile.role === 'partner' ? 'partner' : 'account_admin';
}

async function nameTaken(ctx: ServiceContext, name: string, selfId: string | null) {
	const ids = await accountIdsByNameKey(ctx.workspace.id, accountNameKey(name));
	return ids.some((id) => id !== selfId);
}

function accountWrite(id: string, before: Account | null, after: Account | null): Write {
	return {
		map: 'accounts',
		id,
		asset: 'Account',
		accountId: id,
		before,
		after,
		identity: ACCOUNT_IDENTITY
	};
}

function userWrites(accountId: string, users: User[], deleting: boolean): Write[] {
	return users.map((user) => ({
		map: 'users',
		id: user.id,
		asset: 'User',
		accountId,
		before: deleting ? user : null,
		after: deleting ? null : user,
		identity: ['name', 'email']
	}));
}

/**
 * Creates a customer account (partners with "Accounts / Add"): validates the form, gives the
 * account a 9-digit Account ID that was never used in the workspace, and records its Create event.
 *
 * ```ts
 * const result = await addAccount(ctx, form);
 * if ('error' in result) showErrors(result.error);
 * ```
 */
export async function addAccount(
	ctx: ServiceContext,
	form: AccountForm
): Promise<AccountResult<Account>> {
	if (ctx.profile.role !== 'partner' || !allowed(ctx, 'accounts.add'))
		return { error: { kind: 'forbidden' } };
	// Administrators add accounts; an account manager sees only those assigned to them (spec 14).
	if (await actsAsManager(ctx)) return { error: { kind: 'forbidden' } };
	const valid = validateAccount(form, {
		nameTaken: await nameTaken(ctx, form.name, null),
		requireContacts: true
	});
	if (!valid.ok) return { error: { kind: 'invalid', fields: valid.errors } };
	const room = await workspaceRoom(ctx);
	const id = newId();
	// Reserved before the account is written: a number is burnt even if the write fails.
	const accountNumber = reserveAccountNumber(room, id, (used) =>
		newAccountNumber(used, randomBillion)
	);
	const account = newAccountRecord(valid.value, {
		id,
		accountNumber,
		now: new Date().toISOString(),
		actor: { id: ctx.profile.personId, name: ctx.profile.name }
	});
	await applyWrites(ctx, room, [accountWrite(id, null, account)]);
	await projected(ctx.workspace.id);
	return { data: (await getAccount(ctx.workspace.id, id)) ?? account };
}

/** The current account, if the person may act on it with `permission`. */
async function accountFor(
	ctx: ServiceContext,
	id: string,
	permission: 'accounts.edit' | 'accounts.deactivate' | 'accounts.delete'
): Promise<AccountResult<Account>> {
	if (!allowed(ctx, permission, id)) return { error: { kind: 'forbidden' } };
	const account = await getAccount(ctx.workspace.id, id);
	if (!account) return { error: { kind: 'not_found' } };
	return { data: account };
}

/**
 * Changes editable fields of an account (one Edit event naming the fields that changed).
 * Refused for a deactivated account and for read-only fields (Account ID, Cloud Location, ...).
 * An account admin may change their own account, but not its partner-user support contacts.
 */
export async function updateAccount(
	ctx: ServiceContext,
	id: string,
	patch: AccountPatch
): Promise<AccountResult<Account>> {
	const found = await accountFor(ctx, id, 'accounts.edit');
	if ('error' in found) return found;
	const current = found.data;
	const readOnly = readOnlyFields(patch);
	if (readOnly.length > 0) return { error: { kind: 'read_only', fields: readOnly } };
	if (current.status === 'deactivated') return { error: { kind: 'deactivated' } };

	const form: AccountForm = { ...accountFormOf(current) };
	for (const key of Object.keys(form) as (keyof AccountForm)[])
		if (patch[key] !== undefined) Object.assign(form, { [key]: patch[key] });
	const checked = validateAccountChange(current, form, {
		nameTaken: patch.name !== undefined && (await nameTaken(ctx, patch.name, id)),
		requireContacts: !current.isPartner
	});
	if (!checked.ok) return { error: { kind: 'invalid', fields: checked.errors } };
	const next: AccountPatch = { ...checked.patch };
	for (const flag of ['bandwidthOptimization', 'chatAllowEditDelete'] as const) {
		const value = patch[flag];
		if (typeof value === 'boolean' && value !== current[flag]) next[flag] = value;
	}
	if (
		next.supportContacts &&
		!contactChangeAllowed(current.supportContacts, next.supportContacts, editorOf(ctx))
	)
		return { error: { kind: 'forbidden' } };
	if (Object.keys(next).length === 0) return { data: current };

	const after: Account = { ...current, ...next };
	await applyWrites(ctx, await workspaceRoom(ctx), [accountWrite(id, current, after)]);
	await projected(ctx.workspace.id);
	return { data: (await getAccount(ctx.workspace.id, id)) ?? after };
}

async function setStatus(
	ctx: ServiceContext,
	id: string,
	status: Account['status']
): Promise<AccountResult<Account>> {
	const found = await accountFor(ctx, id, 'accounts.deactivate');
	if ('error' in found) return found;
	const current = found.data;
	if (current.isPartner) return { error: { kind: 'partner_account' } };
	if (current.status === status) return { data: current };
	const after: Account = { ...current, status };
	await applyWrites(ctx, await workspaceRoom(ctx), [accountWrite(id, current, after)]);
	await projected(ctx.workspace.id);
	return { data: (await getAccount(ctx.workspace.id, id)) ?? after };
}

/** Deactivates a customer account: it moves to the Deactivated list and cannot be edited. */
export function deactivateAccount(ctx: ServiceContext, id: string) {
	return setStatus(ctx, id, 'deactivated');
}

/** Reactivates a deactivated customer account. */
export function reactivateAccount(ctx: ServiceContext, id: string) {
	return setStatus(ctx, id, 'active');
}

/** The users stored in an account's room, exactly as they are (parsed, without stamps). */
function storedUsers(room: Room, accountId: string): User[] {
	return storedValues(room, 'users')
		.map(parseUser)
		.filter((u): u is User => u !== null && u.accountId === accountId);
}

async function writeUsers(
	ctx: ServiceContext,
	accountId: string,
	users: User[],
	deleting: boolean
): Promise<void> {
	if (users.length === 0) return;
	const room = await usersRoom(ctx, accountId);
	const batch = users.length > 1 ? newId() : false;
	for (let start = 0; start < users.length; start += CHUNK)
		await applyWrites(
			ctx,
			room,
			userWrites(accountId, users.slice(start, start + CHUNK), deleting),
			{ batch, restore: !deleting }
		);
}

/**
 * Deletes an active customer account and all its users (one Delete event each; earlier events stay in
 * the history). Returns what was removed, for `restoreAccount` ("Undo").
 */
export async function deleteAccount(
	ctx: ServiceContext,
	id: string
): Promise<AccountResult<DeletedAccount>> {
	const found = await accountFor(ctx, id, 'accounts.delete');
	if ('error' in found) return found;
	if (found.data.isPartner) return { error: { kind: 'partner_account' } };
	// Spec 10: a deactivated account must be reactivated before it can be deleted.
	if (found.data.status === 'deactivated') return { error: { kind: 'deactivated' } };
	const wsRoom = await workspaceRoom(ctx);
	const accountRoom = await usersRoom(ctx, id);
	// The stored record is the one to bring back (its directory fields from the workspace room);
	// the read model may lag a write behind.
	const record = parseAccount(storedValue(accountRoom, 'account', id));
	const entry = parseDirectoryEntry(storedValue(wsRoom, 'accounts', id));
	const account = record ? (entry ? withDirectory(record, entry) : record) : found.data;
	const users = storedUsers(accountRoom, id);
	await applyWrites(ctx, wsRoom, [accountWrite(id, account, null)]);
	await writeUsers(ctx, id, users, true);
	await projected(ctx.workspace.id);
	return { data: { account, users } };
}

/**
 * Undoes a delete: the account comes back with the same id, Account ID and fields, and its users
 * with theirs (password hashes and registration links included), each as a Create event.
 */
export async function restoreAccount(
	ctx: ServiceContext,
	deleted: DeletedAccount
): Promise<AccountResult<Account>> {
	const { account, users } = deleted;
	if (ctx.profile.role !== 'partner' || !allowed(ctx, 'accounts.delete', account.id))
		return { error: { kind: 'forbidden' } };
	const wsRoom = await workspaceRoom(ctx);
	const owner = accountNumberOwner(wsRoom, account.accountNumber);
	const present =
		storedValue(wsRoom, 'accounts', account.id) !== undefined ||
		(await getAccount(ctx.workspace.id, account.id)) !== null;
	if (present || (owner !== null && owner !== account.id)) return { error: { kind: 'exists' } };
	if (await nameTaken(ctx, account.name, account.id))
		return { error: { kind: 'invalid', fields: { name: 'name_taken' } } };
	await applyWrites(ctx, wsRoom, [accountWrite(account.id, null, account)], { restore: true });
	await writeUsers(ctx, account.id, users, false);
	await projected(ctx.workspace.id);
	return { data: (await getAccount(ctx.workspace.id, account.id)) ?? account };
}
