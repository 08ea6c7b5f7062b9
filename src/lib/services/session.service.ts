import type { Profile } from '$lib/domain/model';
import type { Locale } from '$lib/domain/locale';
import { saveLocale, setActiveProfile } from '$lib/db/profiles.query';
import { getWorkspace } from '$lib/db/workspace.query';
import { closeWorkspaceRooms, holdRoom, openRoom } from '$lib/sync/rooms';
import { i18n } from '$lib/i18n/i18n.svelte';
import { disconnectRelayClient, resumeSync } from './sync.service';

/** Opens the workspace room of the active profile so its data is kept and projected. */
export async function startWorkspace(profile: Profile): Promise<void> {
	const workspace = await getWorkspace(profile.workspaceId);
	const partnerAccountId =
		workspace?.partnerAccountId ?? (profile.role === 'partner' ? profile.accountId : null);
	await openRoom(profile.workspaceId, `ws:${profile.workspaceId}`, partnerAccountId);
	await resumeSync(profile);
}

export async function signOut(profile: Profile): Promise<void> {
	await setActiveProfile(null, new Date().toISOString());
	disconnectRelayClient();
	await closeWorkspaceRooms(profile.workspaceId);
}

export async function switchProfile(from: Profile | null, to: Profile): Promise<void> {
	if (from && from.workspaceId !== to.workspaceId) {
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
