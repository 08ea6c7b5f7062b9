import type { Account } from '$lib/domain/model';
import { i18n } from '$lib/i18n/i18n.svelte';
import { serviceContext } from '$lib/services/context';
import { handleError } from '$lib/services/handle-error';
import { restoreUsers, type DeleteSnapshot } from '$lib/services/users.service';
import { session } from '$lib/state/session.svelte';
import { toasts } from '$lib/state/toasts.svelte';
import { COMMON_ERROR_LABELS } from './labels';

async function undo(account: Account, snapshot: DeleteSnapshot): Promise<void> {
	const profile = session.profile;
	if (!profile) return;
	const result = await restoreUsers(await serviceContext(profile), account, snapshot);
	if ('data' in result) toasts.show('success', i18n.plural('users.summary.restored', result.data));
	else toasts.show('error', i18n.t(COMMON_ERROR_LABELS[result.error.kind]));
}

/** The summary of a deletion, with "Undo" for 10 seconds when something was deleted. */
export function showDeleteToast(account: Account, text: string, snapshot: DeleteSnapshot): void {
	if (snapshot.removed.length + snapshot.unregistered.length === 0) {
		toasts.show('info', text);
		return;
	}
	toasts.show('success', text, {
		label: i18n.t('common.undo'),
		run: () => void undo(account, snapshot).catch((e: unknown) => handleError(e))
	});
}
