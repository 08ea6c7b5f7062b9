import type { Profile } from '$lib/domain/model';
import { isLocale, type Locale } from '$lib/domain/locale';
import { parseProfile } from '$lib/domain/schema';
import { deviceDb } from './device.db';

export async function listProfiles(): Promise<Profile[]> {
	const rows = await deviceDb.profiles.orderBy('lastUsedAt').reverse().toArray();
	return rows.map(parseProfile).filter((p): p is Profile => p !== null);
}

export async function activeProfile(): Promise<Profile | null> {
	const setting = await deviceDb.settings.get('activeProfileId');
	if (typeof setting?.value !== 'string') return null;
	return parseProfile(await deviceDb.profiles.get(setting.value));
}

export async function saveProfile(profile: Profile, privateKey?: CryptoKey): Promise<void> {
	await deviceDb.transaction(
		'rw',
		[deviceDb.profiles, deviceDb.settings, deviceDb.keys],
		async () => {
			await deviceDb.profiles.put(profile);
			await deviceDb.settings.put({ key: 'activeProfileId', value: profile.id });
			if (privateKey) await deviceDb.keys.put({ workspaceId: profile.workspaceId, privateKey });
		}
	);
}

export async function setActiveProfile(profileId: string | null, now: string): Promise<void> {
	await deviceDb.transaction('rw', [deviceDb.profiles, deviceDb.settings], async () => {
		if (profileId === null) {
			await deviceDb.settings.delete('activeProfileId');
			return;
		}
		await deviceDb.profiles.update(profileId, { lastUsedAt: now });
		await deviceDb.settings.put({ key: 'activeProfileId', value: profileId });
	});
}

export async function savedLocale(): Promise<Locale | null> {
	const setting = await deviceDb.settings.get('locale');
	return isLocale(setting?.value) ? setting.value : null;
}

export async function saveLocale(locale: Locale): Promise<void> {
	await deviceDb.settings.put({ key: 'locale', value: locale });
}
