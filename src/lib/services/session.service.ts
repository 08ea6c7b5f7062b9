import type { Profile } from '$lib/domain/model';
import type { Locale } from '$lib/domain/locale';
import { saveLocale, setActiveProfile } from '$lib/db/profiles.query';
import { getWorkspace } from '$lib/db/workspace.query';
import { closeWorkspaceRooms, holdRoom, openRoom } from '$lib/sync/rooms';
import { i18n, type MessageKey, type Params } from '$lib/i18n/i18n.svelte';
import { followAccess, restoreAccess, type AccessChange } from '$lib/sync/access';
import { ManagerGrants } from '$lib/sync/manager-grants';
import { notify } from './notifications.service';
import { disconnectRelayClient, resumeSync } from './sync.service';

/** What keeps the signed-in partner user's access in step (stopped at sign-out). */
let keepers: (() => void)[] = [];

function stopKeepers(): void {
	for (const stop of keepers) stop();
	keepers = [];
}

/**
 * Opens the workspace room of the active profile so its data is kept and projected. For a partner
 * user it also follows what they may see (an account manager only their accounts) and, on an
 * administrator's device, keeps the managers' grants at the relay.
 */
export async function startWorkspace(profile: Profile): Promise<void> {
	stopKeepers();
	const workspace = await getWorkspace(profile.workspaceId);
	const partnerAccountId =
		workspace?.partnerAccountId ?? (profile.role === 'partner' ? profile.accountId : null);
	await restoreAccess(profile.workspaceId, profile.personId);
	const room = await openRoom(profile.workspaceId, `ws:${profile.workspaceId}`, partnerAccountId);
	if (profile.role === 'partner' && workspace) {
		keepers.push(
			followAccess({
				room,
				personId: profile.personId,
				partnerAccountId: workspace.partnerAccountId,
				onChange: (change) => tellAccess(profile, change)
			})
		);
		const grants = new ManagerGrants({
			room,
			selfId: profile.personId,
			partnerAccountId: workspace.partnerAccountId,
			workspacePublicKey: workspace.publicKey
		});
		grants.start();
		keepers.push(() => grants.stop());
	}
	await resumeSync(profile);
}

/** Tells the person what they may see now (spec 14: the device drops an account "and says so"). */
async function tellAccess(profile: Profile, change: AccessChange): Promise<void> {
	const list = (names: string[]) => new Intl.ListFormat(i18n.locale).format(names);
	const tell = (key: MessageKey, params: Params, part: string) =>
		notify(profile, 'info', key, params, '', `${change.id}:${part}`);
	if (change.kind === 'restricted')
		await tell('notify.access_restricted', { count: change.removed }, 'restricted');
	else if (change.kind === 'unrestricted') await tell('notify.access_unrestricted', {}, 'all');
	else {
		if (change.gained.length)
			await tell('notify.access_gained', { accounts: list(change.gained) }, 'gained');
		if (change.lost.length)
			await tell('notify.access_lost', { accounts: list(change.lost) }, 'lost');
	}
}

export async function signOut(profile: Profile): Promise<void> {
	await setActiveProfile(null, new Date().toISOString());
	stopKeepers();
	disconnectRelayClient();
	await closeWorkspaceRooms(profile.workspaceId);
}

export async function switchProfile(from: Profile | null, to: Profile): Promise<void> {
	if (from && from.workspaceId !== to.workspaceId) {
		stopKeepers();
		disconnectRelayClient();
		await closeWorkspaceRooms(from.workspaceId);
	}
	await setActiveProfile(to.id, new Date().toISOString());
}

/** Switches the language and remembers the choice on this device. */
export async function changeLanguage(locale: Locale): Promise<void> {
	await i18n.use(locale);
	await saveLocale(locale);
}

/**
 * Keeps the account a person is looking at open and live (its room stays connected while the
 * page shows it). Returns the release, for when the person leaves the account.
 */
export function watchAccount(profile: Profile, accountId: string): () => void {
	// The partner account's users are in the workspace room, which is always open.
	if (profile.role === 'partner' && accountId === profile.accountId) return () => undefined;
	return holdRoom(profile.workspaceId, `acct:${accountId}`, profile.accountId);
}
