/**
 * Use cases of an account's users (spec 11): add, edit, delete (with undo), welcome and
 * password-reset e-mails. Every check is made again here against the read model, whatever the UI
 * showed, and every change goes through `applyWrites` in the account's users room.
 */
import type { Account, User } from '$lib/domain/model';
import type { Permission } from '$lib/domain/permissions';
import type { CommonError, Result } from '$lib/domain/result';
import {
	CLOUD_LOGIN_FIELDS,
	deleteOutcome,
	normalizeExtension,
	readOnlyViolations,
	emailKey,
	validateNewUsers,
	validateUser,
	withoutCloudLogin,
	type DeleteSkipReason,
	type UserField,
	type UserFieldErrors,
	type UserInput,
	type UserValues
} from '$lib/domain/user';
import { getAccount } from '$lib/db/accounts.query';
import {
	SCAN_CHUNK,
	getUser,
	getUsersByIds,
	takenKeys,
	userIdsWithEmail,
	userIdsWithExtension
} from '$lib/db/users.query';
import { projected } from '$lib/sync/rooms';
import { allowed, usersRoom, type ServiceContext } from './context';
import { newId } from './ids';
import {
	newRegistrationToken,
	queueWelcomeEmail,
	queueWelcomeEmails,
	sendAccountEmails,
	unqueueEmails,
	type EmailSummary
} from './outbox.service';
import { applyWrites, type Write } from './writes';
import { yieldToUi } from '$lib/yield';

export type UserError = CommonError | { kind: 'invalid'; fields: UserFieldErrors };

/** Fields that name a user in the core details of its events. */
const IDENTITY = ['name', 'email'] as const;

/** Progress of a bulk action: `done` of `total` users handled. */
export type OnProgress = (done: number, total: number) => void;

/** The current account, when the person may do `permission` on it and it is not deactivated. */
async function usableAccount(
	ctx: ServiceContext,
	account: Account,
	permission: Permission
): Promise<Result<Account, CommonError>> {
	if (!allowed(ctx, permission, account.id)) return { error: { kind: 'forbidden' } };
	const current = await getAccount(ctx.workspace.id, account.id);
	if (!current) return { error: { kind: 'not_found' } };
	if (current.status === 'deactivated') return { error: { kind: 'deactivated' } };
	return { data: current };
}

async function uniqueness(
	ctx: ServiceContext,
	accountId: string,
	input: UserInput,
	selfId: string | null
): Promise<{ emailTaken: boolean; extensionTaken: boolean }> {
	const extension = normalizeExtension(input.extension);
	const [emailIds, extensionIds] = await Promise.all([
		input.email.trim() ? userIdsWithEmail(ctx.workspace.id, accountId, input.email) : [],
		extension ? userIdsWithExtension(ctx.workspace.id, accountId, extension) : []
	]);
	return {
		emailTaken: emailIds.some((id) => id !== selfId),
		extensionTaken: extensionIds.some((id) => id !== selfId)
	};
}

function userWrite(accountId: string, before: User | null, after: User | null): Write {
	const id = (after ?? before)?.id ?? '';
	return { map: 'users', id, asset: 'User', accountId, before, after, identity: IDENTITY };
}

/**
 * Adds a user (registration unregistered, source console) with a fresh registration link, and
 * queues the welcome e-mail with that link in the Outbox. One `Create` event.
 */
export async function addUser(
	ctx: ServiceContext,
	account: Account,
	input: UserInput
): Promise<Result<User, UserError>> {
	const usable = await usableAccount(ctx, account, 'users.add');
	if ('error' in usable) return usable;
	const unique = await uniqueness(ctx, account.id, input, null);
	const valid = validateUser(input, unique);
	if (!valid.ok) return { error: { kind: 'invalid', fields: valid.errors } };

	const token = await newRegistrationToken();
	const user = newUser(ctx, account.id, valid.value, token, new Date().toISOString());
	const room = await usersRoom(ctx, account.id);
	await applyWrites(ctx, room, [userWrite(account.id, null, user)], {
		logTags: ['welcome_email']
	});
	await queueWelcomeEmail(ctx, usable.data, user, token.token);
	await projected(ctx.workspace.id);
	return { data: user };
}

/**
 * Users per write of a bulk add: one Yjs transaction and one read-model transaction each. The
 * page answers input between two writes; 2,000 keeps each of them near 200 ms on a 2-core
 * machine at a 20 % longer commit than one write of 10,000 (which held the page for 700 ms).
 * Smaller writes cost more than they give (1,000: 140 ms, but a 50 % longer commit).
 */
const ADD_CHUNK = 2_000;

