import * as Y from 'yjs';
import { parseIntent, type Intent, type IntentKind } from '$lib/domain/intents';
import { decodeStored } from './records';
import type { Room } from './room';

/** The map of a workspace room that holds the later-intent-wins operations, by operation id. */
export const INTENTS_MAP = 'intents';

const latestByMap = new WeakMap<Y.Map<unknown>, Map<string, string>>();

/**
 * The stamp of the latest operation of each key this device has (what a new operation on the key
 * was made after: domain/intents.ts). Built once per room, then kept by an observer.
 */
function latestStamps(room: Room): Map<string, string> {
	const map = room.map(INTENTS_MAP);
	let latest = latestByMap.get(map);
	if (latest) return latest;
	const found = new Map<string, string>();
	const take = (value: unknown) => {
		const intent = parseIntent(decodeStored(value));
		if (intent && intent.stamp > (found.get(intent.key) ?? '')) found.set(intent.key, intent.stamp);
	};
	for (const value of map.values()) take(value);
	map.observe((event) => {
		for (const key of event.keysChanged as Set<string>) take(map.get(key));
	});
	latestByMap.set(map, found);
	latest = found;
	return latest;
}

/** The stamp of the latest operation on `key` this device has, '' for none. */
export function latestIntentStamp(room: Room, key: string): string {
	return latestStamps(room).get(key) ?? '';
}

/** Every operation of the room (parsed; malformed ones are left out). */
export function storedIntents(room: Room): Intent<IntentKind>[] {
	const intents: Intent<IntentKind>[] = [];
	for (const value of room.map(INTENTS_MAP).values()) {
		const intent = parseIntent(decodeStored(value));
		if (intent) intents.push(intent);
	}
	return intents;
}
