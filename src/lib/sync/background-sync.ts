import { deviceSetting, saveDeviceSetting } from '$lib/db/credentials.query';
import { isRoomName } from '$relay/grants';
import { protocolsFor, type Credentials } from './credentials';
import { httpBase } from './invite';
import { relayClient } from './relay-client';
import { syncInBackground } from './rooms';

/** How often the room feed is asked while connected (besides at connect and back online). */
export const FEED_INTERVAL_MS = 30_000;
/** Rooms synced at once in the background: a few sockets, never one per account. */
const PARALLEL = 3;
/** How long one background room may take to sync before it is tried again at the next round. */
const ROOM_SYNC_TIMEOUT_MS = 30_000;

type Versions = Record<string, string>;

/**
 * Keeps every room the person may see on this device, not only those a page opened
 * (ARCHITECTURE.md, Opening rooms): while the device is connected it asks the relay's room feed
 * which rooms changed (their versions) and syncs each changed room in the background, a few at a
 * time, opening and closing it again; the versions it has synced are remembered on the device.
 * Rooms with changes made here that never reached the relay (a room closed while offline) are
 * synced the same way, so those changes go out without anyone opening the account again.
 */
class BackgroundSync {
	#connection: { relayUrl: string; credentials: Credentials } | null = null;
	#timer: ReturnType<typeof setInterval> | null = null;
	#running: Promise<void> | null = null;
	#again = false;
	#generation = 0;

	constructor() {
		relayClient.onChange(() => this.#follow());
		if (typeof window !== 'undefined') window.addEventListener('online', () => this.poke());
	}

	/** Follows the relay client: starts with a connection, stops without one. */
	#follow(): void {
		const connection = relayClient.connection();
		if (connection?.credentials === this.#connection?.credentials) return;
		this.#generation += 1;
		this.#connection = connection;
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
		if (!connection) return;
		this.#timer = setInterval(() => this.poke(), FEED_INTERVAL_MS);
		this.poke();
	}

	/** Asks the feed now (a round that is running finishes first, then one more runs). */
	poke(): void {
		if (!this.#connection) return;
		if (this.#running) {
			this.#again = true;
			return;
		}
		relayClient.setBackgroundBusy(true);
		this.#running = this.#round()
			.catch((error: unknown) => console.warn('Background sync failed; retrying later', error))
			.finally(() => {
				this.#running = null;
				if (this.#again) {
					this.#again = false;
					this.poke();
				} else relayClient.setBackgroundBusy(false);
			});
	}

	/** Resolves when the round running now (if any) has finished. */
	async settled(): Promise<void> {
		while (this.#running) await this.#running;
	}

	async #round(): Promise<void> {
		const connection = this.#connection;
		if (!connection || !relayClient.online) return;
		const generation = this.#generation;
		const { credentials } = connection;
		const workspaceId = credentials.person.workspaceId;
		const feed = await this.#feed(connection);
		const seenKey = `feed:${workspaceId}:${credentials.person.personId}`;
		const seen = parseVersions(await deviceSetting(seenKey));
		const wanted = new Map<string, string | null>();
		for (const room of relayClient.pendingRooms()) wanted.set(room, feed?.[room] ?? null);
		for (const [room, version] of Object.entries(feed ?? {}))
			if (seen[room] !== version) wanted.set(room, version);
		// The workspace room is always open and live; it needs no round.
		for (const room of wanted.keys())
			if (room.startsWith('ws:') || !isRoomName(room)) wanted.delete(room);
		const queue = [...wanted.entries()];
		let dirty = false;
		const worker = async (): Promise<void> => {
			for (let next = queue.shift(); next; next = queue.shift()) {
				if (generation !== this.#generation) return;
				const [room, version] = next;
				try {
					await syncInBackground(workspaceId, room, (r) =>
						relayClient.isSynced(r)
							? Promise.resolve()
							: relayClient.whenSynced(r, ROOM_SYNC_TIMEOUT_MS)
					);
				} catch (error: unknown) {
					console.warn(`Background sync of ${room} failed; retrying later`, error);
					continue;
				}
				// The version read before the sync: a change made meanwhile gets the next round.
				if (version !== null) {
					seen[room] = version;
					dirty = true;
				}
			}
		};
		await Promise.all(Array.from({ length: PARALLEL }, worker));
		if (dirty && generation === this.#generation) await saveDeviceSetting(seenKey, seen);
	}

	/** The feed of the rooms the grant covers, or null when the relay did not answer it. */
	async #feed(connection: {
		relayUrl: string;
		credentials: Credentials;
	}): Promise<Versions | null> {
		const { credentials } = connection;
		const ws = credentials.person.workspaceId;
		const protocols = await protocolsFor(credentials, `ws:${ws}`);
		try {
			const response = await fetch(`${httpBase(connection.relayUrl)}/feed/${ws}`, {
				method: 'POST',
				body: protocols.join(', '),
				cache: 'no-store'
			});
			if (!response.ok) return null;
			const body: unknown = await response.json();
			return parseVersions((body as { rooms?: unknown } | null)?.rooms);
		} catch {
			return null;
		}
	}
}

function parseVersions(value: unknown): Versions {
	const out: Versions = {};
	if (typeof value !== 'object' || value === null) return out;
	for (const [room, version] of Object.entries(value))
		if (typeof version === 'string') out[room] = version;
	return out;
}

/** The one background sync of this tab; it follows `relayClient` by itself. */
export const backgroundSync = new BackgroundSync();
