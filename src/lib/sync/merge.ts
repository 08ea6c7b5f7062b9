import * as Y from 'yjs';
import {
	isTombstone,
	latestStamp,
	mergeStored,
	sameStored,
	type Stamped,
	type Tombstone
} from '$lib/domain/records';
import { mergeAccountEntry } from '$lib/domain/directory';
import { decodeStored, encodeRecord } from './records';

/** Origin of the transactions that write a merge back. */
export const MERGE_ORIGIN = 'merge';

/** The part of the clock the merge needs: every remote stamp moves it forward. */
export interface StampReceiver {
	receive(stamp: string): { clamped: boolean };
}

type StoredRecord = Stamped<object> | Tombstone;

/**
 * How two versions of a record merge, per map: field by field, except the workspace room's
 * accounts map, whose entries of customer accounts are directory entries (domain/directory.ts).
 */
const MERGES: Readonly<Record<string, (a: StoredRecord, b: StoredRecord) => StoredRecord>> = {
	accounts: mergeAccountEntry
};

function asStored(value: unknown): StoredRecord | null {
	if (isTombstone(value)) return value;
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
	return value;
}

/**
 * Merges concurrent writes of one record field by field, in the product (ARCHITECTURE.md,
 * Merging). Two devices that write the same key concurrently leave one value in the `Y.Map`
 * (Yjs picks by client id, on every device alike); the device whose value was replaced sees it
 * as the key change's `oldValue`, merges it with the new value (newer field stamp wins, ties by
 * node id, which ends every stamp) and writes the merge back when it differs. Every device
 * computes the same merge, so all converge, and neither person's edit to a different field is
 * lost. A plain remote edit that knew the old value merges to itself: nothing is written.
 *
 * Every stamp that arrives also moves this device's clock (`receive`), so its next write is
 * stamped later than anything it has seen; a stamp too far ahead is clamped and reported.
 */
export function mergeRemoteWrites(
	doc: Y.Doc,
	maps: readonly string[],
	clock: StampReceiver,
	isLocal: (origin: unknown) => boolean,
	onClamped: (stamp: string) => void = () => undefined
): () => void {
	const observers = maps.map((name) => {
		const map = doc.getMap<unknown>(name);
		const merge = MERGES[name] ?? mergeStored;
		const observer = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction): void => {
			if (isLocal(transaction.origin) || transaction.origin === MERGE_ORIGIN) return;
			const merges: [string, string][] = [];
			for (const [key, change] of event.changes.keys) {
				if (change.action === 'delete') continue;
				const incoming = asStored(decodeStored(map.get(key)));
				if (!incoming) continue;
				const stamp = latestStamp(incoming);
				if (stamp && clock.receive(stamp).clamped) onClamped(stamp);
				if (change.action !== 'update') continue;
				const replaced = asStored(decodeStored(change.oldValue));
				if (!replaced) continue;
				const merged = merge(incoming, replaced);
				if (!sameStored(merged, incoming)) merges.push([key, encodeRecord(merged)]);
			}
			if (merges.length === 0) return;
			// Written after this transaction's observers, as its own transaction: one update that
			// goes to the relay and the other tabs like any other write.
			doc.transact(() => {
				for (const [key, value] of merges) map.set(key, value);
			}, MERGE_ORIGIN);
		};
		map.observe(observer);
		return () => map.unobserve(observer);
	});
	return () => {
		for (const stop of observers) stop();
	};
}
