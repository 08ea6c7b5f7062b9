/**
 * "Later intent wins" (ARCHITECTURE.md, Merging; spec 14, Collaboration requirements). A decision
 * that two administrators may take at once, on the same thing, possibly offline (assign or
 * unassign an account to a manager; convert an administrator or upgrade a manager) is stored as
 * an operation stamped with the hybrid logical clock, never as a single map value (Yjs decides two
 * writes of one key by client id, not by time). The current state of a key is the fold of its
 * operations: the one with the latest stamp wins (stamps end with the node id, so ties are broken
 * by it). The fold depends only on the set of operations: it is commutative, associative and
 * idempotent, so every device computes the same result in whatever order they arrive.
 *
 * An operation also names the operation on the same key that its author's device knew as the
 * latest (`after`, '' for none). Two operations made after the same one, with different kinds,
 * were made without knowing of each other: the earlier of the two lost, and that is a conflict
 * to show people (event history, tag `conflict`; a notification to both authors).
 */

export interface Intent<K extends string = string> {
	/** Unique per operation (idempotence: an operation delivered twice counts once). */
	id: string;
	/** What the operation decides about, e.g. `<managerId>:<accountId>`. */
	key: string;
	kind: K;
	/** Hybrid-logical-clock stamp (domain/clock.ts): compares as a string. */
	stamp: string;
	/** The stamp of the operation on this key that the author's device saw last, '' for none. */
	after: string;
	by: { id: string; name: string };
}

/** A lost intent and the intent it lost to. */
export interface IntentConflict<K extends string = string> {
	/** The same on every device (both operations' ids): an event written once, everywhere. */
	id: string;
	key: string;
	winner: Intent<K>;
	loser: Intent<K>;
}

function later<K extends string>(a: Intent<K>, b: Intent<K>): Intent<K> {
	if (a.stamp !== b.stamp) return a.stamp > b.stamp ? a : b;
	// One stamp twice means one device made both: impossible for two different operations of a
	// correct clock; the id still decides, the same everywhere.
	return a.id > b.id ? a : b;
}

/** The winning operation of each key. */
export function foldIntents<K extends string>(
	intents: Iterable<Intent<K>>
): Map<string, Intent<K>> {
	const winners = new Map<string, Intent<K>>();
	for (const intent of intents) {
		const current = winners.get(intent.key);
		winners.set(intent.key, current ? later(current, intent) : intent);
	}
	return winners;
}

/**
 * The conflicts among the operations of one key: of operations made after the same one, the
 * latest wins over each earlier one of another kind. Sorted by the winner's stamp, then the
 * loser's, so every device lists them alike.
 */
export function intentConflicts<K extends string>(
	intents: Iterable<Intent<K>>
): IntentConflict<K>[] {
	const unique = new Map<string, Intent<K>>();
	for (const intent of intents) unique.set(intent.id, intent);
	const groups = new Map<string, Intent<K>[]>();
	for (const intent of unique.values()) {
		const group = `${intent.key}\u0000${intent.after}`;
		const list = groups.get(group);
		if (list) list.push(intent);
		else groups.set(group, [intent]);
	}
	const conflicts: IntentConflict<K>[] = [];
	for (const list of groups.values()) {
		if (list.length < 2) continue;
		const winner = list.reduce(later);
		for (const loser of list)
			if (loser !== winner && loser.kind !== winner.kind)
				conflicts.push({
					id: `conflict:${loser.id}:${winner.id}`,
					key: winner.key,
					winner,
					loser
				});
	}
	return conflicts.sort((a, b) =>
		a.winner.stamp === b.winner.stamp
			? a.loser.stamp < b.loser.stamp
				? -1
				: 1
			: a.winner.stamp < b.winner.stamp
				? -1
				: 1
	);
}

/** The key of an assignment: one manager and one account (spec 14, Concepts). */
export function assignmentKey(managerId: string, accountId: string): string {
	return `${managerId}:${accountId}`;
}

export type AssignmentKind = 'assign' | 'unassign';

/** The accounts assigned to each manager, from the winning operations. */
export function assignedAccounts(
	winners: ReadonlyMap<string, Intent<AssignmentKind>>
): Map<string, Set<string>> {
	const byManager = new Map<string, Set<string>>();
	for (const [key, intent] of winners) {
		if (intent.kind !== 'assign') continue;
		const split = key.indexOf(':');
		const manager = key.slice(0, split);
		const account = key.slice(split + 1);
		let set = byManager.get(manager);
		if (!set) byManager.set(manager, (set = new Set()));
		set.add(account);
	}
	return byManager;
}
