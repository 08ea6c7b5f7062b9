import { i18n } from '$lib/i18n/i18n.svelte';
import { toasts } from '$lib/state/toasts.svelte';

function errorName(error: unknown): string {
	if (error instanceof Error || error instanceof DOMException) {
		// Dexie wraps the DOM error; its name says what happened underneath.
		const inner = (error as { inner?: unknown }).inner;
		if (inner instanceof Error || inner instanceof DOMException) return inner.name;
		return error.name;
	}
	return '';
}

/**
 * The one error funnel: ignores aborted work, logs, and shows a localized toast. Storage
 * failures that a person can act on get their own message.
 */
export function handleError(error: unknown, context?: string): void {
	const name = errorName(error);
	if (name === 'AbortError') return;
	console.error(context ?? 'Unexpected error', error);
	if (name === 'QuotaExceededError') {
		toasts.show('error', i18n.t('errors.quota'));
	} else if (name === 'VersionError' || name === 'DatabaseClosedError') {
		toasts.show('error', i18n.t('errors.version'));
	} else {
		const message = error instanceof Error ? error.message : String(error);
		toasts.show('error', i18n.t('errors.unexpected', { message }));
	}
}
