import * as Y from 'yjs';
import { laterIntent, parseIntent, type Intent, type IntentKind } from '$lib/domain/intents';
import { decodeStored } from './records';
import type { Room } from './room';

/** The map of a workspace room that holds the later-intent-wins operations, by operation id. */
export const INTENTS_MAP = 'intents';

const winnersByMap = new WeakMap<Y.Map<unknown>, Map<string, Intent<IntentKind>>>();

/**
 * The winning operation of each key in the room (the fold of domain/intents.ts), built once per
 * room and then kept by an observer: a service reads the current state without parsing every
 * operation again (a 10,000-account assignment runs in many chunks). Its stamp is also what a new
 * operation on the key was made after.
 */
export function intentWinners(room: Room): ReadonlyMap<string, Intent<IntentKind>> {
	const map = room.map(INTENTS_MAP);
	const known = winnersByMap.get(map);
	if (known) return known;
	const winners = new Map<string, Intent<IntentKind>>();
	const take = (value: unknown) => {
		const intent = parseIntent(decodeStored(value));
		if (!intent) return;
		const current = winners.get(intent.key);
		winners.set(intent.key, current ? laterIntent(current, intent) : intent);
	};
	for (const value of map.values()) take(value);
	map.observe((event) => {
		for (const key of event.keysChanged as Set<string>) take(map.get(key));
	});
	winnersByMap.set(map, winners);
	return winners;
}

/** The stamp of the latest operation on `key` this device has, '' for none. */
export function latestIntentStamp(room: Room, key: string): string {
	return intentWinners(room).get(key)?.stamp ?? '';
}
