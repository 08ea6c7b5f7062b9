import { workspaceDb } from '$lib/db/workspace.db';
import { Room } from './room';
import { Projector, projectionsFor } from './projection';

interface OpenRoom {
	room: Room;
	projector: Projector;
}

const rooms = new Map<string, Promise<OpenRoom>>();
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
 */
export function openRoom(
	workspaceId: string,
	name: string,
	partnerAccountId: string | null
): Promise<Room> {
	const k = key(workspaceId, name);
	let entry = rooms.get(k);
	if (!entry) {
		entry = (async () => {
			const room = await Room.open(workspaceId, name);
			const projector = new Projector(
				room.doc,
				workspaceDb(workspaceId),
				name,
				projectionsFor(name, partnerAccountId),
				(error) => projectionErrorHandler(error)
			);
			await projector.start();
			return { room, projector };
		})();
		rooms.set(k, entry);
		entry.catch(() => rooms.delete(k));
	}
	return entry.then((e) => e.room);
}

/** Resolves when every change made so far in the workspace's open rooms is in the read model. */
export async function projected(workspaceId: string): Promise<void> {
	const prefix = `${workspaceId}/`;
	const open = [...rooms.entries()].filter(([k]) => k.startsWith(prefix)).map(([, e]) => e);
	await Promise.all(open.map(async (entry) => (await entry).projector.flushed()));
}

/** Closes every room of a workspace (sign-out, profile switch). */
export async function closeWorkspaceRooms(workspaceId: string): Promise<void> {
	const prefix = `${workspaceId}/`;
	const closing = [...rooms.entries()].filter(([k]) => k.startsWith(prefix));
	for (const [k] of closing) rooms.delete(k);
	await Promise.all(
		closing.map(async ([, entry]) => {
			const { room, projector } = await entry;
			projector.stop();
			await room.close();
		})
	);
}