export interface AddUsersOptions {
	/** Log tags of every event (besides `bulk` and the batch id), e.g. `import`. */
	logTags?: string[];
	/** Extra details of every event (e.g. the imported file's name). */
	extra?: Record<string, unknown>;
	onProgress?: OnProgress;
	/** `any`: rows of a spreadsheet, where one of first, last and display name is enough. */
	names?: 'both' | 'any';
}

/** What a bulk add did, and what "Undo" needs to take it back. */
export interface AddUsersResult {
	added: User[];
	/** Inputs that were not added, by position, with the reason of each field. */
	invalid: { index: number; errors: UserFieldErrors }[];
	/** The batch id shared by the events of the whole addition. */
	batch: string;
	/** The welcome e-mails queued for the added users. */
	emailIds: string[];
}

/** A new user of the console (registration unregistered) with its registration link's hash. */
function newUser(
	ctx: ServiceContext,
	accountId: string,
	values: UserValues,
	token: { tokenHash: string; expiresAt: string },
	now: string
): User {
	return {
		id: newId(),
		accountId,
		...values,
		source: 'console',
		registration: 'unregistered',
		active: true,
		licenses: [],
		micloudConnected: false,
		iotConnected: false,
		registrationTokenHash: token.tokenHash,
		registrationTokenExpiresAt: token.expiresAt,
		password: null,
		scim: null,
		createdAt: now,
		modifiedAt: now,
		modifiedBy: ctx.profile.personId,
		modifiedByName: ctx.profile.name
	};
}

/**
 * Adds many users at once (an import): every input is judged with the Add User rules, against
 * the account's users and the inputs before it; the valid ones are added as one batch (one
 * `Create` event each, a shared batch id), each with a registration link and its welcome e-mail
 * queued; the invalid ones are returned with their reasons and nothing of theirs is written.
 */
export async function addUsers(
	ctx: ServiceContext,
	account: Account,
	inputs: readonly UserInput[],
	options: AddUsersOptions = {}
): Promise<Result<AddUsersResult, CommonError>> {
	const usable = await usableAccount(ctx, account, 'users.add');
	if ('error' in usable) return usable;
	const taken = await takenKeys(
		ctx.workspace.id,
		account.id,
		[...new Set(inputs.map((i) => emailKey(i.email)).filter(Boolean))],
		[...new Set(inputs.map((i) => normalizeExtension(i.extension) ?? '').filter(Boolean))]
	);
	const results = validateNewUsers(inputs, taken, options.names);
	const invalid: AddUsersResult['invalid'] = [];
	const valid: UserValues[] = [];
	results.forEach((result, index) => {
		if (result.ok) valid.push(result.value);
		else invalid.push({ index, errors: result.errors });
	});

	const batch = newId();
	const room = await usersRoom(ctx, account.id);
	const added: User[] = [];
	const recipients: { user: User; token: string }[] = [];
	const now = new Date().toISOString();
	options.onProgress?.(0, valid.length);
	for (let start = 0; start < valid.length; start += ADD_CHUNK) {
		const chunk = valid.slice(start, start + ADD_CHUNK);
		const withTokens = await Promise.all(
			chunk.map(async (values) => ({ values, token: await newRegistrationToken() }))
		);
		const writes: Write[] = withTokens.map(({ values, token }) => {
			const user = newUser(ctx, account.id, values, token, now);
			added.push(user);
			recipients.push({ user, token: token.token });
			return userWrite(account.id, null, user);
		});
		await applyWrites(ctx, room, writes, {
			batch,
			logTags: ['welcome_email', ...(options.logTags ?? [])],
			extra: options.extra
		});
		options.onProgress?.(Math.min(start + ADD_CHUNK, valid.length), valid.length);
		await yieldToUi();
	}
	const emailIds = await queueWelcomeEmails(ctx, usable.data, recipients);
	await projected(ctx.workspace.id);
	return { data: { added, invalid, batch, emailIds } };
}

/**
 * Undo of `addUsers`: the added users that are still there are removed (one batch of `Delete`
 * events) and their queued welcome e-mails taken away. Returns how many were removed.
 */
export async function undoAddUsers(
	ctx: ServiceContext,
	account: Account,
	result: Pick<AddUsersResult, 'added' | 'emailIds'>
): Promise<Result<number, CommonError>> {
	const usable = await usableAccount(ctx, account, 'users.add');
	if ('error' in usable) return usable;
	const room = await usersRoom(ctx, account.id);
	const batch = newId();
	let removed = 0;
	for (let start = 0; start < result.added.length; start += ADD_CHUNK) {
		const ids = result.added.slice(start, start + ADD_CHUNK).map((u) => u.id);
		const present = (await getUsersByIds(ctx.workspace.id, ids)).filter(
			(u) => u.accountId === account.id
		);
		if (present.length > 0)
			await applyWrites(
				ctx,
				room,
				present.map((u) => userWrite(account.id, u, null)),
				{ batch, logTags: ['undo'] }
			);
		removed += present.length;
	}
	await unqueueEmails(ctx, result.emailIds);
	await projected(ctx.workspace.id);
	return { data: removed };
}

