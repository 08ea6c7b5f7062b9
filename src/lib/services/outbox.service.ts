import type { Account, Profile, User } from '$lib/domain/model';
import { can } from '$lib/domain/permissions';
import {
	REGISTRATION_VALID_DAYS,
	emailSkipReason,
	registrationExpiry,
	type EmailSkipReason
} from '$lib/domain/registration';
import type { CommonError, Result } from '$lib/domain/result';
import {
	addOutboxRows,
	getOutboxRow,
	listOutbox,
	markOutboxSent,
	removeOutboxRows,
	type OutboxScope
} from '$lib/db/outbox.query';
import type { OutboxKind, OutboxRow } from '$lib/db/workspace.db';
import { translateIn } from '$lib/i18n/i18n.svelte';
import { exportWorker, type WorkerError } from '$lib/workers/export';
import { usersRoom, type ServiceContext } from './context';
import { randomToken, sha256Hex } from './crypto';
import { newId } from './ids';
import { applyWrites, type Write } from './writes';

/** A fresh single-use registration link token: the token goes in the e-mail, its hash on the user. */
export async function newRegistrationToken(
	now = new Date()
): Promise<{ token: string; tokenHash: string; expiresAt: string }> {
	const token = randomToken();
	return { token, tokenHash: await sha256Hex(token), expiresAt: registrationExpiry(now) };
}

/** The link in a welcome or reset e-mail, on this app's origin. */
export function registrationLink(token: string): string {
	const origin = typeof location === 'undefined' ? 'http://localhost:8080' : location.origin;
	return `${origin}/register/${token}`;
}

/** Builds one e-mail in the account's default language. */
export async function composeEmail(
	kind: 'welcome' | 'password_reset',
	account: Account,
	user: User,
	token: string,
	now = new Date()
): Promise<OutboxRow> {
	const lang = account.defaultLanguage;
	const params = {
		name: user.firstName || user.name,
		account: account.name,
		link: registrationLink(token),
		days: REGISTRATION_VALID_DAYS
	};
	const subject =
		kind === 'welcome'
			? await translateIn(lang, 'email.welcome.subject', params)
			: await translateIn(lang, 'email.reset.subject', params);
	const body =
		kind === 'welcome'
			? await translateIn(lang, 'email.welcome.body', params)
			: await translateIn(lang, 'email.reset.body', params);
	return {
		id: newId(),
		createdAt: now.toISOString(),
		status: 'queued',
		sentAt: '',
		kind: kind satisfies OutboxKind,
		accountId: account.id,
		userId: user.id,
		to: user.email,
		toName: user.name,
		subject,
		body
	};
}

export interface EmailSummary {
	queued: number;
	skipped: Partial<Record<EmailSkipReason, number>>;
}

/**
 * Sends (queues in the Outbox) welcome or password-reset e-mails to the given users of one
 * account: each gets a new single-use link, which invalidates the previous one; users the e-mail
 * is not for are skipped and counted. One batch: every user's event shares the batch tag.
 */
export async function sendAccountEmails(
	ctx: ServiceContext,
	kind: 'welcome' | 'password_reset',
	account: Account,
	users: User[],
	onProgress?: (done: number, total: number) => void
): Promise<EmailSummary> {
	const summary: EmailSummary = { queued: 0, skipped: {} };
	const recipients: { user: User; token: string; tokenHash: string; expiresAt: string }[] = [];
	for (const user of users) {
		const reason = emailSkipReason(kind, user);
		if (reason) {
			summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
			continue;
		}
		recipients.push({ user, ...(await newRegistrationToken()) });
	}
	const CHUNK = 2000;
	const room = await usersRoom(ctx, account.id);
	// One batch for the whole action, however many chunks it is written in.
	const batch = users.length > 1 ? newId() : false;
	for (let start = 0; start < recipients.length; start += CHUNK) {
		const chunk = recipients.slice(start, start + CHUNK);
		const writes: Write[] = chunk.map(({ user, tokenHash, expiresAt }) => ({
			map: 'users',
			id: user.id,
			asset: 'User',
			accountId: account.id,
			before: user,
			after: { ...user, registrationTokenHash: tokenHash, registrationTokenExpiresAt: expiresAt },
			identity: ['name', 'email']
		}));
		await applyWrites(ctx, room, writes, {
			batch,
			logTags: [kind === 'welcome' ? 'welcome_email' : 'password_reset']
		});
		const rows = await Promise.all(
			chunk.map(({ user, token }) => composeEmail(kind, account, user, token))
		);
		await addOutboxRows(ctx.workspace.id, rows);
		summary.queued += chunk.length;
		onProgress?.(Math.min(start + CHUNK, recipients.length), recipients.length);
	}
	return summary;
}

/** Queues the welcome e-mail of a user just created with `token` (no extra write). */
export async function queueWelcomeEmail(
	ctx: ServiceContext,
	account: Account,
	user: User,
	token: string
): Promise<void> {
	await addOutboxRows(ctx.workspace.id, [await composeEmail('welcome', account, user, token)]);
}

/**
 * Queues the welcome e-mails of users just added (each with the token of its registration link);
 * returns the ids of the queued e-mails, so that undoing the addition can take them away again.
 */
export async function queueWelcomeEmails(
	ctx: ServiceContext,
	account: Account,
	recipients: readonly { user: User; token: string }[]
): Promise<string[]> {
	const rows = await Promise.all(
		recipients.map(({ user, token }) => composeEmail('welcome', account, user, token))
	);
	await addOutboxRows(ctx.workspace.id, rows);
	return rows.map((r) => r.id);
}

/** Takes away e-mails queued by an action that is being undone. */
export async function unqueueEmails(ctx: ServiceContext, ids: readonly string[]): Promise<void> {
	await removeOutboxRows(ctx.workspace.id, ids);
}

/** Whose e-mails a person sees in the Outbox: all of the workspace, or their own account's. */
export function outboxScope(profile: Profile): OutboxScope | null {
	if (!can(profile.role, profile.accountId, 'outbox.view')) return null;
	return {
		workspaceId: profile.workspaceId,
		accountId: profile.role === 'partner' ? null : profile.accountId
	};
}

/**
 * Records that a queued e-mail was sent (by the person, from their mail app). The Outbox is
 * local to this device, so this writes no event.
 */
export async function markEmailSent(
	ctx: ServiceContext,
	id: string,
	now = new Date()
): Promise<Result<true, CommonError>> {
	const scope = outboxScope(ctx.profile);
	const row = await getOutboxRow(ctx.workspace.id, id);
	if (!row) return { error: { kind: 'not_found' } };
	if (!scope || (scope.accountId !== null && row.accountId !== scope.accountId))
		return { error: { kind: 'forbidden' } };
	await markOutboxSent(ctx.workspace.id, id, now.toISOString());
	return { data: true };
}

/** Every e-mail the person sees in the Outbox, as `.eml` files in one zip (made in a worker). */
export async function outboxArchive(
	ctx: ServiceContext
): Promise<Result<Uint8Array<ArrayBuffer>, WorkerError | CommonError>> {
	const scope = outboxScope(ctx.profile);
	if (!scope) return { error: { kind: 'forbidden' } };
	return exportWorker.zipMessages(await listOutbox(scope.workspaceId, scope.accountId));
}
