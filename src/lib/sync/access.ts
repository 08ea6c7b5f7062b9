import { managerState, roleKey } from '$lib/domain/intents';
import { forgetWorkspaceKey, deviceSetting, saveDeviceSetting } from '$lib/db/credentials.query';
import { accountNames, localAccountIds } from '$lib/db/accounts.query';
import { dropAccounts } from '$lib/db/readmodel';
import { workspaceDb } from '$lib/db/workspace.db';
import { backgroundSync } from './background-sync';
import { relayClient } from './relay-client';
import { INTENTS_MAP, intentWinners } from './intents';
import { deleteAccountRoomData, type Room } from './room';
import { closeAccountRooms, reprojectRoom } from './rooms';
import { setVisibleAccounts, visibleAccounts } from './visibility';

/**
 * What changed in what the person may see, for telling them (services/session.service.ts). `id`
 * is the same in every tab of the device (the latest operation about the person), so two tabs
 * that both follow the change tell it once.
 */
export type AccessChange = { id: string } & AccessKind;

type AccessKind =
	/** Converted: from now on only the assigned accounts are on this device. */
	| { kind: 'restricted'; removed: number }
	/** Upgraded back: every account again. */
	| { kind: 'unrestricted' }
	/** Assigned accounts changed: the names of those gained and of those removed. */
	| { kind: 'changed'; gained: string[]; lost: string[] };

const settingKey = (workspaceId: string, personId: string) => `access:${workspaceId}:${personId}`;

/** After a change, the relay gets a moment to store the new grant before the feed is asked again. */
const FEED_RETRIES_MS = [1_000, 5_000];

/**
 * What the person saw when the device last knew it (remembered on the device), set before the
 * workspace room opens: an account manager's lists never show, not even for a moment, the
 * accounts the projection would then remove.
 */
export async function restoreAccess(workspaceId: string, personId: string): Promise<void> {
	setVisibleAccounts(
		workspaceId,
		parseAccess(await deviceSetting(settingKey(workspaceId, personId)))
	);
}

/**
 * Follows what the person may see from the workspace room's role and assignment operations
 * (spec 14, "Managers see only their accounts"): an account manager sees the accounts assigned
 * to them and the partner account. An account no longer assigned is dropped from the device at
 * once (its rooms closed, their data deleted, its rows gone from the read model); a new one
 * appears without a reload (the directory entry at once, the rest as its room syncs). A converted
 * administrator's device also forgets the workspace private key. `onChange` tells the person.
 */
export function followAccess(args: {
	room: Room;
	personId: string;
	partnerAccountId: string;
	onChange: (change: AccessChange) => Promise<void>;
}): () => void {
	const { room, personId, partnerAccountId } = args;
	const workspaceId = room.workspaceId;
	let queue = Promise.resolve();
	let stopped = false;
	const check = () => {
		queue = queue
			.then(async () => {
				if (stopped) return;
				const state = managerState(intentWinners(room).values());
				const next = state.managers.has(personId)
					? new Set([...(state.assigned.get(personId) ?? []), partnerAccountId])
					: null;
				const before = visibleAccounts(workspaceId);
				if (same(before, next)) return;
				const kind = await apply(room, before, next);
				const change = kind ? { id: latestAbout(room, personId), ...kind } : null;
				await saveDeviceSetting(
					settingKey(workspaceId, personId),
					next ? { accounts: [...next].sort() } : undefined
				);
				if (change) await args.onChange(change);
			})
			.catch((error: unknown) => console.error('Following what the person may see failed', error));
	};
	const intents = room.map(INTENTS_MAP);
	intents.observe(check);
	check();
	return () => {
		stopped = true;
		intents.unobserve(check);
	};
}

/** The stamp of the latest operation about the person (their role or their assignments). */
function latestAbout(room: Room, personId: string): string {
	let latest = '';
	for (const [key, intent] of intentWinners(room))
		if (
			(key === roleKey(personId) || key.startsWith(`assign:${personId}:`)) &&
			intent.stamp > latest
		)
			latest = intent.stamp;
	return `access:${personId}:${latest}`;
}

async function apply(
	room: Room,
	before: ReadonlySet<string> | null,
	next: ReadonlySet<string> | null
): Promise<AccessKind | null> {
	const workspaceId = room.workspaceId;
	const shown = before ? [...before] : await localAccountIds(workspaceId);
	const lost = next ? shown.filter((id) => !next.has(id)) : [];
	const lostNames = await accountNames(workspaceId, lost);
	setVisibleAccounts(workspaceId, next);
	if (next && !before) await forgetWorkspaceKey(workspaceId);
	await closeAccountRooms(workspaceId, lost);
	await dropAccounts(workspaceDb(workspaceId), lost);
	await deleteAccountRoomData(workspaceId, lost);
	await reprojectRoom(workspaceId, room.name);
	backgroundSync.poke();
	// A room of a gained account refused a moment ago (before the new grant was stored) tries again.
	for (const delay of FEED_RETRIES_MS)
		setTimeout(() => {
			relayClient.retry();
			backgroundSync.poke();
		}, delay);
	if (!next) return before ? { kind: 'unrestricted' } : null;
	if (!before) return { kind: 'restricted', removed: lost.length };
	const gained = [...next].filter((id) => !before.has(id));
	const gainedNames = await accountNames(workspaceId, gained);
	return {
		kind: 'changed',
		gained: gained.flatMap((id) => gainedNames.get(id) ?? []),
		lost: lost.flatMap((id) => lostNames.get(id) ?? [])
	};
}

function same(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
	if (a === null || b === null) return a === b;
	return a.size === b.size && [...a].every((id) => b.has(id));
}

function parseAccess(value: unknown): ReadonlySet<string> | null {
	if (typeof value !== 'object' || value === null) return null;
	const accounts = (value as { accounts?: unknown }).accounts;
	if (!Array.isArray(accounts)) return null;
	return new Set(accounts.filter((a): a is string => typeof a === 'string'));
}