const FORM_FIELDS: readonly UserField[] = [
	'firstName',
	'lastName',
	'name',
	'email',
	'mobile',
	'extension',
	'role'
];

/**
 * Edits a user: names, e-mail, mobile, extension and role (User ↔ Account Admin). Fields an
 * external source owns cannot change; unchanged fields are not judged again. One `Edit` event
 * naming the properties changed (none when nothing changed).
 */
export async function updateUser(
	ctx: ServiceContext,
	account: Account,
	before: User,
	patch: Partial<UserInput>
): Promise<Result<User, UserError>> {
	const usable = await usableAccount(ctx, account, 'users.edit');
	if ('error' in usable) return usable;
	const current = await getUser(ctx.workspace.id, before.id);
	if (!current || current.accountId !== account.id) return { error: { kind: 'not_found' } };

	const input: UserInput = {
		firstName: current.firstName,
		lastName: current.lastName,
		name: current.name,
		email: current.email,
		mobile: current.mobile,
		extension: current.extension,
		role: current.role,
		...patch
	};
	const unchanged = FORM_FIELDS.filter((f) => input[f] === current[f]);
	const unique = await uniqueness(ctx, account.id, input, current.id);
	const valid = validateUser(
		input,
		{
			emailTaken: unique.emailTaken && !unchanged.includes('email'),
			extensionTaken: unique.extensionTaken && !unchanged.includes('extension')
		},
		{ currentRole: current.role, unchanged }
	);
	if (!valid.ok) return { error: { kind: 'invalid', fields: valid.errors } };
	const readOnly = readOnlyViolations(current, valid.value);
	if (Object.keys(readOnly).length > 0) return { error: { kind: 'invalid', fields: readOnly } };

	const after: User = { ...current, ...valid.value };
	if (FORM_FIELDS.every((f) => after[f] === current[f])) return { data: current };
	const room = await usersRoom(ctx, account.id);
	await applyWrites(ctx, room, [userWrite(account.id, current, after)]);
	await projected(ctx.workspace.id);
	return { data: after };
}

export interface DeleteSummary {
	/** Users removed from the account. */
	deleted: number;
	/** PBX/SCIM users that lost only their cloud login. */
	unregistered: number;
	skipped: Partial<Record<DeleteSkipReason, number>>;
}

/** What "Undo" needs to put the deleted users back exactly as they were. */
export interface DeleteSnapshot {
	accountId: string;
	removed: User[];
	unregistered: User[];
}

/** The log tags shared by every event of one bulk action (spec 11: a shared batch id). */
function batchTags(count: number): string[] {
	return count > 1 ? ['bulk', `batch:${newId()}`] : [];
}

/**
 * Deletes users (spec 11, Delete users): partner administrators and MiCloud Connect users are
 * skipped and counted; PBX/SCIM users only lose their cloud login; the others are removed. One
 * batch: the events of all chunks share one batch id. Returns the summary and an undo snapshot.
 */
export async function deleteUsers(
	ctx: ServiceContext,
	account: Account,
	userIds: readonly string[],
	onProgress?: OnProgress
): Promise<Result<{ summary: DeleteSummary; snapshot: DeleteSnapshot }, CommonError>> {
	const usable = await usableAccount(ctx, account, 'users.delete');
	if ('error' in usable) return usable;
	const summary: DeleteSummary = { deleted: 0, unregistered: 0, skipped: {} };
	const snapshot: DeleteSnapshot = { accountId: account.id, removed: [], unregistered: [] };
	const logTags = batchTags(userIds.length);
	const room = await usersRoom(ctx, account.id);
	for (let start = 0; start < userIds.length; start += SCAN_CHUNK) {
		const users = await getUsersByIds(ctx.workspace.id, userIds.slice(start, start + SCAN_CHUNK));
		const writes: Write[] = [];
		for (const user of users) {
			if (user.accountId !== account.id) continue;
			const outcome = deleteOutcome(user);
			if (outcome.kind === 'skip') {
				summary.skipped[outcome.reason] = (summary.skipped[outcome.reason] ?? 0) + 1;
			} else if (outcome.kind === 'unregister') {
				writes.push(userWrite(account.id, user, withoutCloudLogin(user)));
				snapshot.unregistered.push(user);
				summary.unregistered += 1;
			} else {
				writes.push(userWrite(account.id, user, null));
				snapshot.removed.push(user);
				summary.deleted += 1;
			}
		}
		if (writes.length > 0) await applyWrites(ctx, room, writes, { logTags });
		onProgress?.(Math.min(start + SCAN_CHUNK, userIds.length), userIds.length);
		await yieldToUi();
	}
	await projected(ctx.workspace.id);
	return { data: { summary, snapshot } };
}

