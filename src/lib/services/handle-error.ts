import { classifyFailure, type FailureKind } from '$lib/domain/failure';
import { i18n, type MessageKey, type Params } from '$lib/i18n/i18n.svelte';
import { session } from '$lib/state/session.svelte';
import { toasts } from '$lib/state/toasts.svelte';
import { notify } from './notifications.service';

const MESSAGES: Record<Exclude<FailureKind, 'aborted'>, MessageKey> = {
	quota: 'errors.quota',
	version: 'errors.version',
	timeout: 'errors.timeout',
	not_allowed: 'errors.not_allowed',
	unexpected: 'errors.unexpected'
};

/**
 * The one error funnel: ignores aborted work, logs, shows a localized toast, and keeps a
 * notification whose "View Details" holds the technical details (the toast never shows a raw
 * English message).
 *
 * ```ts
 * void save().catch((e: unknown) => handleError(e));
 * ```
 */
export function handleError(error: unknown, context?: string): void {
	const failure = classifyFailure(error);
	if (failure.kind === 'aborted') return;
	console.error(context ?? 'Unexpected error', error);
	reportFailure(MESSAGES[failure.kind], failure.details);
}

/**
 * A failed operation the person should know about: a localized toast now, and a notification
 * with "View Details" (the technical details) to look at later.
 */
export function reportFailure(key: MessageKey, details: string, params: Params = {}): void {
	toasts.show('error', i18n.t(key, params));
	const profile = session.profile;
	if (!profile) return;
	// When storage itself is failing, the notification may not be written either: the toast
	// has told the person already.
	notify(profile, 'error', key, params, details).catch((e: unknown) => {
		console.warn('The failure could not be kept as a notification', e);
	});
}
