import { WebsocketProvider } from 'y-websocket';
import { protocolsFor, TOKEN_TTL_MS, type Credentials } from './credentials';
import { deviceSetting, saveDeviceSetting } from '$lib/db/credentials.query';
import { onLocalCommit, type Room } from './room';

/** What the top bar shows (spec 19, Sync status). */
export type RelayState = 'synced' | 'syncing' | 'offline' | 'not_syncing' | 'error';

export interface RelaySnapshot {
	state: RelayState;
	relayUrl: string;
	/** Local changes not yet sent to the relay (over every connected room). */
	pending: number;
	/** When every connected room last finished syncing (ISO), or null. */
	lastSync: string | null;
	/** Why the relay refused (its close reason), when `state` is 'error'. */
	error: string | null;
}

/** What this person shows the others (awareness of the workspace room; never stored as data). */
export interface Presence {
	personId: string;
	name: string;
	/** The page (path) the person is on. */
	page: string;
	/** True while a field of that page has the person's focus. */
	editing: boolean;
}

/** Another person's presence, from one of their tabs (`clientId`). */
export interface PeerPresence extends Presence {
	clientId: number;
}

/** Tokens are signed again this often, so a reconnect never offers an expired one. */
const REFRESH_MS = TOKEN_TTL_MS / 3;

interface Link {
	room: Room;
	provider: WebsocketProvider;
	refusal: string | null;
	stop: () => void;
}

/**
 * The device's connection to the relay: one stock y-websocket provider per open room, each
 * offering a fresh device-signed token and the grant as subprotocols. Reconnects with backoff
 * (the provider's own, capped at 10 s), keeps counting local changes made while a room is not
 * synced, and tells `onChange` whenever the overall state changes.
 */
export class RelayClient {
	readonly #links = new Map<string, Link>();
	#relayUrl = '';
	#credentials: Credentials | null = null;
	#lastSync: string | null = null;
	#listeners = new Set<(snapshot: RelaySnapshot) => void>();
	#refresh: ReturnType<typeof setInterval> | null = null;
	#rooms = new Map<string, Room>();
	#online = typeof navigator === 'undefined' ? true : navigator.onLine;
	#presence: Presence | null = null;
	#presenceListeners = new Set<(peers: PeerPresence[]) => void>();
	/**
	 * Changes committed on this device (sync/commit.ts: a record with its events, one per batch of
	 * a bulk action) while one of their rooms was not synced with the relay.
	 */
	#pending = 0;
	/**
	 * The rooms those changes are in. A room may be closed by the time the device is back online
	 * (an account left open on the train, the tab closed): the background sync opens each of them
	 * until it has synced, and only then is nothing pending.
	 */
	#pendingRooms = new Set<string>();
	#backgroundBusy = false;