/**
 * Undo of `deleteUsers`: removed users come back with everything they had (id, password,
 * registration, licences...), and PBX/SCIM users get their cloud login back. One batch of
 * `Create` / `Edit` events. Users present again in the meantime are left as they are.
 */
export async function restoreUsers(
	ctx: ServiceContext,
	account: Account,
	snapshot: DeleteSnapshot
): Promise<Result<number, CommonError>> {
	const usable = await usableAccount(ctx, account, 'users.delete');
	if ('error' in usable) return usable;
	const total = snapshot.removed.length + snapshot.unregistered.length;
	const logTags = batchTags(total);
	const room = await usersRoom(ctx, account.id);
	let restored = 0;
	for (let start = 0; start < snapshot.removed.length; start += SCAN_CHUNK) {
		const chunk = snapshot.removed.slice(start, start + SCAN_CHUNK);
		const present = new Set(
			(
				await getUsersByIds(
					ctx.workspace.id,
					chunk.map((u) => u.id)
				)
			).map((u) => u.id)
		);
		const writes = chunk
			.filter((u) => !present.has(u.id))
			.map((u) => userWrite(account.id, null, u));
		if (writes.length > 0) await applyWrites(ctx, room, writes, { logTags, restore: true });
		restored += writes.length;
	}
	for (let start = 0; start < snapshot.unregistered.length; start += SCAN_CHUNK) {
		const chunk = snapshot.unregistered.slice(start, start + SCAN_CHUNK);
		const current = await getUsersByIds(
			ctx.workspace.id,
			chunk.map((u) => u.id)
		);
		const byId = new Map(chunk.map((u) => [u.id, u]));
		const writes: Write[] = [];
		for (const user of current) {
			const previous = byId.get(user.id);
			if (!previous) continue;
			const after: User = { ...user };
			for (const field of CLOUD_LOGIN_FIELDS) Object.assign(after, { [field]: previous[field] });
			writes.push(userWrite(account.id, user, after));
		}
		if (writes.length > 0) await applyWrites(ctx, room, writes, { logTags });
		restored += writes.length;
	}
	await projected(ctx.workspace.id);
	return { data: restored };
}

async function sendEmails(
	ctx: ServiceContext,
	kind: 'welcome' | 'password_reset',
	account: Account,
	userIds: readonly string[],
	onProgress?: OnProgress
): Promise<Result<EmailSummary, CommonError>> {
	const usable = await usableAccount(ctx, account, 'users.edit');
	if ('error' in usable) return usable;
	const total: EmailSummary = { queued: 0, skipped: {} };
	for (let start = 0; start < userIds.length; start += SCAN_CHUNK) {
		const users = (
			await getUsersByIds(ctx.workspace.id, userIds.slice(start, start + SCAN_CHUNK))
		).filter((u) => u.accountId === account.id);
		const part = await sendAccountEmails(ctx, kind, usable.data, users);
		total.queued += part.queued;
		for (const [reason, count] of Object.entries(part.skipped) as [
			keyof EmailSummary['skipped'],
			number
		][])
			total.skipped[reason] = (total.skipped[reason] ?? 0) + count;
		onProgress?.(Math.min(start + SCAN_CHUNK, userIds.length), userIds.length);
		await yieldToUi();
	}
	await projected(ctx.workspace.id);
	return { data: total };
}

/**
 * Queues a welcome e-mail with a new registration link (the previous link stops working) for
 * each given user who is not registered yet; the others are skipped and counted.
 */
export function sendWelcomeEmails(
	ctx: ServiceContext,
	account: Account,
	userIds: readonly string[],
	onProgress?: OnProgress
): Promise<Result<EmailSummary, CommonError>> {
	return sendEmails(ctx, 'welcome', account, userIds, onProgress);
}

/**
 * Queues a password-reset e-mail for each given registered user; the others are skipped and
 * counted. (Accounts with single sign-on will not offer this; there is no SSO yet.)
 */
export function resetPasswords(
	ctx: ServiceContext,
	account: Account,
	userIds: readonly string[],
	onProgress?: OnProgress
): Promise<Result<EmailSummary, CommonError>> {
	return sendEmails(ctx, 'password_reset', account, userIds, onProgress);
}

/**
 * Opens the room holding the account's users ahead of a save on a user's page, so that the first
 * save does not wait for a large account's room to load. Lists never need it: they read the read
 * model, which every tab of the device shares.
 */
export async function prepareUserEdits(ctx: ServiceContext, accountId: string): Promise<void> {
	await usersRoom(ctx, accountId);
}
