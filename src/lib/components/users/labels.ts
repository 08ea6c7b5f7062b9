/** Message keys of the users area's codes, and the summaries of bulk actions. */
import type { CommonError } from '$lib/domain/result';
import type { EmailSkipReason } from '$lib/domain/registration';
import type { UserSource } from '$lib/domain/model';
import type { DeleteSkipReason, UserErrorCode, UserProperty } from '$lib/domain/user';
import { isProductId, type ProductId } from '$lib/domain/products';
import { i18n, type MessageKey } from '$lib/i18n/i18n.svelte';
import type { EmailSummary } from '$lib/services/outbox.service';
import type { DeleteSummary } from '$lib/services/users.service';

const PRODUCT_LABELS: Record<ProductId, MessageKey> = {
	'mitel-one-essential': 'products.mitel_one_essential',
	'mitel-one-premier': 'products.mitel_one_premier',
	'mitel-one-elite': 'products.mitel_one_elite',
	'miteam-meetings': 'products.miteam_meetings'
};

/** A licence as people read it: the product's name, never its id. */
export function productLabel(id: string): string {
	return isProductId(id) ? i18n.t(PRODUCT_LABELS[id]) : i18n.t('products.other', { id });
}

/** The licences of a user, by product name, in the person's language. */
export function licensesText(ids: readonly string[]): string {
	return ids.map(productLabel).join(', ');
}

export const PROPERTY_LABELS: Record<UserProperty, MessageKey> = {
	admins: 'users.prop.admins',
	users: 'users.prop.users',
	registered: 'users.prop.registered',
	unregistered: 'users.prop.unregistered',
	pbx: 'users.prop.pbx',
	micloud: 'users.prop.micloud',
	iot: 'users.prop.iot',
	inactive: 'users.prop.inactive'
};

const ROLE_LABELS: Record<string, MessageKey> = {
	user: 'users.role.user',
	account_admin: 'users.role.account_admin',
	partner: 'users.role.partner'
};

/** A role's name; custom roles (not built in) show their id until roles exist (spec 13). */
export function roleLabel(role: string): string {
	const key = ROLE_LABELS[role];
	return key ? i18n.t(key) : role;
}

export const ERROR_LABELS: Record<UserErrorCode, MessageKey> = {
	required: 'errors.required',
	too_long: 'errors.too_long',
	email_invalid: 'errors.email_invalid',
	email_taken: 'users.error.email_taken',
	mobile_invalid: 'users.error.mobile_invalid',
	extension_invalid: 'users.error.extension_invalid',
	extension_taken: 'users.error.extension_taken',
	role_invalid: 'users.error.role_invalid',
	read_only: 'users.error.read_only',
	name_required: 'users.error.name_required'
};

export const COMMON_ERROR_LABELS: Record<CommonError['kind'], MessageKey> = {
	forbidden: 'users.error.forbidden',
	not_found: 'users.error.not_found',
	deactivated: 'users.error.deactivated'
};

export const MANAGED_LABELS: Record<'pbx' | 'scim' | 'micloud', MessageKey> = {
	pbx: 'users.managed.pbx',
	scim: 'users.managed.scim',
	micloud: 'users.managed.micloud'
};

export const SOURCE_LABELS: Record<UserSource, MessageKey> = {
	console: 'users.source.console',
	import: 'users.source.import',
	pbx: 'users.source.pbx',
	scim: 'users.source.scim',
	micloud: 'users.source.micloud'
};

const SKIP_LABELS: Record<EmailSkipReason | DeleteSkipReason, MessageKey> = {
	registered: 'users.skip.registered',
	not_registered: 'users.skip.not_registered',
	no_email: 'users.skip.no_email',
	inactive: 'users.skip.inactive',
	partner: 'users.skip.partner',
	micloud: 'users.skip.micloud'
};

function skippedParts(skipped: Partial<Record<EmailSkipReason | DeleteSkipReason, number>>) {
	return (Object.entries(skipped) as [EmailSkipReason | DeleteSkipReason, number][])
		.filter(([, count]) => count > 0)
		.map(([reason, count]) =>
			i18n.plural('users.summary.skipped', count, { reason: i18n.t(SKIP_LABELS[reason]) })
		);
}

/** "12 e-mails queued, 3 users skipped: not registered" */
export function emailSummaryText(summary: EmailSummary): string {
	return [
		i18n.plural('users.summary.queued', summary.queued),
		...skippedParts(summary.skipped)
	].join(', ');
}

/** "2 users deleted, 1 synced user lost only the cloud login, 1 user skipped: …" */
export function deleteSummaryText(summary: DeleteSummary): string {
	const parts: string[] = [];
	if (summary.deleted > 0) parts.push(i18n.plural('users.summary.deleted', summary.deleted));
	if (summary.unregistered > 0)
		parts.push(i18n.plural('users.summary.unregistered', summary.unregistered));
	parts.push(...skippedParts(summary.skipped));
	return parts.length > 0 ? parts.join(', ') : i18n.t('users.summary.nothing');
}
