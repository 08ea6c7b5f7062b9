import type { Profile, User, Workspace } from '$lib/domain/model';
import type { Result } from '$lib/domain/result';
import { parseUser } from '$lib/domain/schema';
import { tokenValid, validatePassword, type PasswordCode } from '$lib/domain/registration';
import { getAccount } from '$lib/db/accounts.query';
import { findUserByTokenHash } from '$lib/db/registration.query';
import { getWorkspace } from '$lib/db/workspace.query';
import { storedValue } from '$lib/sync/records';
import { projected } from '$lib/sync/rooms';
import { usersRoom, type ServiceContext } from './context';
import { hashPassword, sha256Hex } from './crypto';
import { applyWrites } from './writes';

/** What a valid registration link leads to: a new user's first password, or a reset. */
export interface RegistrationLink {
	workspace: Workspace;
	user: User;
	/** The name of the user's account ('' if this device does not know it). */
	accountName: string;
	kind: 'welcome' | 'password_reset';
}

/** Why a link does not open: unknown, used, replaced or expired; or its account is deactivated. */
export type LinkRefusal =
	{ kind: 'invalid' } | { kind: 'account_deactivated'; accountName: string };

export type RegistrationError =
	LinkRefusal | { kind: 'fields'; fields: { password?: PasswordCode; confirm?: PasswordCode } };

/**
 * The person acting when a user registers: the user themself (events name them as the actor).
 * They have no profile on this device, so one is made up for the write and never saved.
 */
export function registrationContext(
	workspace: Workspace,
	user: User,
	now = new Date()
): ServiceContext {
	const profile: Profile = {
		id: `registration:${user.id}`,
		workspaceId: workspace.id,
		workspaceName: workspace.name,
		personId: user.id,
		accountId: user.accountId,
		name: user.name,
		email: user.email,
		role: 'user',
		createdAt: now.toISOString(),
		lastUsedAt: now.toISOString()
	};
	return { profile, workspace };
}

/**
 * Looks up the link `/register/<token>`: only the token's hash is stored, on the user it was
 * sent to, and only while the link is unused, not replaced by a newer one, and not expired.
 */
export async function openRegistrationLink(
	token: string,
	now = new Date()
): Promise<Result<RegistrationLink, LinkRefusal>> {
	const invalid = { error: { kind: 'invalid' } } as const;
	if (!token) return invalid;
	const holder = await findUserByTokenHash(await sha256Hex(token));
	if (!holder || !holder.user.active) return invalid;
	if (!tokenValid(holder.user.registrationTokenExpiresAt, now)) return invalid;
	const workspace = await getWorkspace(holder.workspaceId);
	if (!workspace) return invalid;
	const account = await getAccount(holder.workspaceId, holder.user.accountId);
	// The users of a deactivated account cannot sign in, so they cannot register or reset either.
	if (account?.status === 'deactivated')
		return { error: { kind: 'account_deactivated', accountName: account.name } };
	const kind = holder.user.registration === 'registered' ? 'password_reset' : 'welcome';
	return { data: { workspace, user: holder.user, accountName: account?.name ?? '', kind } };
}

/**
 * Sets the user's password from a registration or reset link: the user becomes `registered`,
 * only a PBKDF2 hash of the password is stored, and the link stops working (single use).
 */
export async function completeRegistration(
	token: string,
	password: string,
	confirm: string,
	now = new Date()
): Promise<Result<RegistrationLink, RegistrationError>> {
	const fields = validatePassword(password, confirm);
	if (fields.password || fields.confirm) return { error: { kind: 'fields', fields } };
	const link = await openRegistrationLink(token, now);
	if ('error' in link) return link;
	const { workspace, user } = link.data;

	const ctx = registrationContext(workspace, user, now);
	const room = await usersRoom(ctx, user.accountId);
	// The replicated record is the truth: a link used a moment ago in another tab, or replaced
	// by a newer e-mail, may not be in the read model yet.
	const current = parseUser(storedValue(room, 'users', user.id));
	if (!current || current.registrationTokenHash !== user.registrationTokenHash)
		return { error: { kind: 'invalid' } };

	const hash = await hashPassword(password);
	await applyWrites(
		ctx,
		room,
		[
			{
				map: 'users',
				id: user.id,
				asset: 'User',
				accountId: user.accountId,
				before: current,
				after: {
					...current,
					registration: 'registered',
					password: hash,
					registrationTokenHash: '',
					registrationTokenExpiresAt: ''
				},
				identity: ['name', 'email']
			}
		],
		{ logTags: [link.data.kind === 'welcome' ? 'registration' : 'password_reset'] }
	);
	// Opening the link again right away must already find it used.
	await projected(workspace.id);
	return link;
}
