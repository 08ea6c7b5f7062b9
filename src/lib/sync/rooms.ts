import { workspaceDb } from '$lib/db/workspace.db';
import { Room } from './room';
import { Projector, projectionsFor } from './projection';
import { relayClient } from './relay-client';
import { accountsToMove, moveAccountRecord } from './account-records';
import { accessKnown, accountOfRoomName, accountVisible } from './visibility';

interface OpenRoom {
	room: Room;
	projector: Projector;
}

interface Entry {
	opening: Promise<OpenRoom>;
	lastUsed: number;
	/** Opened only to sync it in the background (`syncInBackground`), not used by a page yet. */
	background: boolean;
}

/**
 * Rooms other than the workspace room are let go after this long without use: the read model
 * already holds what the pages show, so a 100,000-user account room (tens of MB decoded) stays
 * in memory only while the person changes data in it (ARCHITECTURE.md, Opening rooms).
 */
export const ROOM_IDLE_MS = 30_000;
const SWEEP_MS = 10_000;

const rooms = new Map<string, Entry>();
/** Rooms a page holds open (`holdRoom`), by key, with how many holds each. */
const held = new Map<string, number>();
let sweeper: ReturnType<typeof setInterval> | null = null;
let projectionErrorHandler: (error: unknown) => void = (error) => console.error(error);

/** Where projection failures are reported (the app's error funnel). */
export function onProjectionError(handler: (error: unknown) => void): void {
	projectionErrorHandler = handler;
}

function key(workspaceId: string, name: string): string {
	return `${workspaceId}/${name}`;
}

/**
 * Opens a room of a workspace once per tab, loads it from IndexedDB and starts projecting it
 * into the read model. The partner account id tells the workspace room which users it owns.
 * Every call counts as a use of the room (see `ROOM_IDLE_MS`).
 */
export function openRoom(
	workspaceId: string,
	name: string,
	partnerAccountId: string | null
): Promise<Room> {
	const k = key(workspaceId, name);
	let entry = rooms.get(k);
	if (!entry) {
		const opening = (async () => {
			const room = await Room.open(workspaceId, name);
			// An account's full record that an earlier version kept in the workspace room moves here
			// before anything reads or writes it (sync/account-records.ts).
			const workspaceEntry = rooms.get(key(workspaceId, `ws:${workspaceId}`));
			if (name.startsWith('acct:') && workspaceEntry)
				await moveAccountRecord((await workspaceEntry.opening).room, room, name.slice(5));
			const projector = new Projector(
				room.doc,
				workspaceDb(workspaceId),
				name,
				projectionsFor(name, partnerAccountId, (id) => accountVisible(workspaceId, id)),
				(error) => projectionErrorHandler(error),
				() => room.stored()
			);
			// Follows the document from here on (its listener is set now); a first full projection
			// of a large room may take a while, and the relay sync does not wait for it: what
			// arrives meanwhile is projected after it.
			const started = projector.start();
			// Synced with the relay while the device is connected to one (relay-client.ts).
			relayClient.attach(room).catch((error: unknown) => projectionErrorHandler(error));
			await started;
			return { room, projector };
		})();
		entry = { opening, lastUsed: Date.now(), background: false };
		rooms.set(k, entry);
		opening.catch(() => rooms.delete(k));
		if (name === `ws:${workspaceId}`)
			opening
				.then(({ room }) => moveAccountRecords(workspaceId, room))
				.catch((error: unknown) => projectionErrorHandler(error));
		startSweeping();
	}
	entry.lastUsed = Date.now();
	entry.background = false;
	return entry.opening.then((e) => e.room);
}

/**
 * Keeps a room open, and so connected to the relay and live, while a page shows it (the account
 * a person is looking at: another administrator's edits appear at once). Returns the release;
 * the room then closes once idle like any other.
 */
export function holdRoom(
	workspaceId: string,
	name: string,
	partnerAccountId: string | null
): () => void {
	const k = key(workspaceId, name);
	let released = false;
	let holding = false;
	// An account the person may not see is never opened (the relay would refuse it anyway).
	const account = accountOfRoomName(name);
	accessKnown(workspaceId)
		.then(() => {
			if (released || (account !== null && !accountVisible(workspaceId, account))) return;
			holding = true;
			held.set(k, (held.get(k) ?? 0) + 1);
			return openRoom(workspaceId, name, partnerAccountId);
		})
		.catch((error: unknown) => projectionErrorHandler(error));
	return () => {
		if (released) return;
		released = true;
		if (!holding) return;
		const left = (held.get(k) ?? 1) - 1;
		if (left > 0) held.set(k, left);
		else held.delete(k);
		const entry = rooms.get(k);
		if (entry) entry.lastUsed = Date.now();
	};
}

/**
 * Brings a room up to date with the relay without keeping it: opens it (projecting what arrives),
 * runs `sync` on it, waits until the read model has it, and closes it again unless a page
 * started using it meanwhile. A room that is open already is synced as it is and left open.
 * The device so keeps every account it may see available offline while holding only a few
 * sockets (ARCHITECTURE.md, Opening rooms).
 */
