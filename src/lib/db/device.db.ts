import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Profile } from '$lib/domain/model';

export interface DeviceSetting {
	key: string;
	value: unknown;
}

export interface DeviceKeys {
	workspaceId: string;
	privateKey?: CryptoKey;
	devicePrivateKey?: CryptoKey;
	/** SPKI, base64url: what grants name. */
	devicePublicKey?: string;
	/** The signed grant (see `$relay/grants`). */
	grant?: string;
}

/** Per-device data: the profiles on this device and device-wide settings (language, active profile). */
export class DeviceDb extends Dexie {
	profiles!: EntityTable<Profile, 'id'>;
	settings!: Table<DeviceSetting, string>;

	/**
	 * Per workspace: its private key (administrators' devices only), this device's key pair and the
	 * signed grant it connects to the relay with. Private keys are never extractable.
	 */
	keys!: Table<DeviceKeys, string>;

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
