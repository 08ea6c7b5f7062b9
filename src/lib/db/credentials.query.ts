import { deviceDb, type DeviceKeys } from './device.db';

/** The keys and grant this device holds for a workspace (null: none yet). */
export async function deviceKeys(workspaceId: string): Promise<DeviceKeys | null> {
	return (await deviceDb.keys.get(workspaceId)) ?? null;
}

/** Adds to what is stored for the workspace (keeps the fields not given). */
export async function saveDeviceKeys(
	workspaceId: string,
	changes: Omit<DeviceKeys, 'workspaceId'>
): Promise<void> {
	await deviceDb.transaction('rw', deviceDb.keys, async () => {
		const current = (await deviceDb.keys.get(workspaceId)) ?? { workspaceId };
		await deviceDb.keys.put({ ...current, ...changes, workspaceId });
	});
}

/** A device-wide setting (e.g. the relay URL of a profile); undefined when unset. */
export async function deviceSetting(key: string): Promise<unknown> {
	return (await deviceDb.settings.get(key))?.value;
}

export async function saveDeviceSetting(key: string, value: unknown): Promise<void> {
	if (value === undefined) await deviceDb.settings.delete(key);
	else await deviceDb.settings.put({ key, value });
}

/** The device no longer holds the workspace private key (its person is no administrator now). */
export async function forgetWorkspaceKey(workspaceId: string): Promise<void> {
	await deviceDb.transaction('rw', deviceDb.keys, async () => {
		const current = await deviceDb.keys.get(workspaceId);
		if (!current?.privateKey) return;
		const { privateKey: _forgotten, ...rest } = current;
		await deviceDb.keys.put(rest);
	});
}