export async function syncInBackground(
	workspaceId: string,
	name: string,
	sync: (room: Room) => Promise<void>
): Promise<void> {
	// Runs only once access is known: the workspace room opens after it (session.service.ts).
	const account = accountOfRoomName(name);
	if (account !== null && !accountVisible(workspaceId, account)) return;
	const k = key(workspaceId, name);
	const existing = rooms.get(k);
	if (existing) {
		const { room, projector } = await existing.opening;
		await sync(room);
		await projector.flushed();
		return;
	}
	await openRoom(workspaceId, name, null);
	const entry = rooms.get(k);
	if (!entry) return;
	entry.background = true;
	const { room, projector } = await entry.opening;
	try {
		await sync(room);
		await projector.flushed();
	} finally {
		if (rooms.get(k) === entry && entry.background && !held.has(k)) {
			rooms.delete(k);
			projector.stop();
			relayClient.detach(room);
			await room.stored();
			await room.close();
		}
	}
}

/**
 * Moves every customer account's full record that an earlier version kept in the workspace room
 * to the account's own room, one account at a time in the background (each room is opened,
 * moved into and closed again, like a background sync).
 */
async function moveAccountRecords(workspaceId: string, workspaceRoom: Room): Promise<void> {
	for (const id of accountsToMove(workspaceRoom)) {
		// The workspace was closed meanwhile (sign-out): the rest moves the next time.
		if (!rooms.has(key(workspaceId, `ws:${workspaceId}`))) return;
		await syncInBackground(workspaceId, `acct:${id}`, (room) =>
			moveAccountRecord(workspaceRoom, room, id)
		);
	}
}

function startSweeping(): void {
	if (sweeper !== null || typeof setInterval === 'undefined') return;
	sweeper = setInterval(() => void closeIdleRooms(Date.now() - ROOM_IDLE_MS), SWEEP_MS);
}

/** Closes the rooms (never a workspace room) not used since `before`, once projected. */
export async function closeIdleRooms(before: number): Promise<void> {
	const idle = [...rooms.entries()].filter(
		([k, entry]) => entry.lastUsed < before && !held.has(k) && !k.split('/')[1]?.startsWith('ws:')
	);
	await Promise.all(
		idle.map(async ([k, entry]) => {
			const { room, projector } = await entry.opening;
			await projector.flushed();
			// Used again while it was being flushed: keep it.
			if (rooms.get(k) !== entry || entry.lastUsed >= before || held.has(k)) return;
			rooms.delete(k);
			projector.stop();
			relayClient.detach(room);
			await room.stored();
			await room.close();
		})
	);
}

/** Resolves when every change made so far in the workspace's open rooms is in the read model. */
export async function projected(workspaceId: string): Promise<void> {
	const prefix = `${workspaceId}/`;
	const open = [...rooms.entries()].filter(([k]) => k.startsWith(prefix)).map(([, e]) => e);
	await Promise.all(open.map(async (entry) => (await entry.opening).projector.flushed()));
}

/** Projects an open room again from its document (what the person may see changed). */
export async function reprojectRoom(workspaceId: string, name: string): Promise<void> {
	const entry = rooms.get(key(workspaceId, name));
	if (entry) await (await entry.opening).projector.reproject();
}

/** Closes the open rooms of these accounts (`acct:<id>`, `events:<id>:<month>`) at once. */
export async function closeAccountRooms(
	workspaceId: string,
	accountIds: readonly string[]
): Promise<void> {
	const prefix = `${workspaceId}/`;
	const closing = [...rooms.entries()].filter(([k]) => {
		const account = k.startsWith(prefix) ? accountOfRoomName(k.slice(prefix.length)) : null;
		return account !== null && accountIds.includes(account);
	});
	for (const [k] of closing) {
		rooms.delete(k);
		held.delete(k);
	}
	await Promise.all(
		closing.map(async ([, entry]) => {
			const { room, projector } = await entry.opening;
			projector.stop();
			await projector.flushed();
			relayClient.detach(room);
			await room.close();
		})
	);
}

/** Closes every room of a workspace (sign-out, profile switch). */
export async function closeWorkspaceRooms(workspaceId: string): Promise<void> {
	const prefix = `${workspaceId}/`;
	const closing = [...rooms.entries()].filter(([k]) => k.startsWith(prefix));
	for (const [k] of closing) rooms.delete(k);
	await Promise.all(
		closing.map(async ([, entry]) => {
			const { room, projector } = await entry.opening;
			projector.stop();
			relayClient.detach(room);
			await room.close();
		})
	);
}

/** Resolves when every change made so far in the workspace's open rooms is stored on the device. */
export async function storedRooms(workspaceId: string): Promise<void> {
	const prefix = `${workspaceId}/`;
	const open = [...rooms.entries()].filter(([k]) => k.startsWith(prefix)).map(([, e]) => e);
	await Promise.all(open.map(async (entry) => (await entry.opening).room.stored()));
}
