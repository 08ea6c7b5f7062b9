import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Profile } from '$lib/domain/model';

export interface DeviceSetting {
	key: string;
	value: unknown;
}

/** Per-device data: the profiles on this device and device-wide settings (language, active profile). */
export class DeviceDb extends Dexie {
	profiles!: EntityTable<Profile, 'id'>;
	settings!: Table<DeviceSetting, string>;

	/** Keys of `WorkspaceDb` secrets (private signing keys), never extractable. */
	keys!: Table<{ workspaceId: string; privateKey: CryptoKey }, string>;

	constructor(name = 'switchboard-device') {
		super(name);
		this.version(1).stores({
			profiles: 'id, workspaceId, lastUsedAt',
			settings: 'key',
			keys: 'workspaceId'
		});
	}
}

export const deviceDb = new DeviceDb();
