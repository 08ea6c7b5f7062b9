import type { AccountErrors, AccountPatch } from '$lib/domain/account';
import type { Profile } from '$lib/domain/model';
import { accountErrorText } from '$lib/components/accounts/messages';
import { updateAccount } from '$lib/services/accounts.service';
import { serviceContext } from '$lib/services/context';
import { toasts } from '$lib/state/toasts.svelte';

/**
 * Saves a change of the account from one of the page's panels. Field errors are returned for the
 * panel to show next to its fields; any other refusal becomes a toast. True when saved.
 */
export async function saveAccount(
	profile: Profile,
	accountId: string,
	patch: AccountPatch,
	onFieldErrors?: (errors: AccountErrors) => void
): Promise<boolean> {
	const result = await updateAccount(await serviceContext(profile), accountId, patch);
	if (!('error' in result)) return true;
	if (result.error.kind === 'invalid' && onFieldErrors) onFieldErrors(result.error.fields);
	else toasts.show('error', accountErrorText(result.error));
	return false;
}