	constructor() {
		onLocalCommit((rooms) => {
			if (!this.#relayUrl) return;
			const unsynced = rooms.filter((room) => {
				const link = this.#links.get(key(room));
				return !link || !(link.provider.wsconnected && link.provider.synced);
			});
			if (unsynced.length === 0) return;
			for (const room of unsynced) this.#pendingRooms.add(room.name);
			this.#setPending(this.#pending + 1);
		});
		if (typeof window === 'undefined') return;
		window.addEventListener('online', () => {
			this.#online = true;
			this.retry();
		});
		// The sockets of a device that went offline are dead even when they do not know it yet:
		// close them, count changes as pending, and connect again when the network is back.
		window.addEventListener('offline', () => {
			this.#online = false;
			for (const link of this.#links.values()) link.provider.disconnect();
			this.#emit();
		});
	}

	onChange(listener: (snapshot: RelaySnapshot) => void): () => void {
		this.#listeners.add(listener);
		listener(this.snapshot());
		return () => this.#listeners.delete(listener);
	}

	/** Connects every open room (and those opened later) of the credentials' workspace. */
	async connect(relayUrl: string, credentials: Credentials): Promise<void> {
		this.disconnect();
		// Changes counted before the tab was closed are still waiting (they are in the rooms).
		const stored = parsePending(await deviceSetting(pendingKey(credentials)));
		this.#pending = stored.count;
		this.#pendingRooms = new Set(stored.rooms);
		this.#relayUrl = relayUrl.replace(/\/+$/, '');
		this.#credentials = credentials;
		for (const room of this.#rooms.values()) await this.#link(room);
		this.#refresh = setInterval(() => void this.#refreshTokens(), REFRESH_MS);
		this.#emit();
	}

	disconnect(): void {
		this.#backgroundBusy = false;
		if (this.#refresh) clearInterval(this.#refresh);
		this.#refresh = null;
		for (const link of this.#links.values()) link.stop();
		this.#links.clear();
		this.#relayUrl = '';
		this.#credentials = null;
		this.#emit();
	}

	/**
	 * "Retry now" (and back online): every room that is not connected tries again at once, with a
	 * fresh token (after a sleeping laptop wakes up, the last one may have expired).
	 */
	retry(): void {
		void this.#refreshTokens()
			.catch((error: unknown) => console.warn('Signing new tokens failed', error))
			.then(() => {
				for (const link of this.#links.values()) {
					link.refusal = null;
					// The network may have gone again while the tokens were signed.
					if (!this.#online) continue;
					if (!link.provider.wsconnected) {
						link.provider.disconnect();
						link.provider.connect();
					}
				}
				this.#emit();
			});
	}

	/** A room was opened on this device (rooms.ts): it syncs while the client is connected. */
	async attach(room: Room): Promise<void> {
		this.#rooms.set(key(room), room);
		if (this.#credentials && room.workspaceId === this.#credentials.person.workspaceId) {
			await this.#link(room);
		}
	}

	detach(room: Room): void {
		this.#rooms.delete(key(room));
		const link = this.#links.get(key(room));
		if (!link) return;
		link.stop();
		this.#links.delete(key(room));
		this.#emit();
	}

	async #link(room: Room): Promise<void> {
		const credentials = this.#credentials;
		if (!credentials || this.#links.has(key(room)) || room.closed) return;
		const provider = new WebsocketProvider(
			`${this.#relayUrl}/${credentials.person.workspaceId}`,
			room.name,
			room.doc,
			{
				connect: false,
				protocols: await protocolsFor(credentials, room.name),
				// The room shares itself with this device's other tabs already (room.ts).
				disableBc: true,
				maxBackoffTime: 10_000,
				// A refusal (4400–4499) or a message over the relay's size limit (1009) would only come
				// again: the room shows "Sync error" until "Retry now", instead of sending tens of MB
				// again every ten seconds.
				shouldReconnect: (event: CloseEvent) =>
					!(event.code >= 4400 && event.code < 4500) && event.code !== 1009
			}
		);
		const link: Link = { room, provider, refusal: null, stop: () => undefined };
		const onSync = (synced: boolean) => {
			if (!synced) return;
			link.refusal = null;
			// Syncing a room sends what the relay lacks of it: once every room is synced, and every
			// room that had changes was, nothing made on this device is missing there.
			const had = this.#pendingRooms.delete(room.name);
			if ([...this.#links.values()].every((l) => l.provider.synced)) {
				this.#lastSync = new Date().toISOString();
				this.#setPending(this.#pendingRooms.size === 0 ? 0 : this.#pending);
			} else if (had) this.#setPending(this.#pending);
			else this.#emit();
		};
		const onStatus = () => this.#emit();
		// A dropped connection reconnects after a backoff of 100 ms or more: sign its next token now.
		const onConnectionClose = () => {
			const credentials = this.#credentials;
			if (!credentials) return;
			protocolsFor(credentials, room.name).then(
				(protocols) => (provider.protocols = protocols),
				(error: unknown) => console.warn('Signing a new token failed', error)
			);
		};
		provider.on('connection-close', onConnectionClose);
		const onClosed = (event: { code: number; reason: string }) => {
			link.refusal = event.reason || String(event.code);
			this.#emit();
		};
		provider.on('sync', onSync);
		provider.on('status', onStatus);
		provider.on('closed', onClosed);
		link.stop = () => {
			provider.off('sync', onSync);
			provider.off('status', onStatus);
			provider.off('closed', onClosed);
			provider.off('connection-close', onConnectionClose);
			provider.destroy();
		};
		if (room.name.startsWith('ws:')) {
			// Presence travels on the workspace room: everyone who may see the workspace is there.
			provider.awareness.setLocalState(this.#presence);
			const onPresence = () => this.#emitPresence();
			provider.awareness.on('change', onPresence);
			const stop = link.stop;
			link.stop = () => {
				provider.awareness.off('change', onPresence);
				stop();
				this.#emitPresence();
			};
		}
		this.#links.set(key(room), link);
		if (this.#online) provider.connect();
	}

	/**
	 * Resolves once the room has synced with the relay (a device that joins waits for the
	 * workspace to arrive). Rejects after `timeoutMs`, or at once when the relay refused it.
	 */
	whenSynced(room: Room, timeoutMs = 30_000): Promise<void> {
		return new Promise((resolve, reject) => {
			let stop = (): void => undefined;
			let done = false;
			const timer = setTimeout(() => {
				stop();
				reject(new Error(`${room.name} did not sync within ${timeoutMs} ms`));
			}, timeoutMs);
			const check = () => {
				const link = this.#links.get(key(room));
				if (done || (!link?.provider.synced && !link?.refusal)) return;
				done = true;
				clearTimeout(timer);
				queueMicrotask(() => stop());
				if (link.provider.synced) resolve();
				else reject(new Error(`The relay refused ${room.name}: ${link.refusal ?? ''}`));
			};
			stop = this.onChange(check);
		});
	}

	async #refreshTokens(): Promise<void> {
		const credentials = this.#credentials;
		if (!credentials) return;
		for (const link of this.#links.values()) {
			link.provider.protocols = await protocolsFor(credentials, link.room.name);
		}
	}

	/** Counts pending changes, and keeps the count for the next start of this profile. */
	#setPending(count: number): void {
		this.#pending = count;
		this.#emit();
		const credentials = this.#credentials;
		if (!credentials) return;
		saveDeviceSetting(pendingKey(credentials), {
			count,
			rooms: [...this.#pendingRooms]
		} satisfies StoredPending).catch((error: unknown) =>
			console.warn('The pending count was not kept', error)
		);
	}

	/**
	 * The background sync (background-sync.ts) is bringing rooms up to date: "Synced" waits for it,
	 * so it means that everything the person may see is on this device.
	 */
	setBackgroundBusy(busy: boolean): void {
		if (this.#backgroundBusy === busy) return;
		this.#backgroundBusy = busy;
		this.#emit();
	}

	/** Rooms with changes of this device that the relay has not received yet. */
	pendingRooms(): string[] {
		return [...this.#pendingRooms];
	}

	/** The relay and credentials this tab syncs with, or null when it does not. */
	connection(): { relayUrl: string; credentials: Credentials } | null {
		return this.#credentials && this.#relayUrl
			? { relayUrl: this.#relayUrl, credentials: this.#credentials }
			: null;
	}

	/** Whether the room is open here and synced with the relay now. */
	isSynced(room: Room): boolean {
		const link = this.#links.get(key(room));
		return !!link && link.provider.wsconnected && link.provider.synced;
	}

	get online(): boolean {
		return this.#online;
	}

	/** Shows the others where this person is (null: nowhere, e.g. signed out). */
	setPresence(presence: Presence | null): void {
		this.#presence = presence;
		for (const link of this.#links.values()) {
			if (link.room.name.startsWith('ws:')) link.provider.awareness.setLocalState(presence);
		}
	}

	onPresence(listener: (peers: PeerPresence[]) => void): () => void {
		this.#presenceListeners.add(listener);
		listener(this.#peers());
		return () => this.#presenceListeners.delete(listener);
	}

	#peers(): PeerPresence[] {
		const out: PeerPresence[] = [];
		for (const link of this.#links.values()) {
			if (!link.room.name.startsWith('ws:')) continue;
			const awareness = link.provider.awareness;
			for (const [clientId, state] of awareness.getStates()) {
				if (clientId === awareness.clientID || !isPresence(state)) continue;
				out.push({ ...state, clientId });
			}
		}
		return out;
	}

	#emitPresence(): void {
		const peers = this.#peers();
		for (const listener of this.#presenceListeners) listener(peers);
	}

	snapshot(): RelaySnapshot {
		const links = [...this.#links.values()];
		const pending = this.#pending;
		const refusal = links.find((l) => l.refusal !== null)?.refusal ?? null;
		let state: RelayState;
		if (!this.#relayUrl) state = 'not_syncing';
		else if (refusal !== null) state = 'error';
		else if (!this.#online) state = 'offline';
		else if (links.length > 0 && links.every((l) => l.provider.wsconnected && l.provider.synced)) {
			state = this.#backgroundBusy ? 'syncing' : 'synced';
		} else if (links.some((l) => l.provider.wsconnecting || l.provider.wsconnected)) {
			state = 'syncing';
		} else state = 'offline';
		return { state, relayUrl: this.#relayUrl, pending, lastSync: this.#lastSync, error: refusal };
	}

	#emit(): void {
		const snapshot = this.snapshot();
		for (const listener of this.#listeners) listener(snapshot);
	}
}

function isPresence(value: unknown): value is Presence {
	if (typeof value !== 'object' || value === null) return false;
	const p = value as Record<string, unknown>;
	return (
		typeof p.personId === 'string' &&
		typeof p.name === 'string' &&
		typeof p.page === 'string' &&
		typeof p.editing === 'boolean'
	);
}

interface StoredPending {
	count: number;
	rooms: string[];
}

/** What was kept of the pending changes (a plain count from earlier versions, too). */
function parsePending(value: unknown): StoredPending {
	if (typeof value === 'number') return { count: value, rooms: [] };
	if (typeof value !== 'object' || value === null) return { count: 0, rooms: [] };
	const v = value as Record<string, unknown>;
	return {
		count: typeof v.count === 'number' ? v.count : 0,
		rooms: Array.isArray(v.rooms) ? v.rooms.filter((r): r is string => typeof r === 'string') : []
	};
}

function pendingKey(credentials: Credentials): string {
	return `pending:${credentials.person.workspaceId}:${credentials.person.personId}`;
}

function key(room: Room): string {
	return `${room.workspaceId}/${room.name}`;
}

/** The one relay connection of this tab. */
export const relayClient = new RelayClient();
