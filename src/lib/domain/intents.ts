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
 * An operation also names the stamp of the latest operation on the same key that its author's
 * device had (`after`, '' for none). Two operations of different kinds made without knowing of
 * each other (each `after` older than the other's stamp): the earlier lost, and that is a
 * conflict to show people (event history, tag `conflict`; a notification to both authors).
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

/** The later of two operations (by stamp, ties by id): the one that wins. */
export function laterIntent<K extends string>(a: Intent<K>, b: Intent<K>): Intent<K> {
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
		winners.set(intent.key, current ? laterIntent(current, intent) : intent);
	}
	return winners;
}

/**
 * The conflicts among operations: two operations on one key conflict when they have different
 * kinds and neither was made knowing of the other (each one's `after` is older than the other's
 * stamp); the later one wins over the earlier. Sorted by the winner's stamp, then the loser's, so
 * every device lists them alike. (`after` is the latest stamp the author's device had on the key:
 * a device that had seen an operation has an `after` at least as late as its stamp.)
 */
export function intentConflicts<K extends string>(
	intents: Iterable<Intent<K>>
): IntentConflict<K>[] {
	const byKey = new Map<string, Map<string, Intent<K>>>();
	for (const intent of intents) {
		let ops = byKey.get(intent.key);
		if (!ops) byKey.set(intent.key, (ops = new Map<string, Intent<K>>()));
		ops.set(intent.id, intent);
	}
	const conflicts: IntentConflict<K>[] = [];
	for (const ops of byKey.values()) {
		const list = [...ops.values()];
		for (const a of list)
			for (const b of list) {
				if (a === b || a.kind === b.kind || laterIntent(a, b) !== b) continue;
				const concurrent = b.after < a.stamp && a.after < b.stamp;
				if (concurrent)
					conflicts.push({ id: `conflict:${a.id}:${b.id}`, key: b.key, winner: b, loser: a });
			}
	}
	return conflicts.sort((x, y) =>
		x.winner.stamp === y.winner.stamp
			? x.loser.stamp < y.loser.stamp
				? -1
				: 1
			: x.winner.stamp < y.winner.stamp
				? -1
				: 1
	);
}

/** The key of an assignment: one manager and one account (spec 14, Concepts). */
export function assignmentKey(managerId: string, accountId: string): string {
	return `assign:${managerId}:${accountId}`;
}

export type AssignmentKind = 'assign' | 'unassign';

/** The accounts assigned to each manager, from the winning operations. */
export function assignedAccounts(
	winners: ReadonlyMap<string, Intent<AssignmentKind>>
): Map<string, Set<string>> {
	const byManager = new Map<string, Set<string>>();
	for (const [key, intent] of winners) {
		if (intent.kind !== 'assign') continue;
		const [, manager = '', account = ''] = key.split(':');
		let set = byManager.get(manager);
		if (!set) byManager.set(manager, (set = new Set()));
		set.add(account);
	}
	return byManager;
}

/** The key of a partner user's role: converted to account manager, or upgraded back. */
export function roleKey(personId: string): string {
	return `role:${personId}`;
}

export type RoleKind = 'convert' | 'upgrade';
export type IntentKind = AssignmentKind | RoleKind;

const KINDS: readonly string[] = ['assign', 'unassign', 'convert', 'upgrade'];

/** An operation as read from a replicated document or the read model, or null when malformed. */
export function parseIntent(value: unknown): Intent<IntentKind> | null {
	if (typeof value !== 'object' || value === null) return null;
	const v = value as Record<string, unknown>;
	const by = v.by as Record<string, unknown> | null | undefined;
	if (
		typeof v.id !== 'string' ||
		typeof v.key !== 'string' ||
		typeof v.kind !== 'string' ||
		!KINDS.includes(v.kind) ||
		typeof v.stamp !== 'string' ||
		typeof v.after !== 'string' ||
		typeof by !== 'object' ||
		by === null ||
		typeof by.id !== 'string' ||
		typeof by.name !== 'string'
	)
		return null;
	return {
		id: v.id,
		key: v.key,
		kind: v.kind as IntentKind,
		stamp: v.stamp,
		after: v.after,
		by: { id: by.id, name: by.name }
	};
}

/** Who is an account manager, and which accounts each manager has, from every operation. */
export interface ManagerState {
	managers: Set<string>;
	assigned: Map<string, Set<string>>;
}

/**
 * The managers and their accounts: a partner user is an account manager while the latest role
 * operation is a conversion; assignments of someone upgraded back no longer matter (spec 14).
 */
export function managerState(intents: Iterable<Intent<IntentKind>>): ManagerState {
	const winners = foldIntents(intents);
	const managers = new Set<string>();
	const assignments = new Map<string, Intent<AssignmentKind>>();
	for (const [key, intent] of winners) {
		if (key.startsWith('role:')) {
			if (intent.kind === 'convert') managers.add(key.slice(5));
		} else if (
			key.startsWith('assign:') &&
			(intent.kind === 'assign' || intent.kind === 'unassign')
		)
			assignments.set(key, intent as Intent<AssignmentKind>);
	}
	const assigned = assignedAccounts(assignments);
	for (const manager of assigned.keys()) if (!managers.has(manager)) assigned.delete(manager);
	return { managers, assigned };
}

/** For each account, the names of the managers assigned to it (the TOTAL ACCOUNT MANAGERS column). */
export function managerNamesByAccount(
	assigned: ReadonlyMap<string, ReadonlySet<string>>,
	managers: readonly { id: string; name: string }[]
): Map<string, string[]> {
	const names = new Map<string, string[]>();
	for (const manager of managers)
		for (const accountId of assigned.get(manager.id) ?? []) {
			const list = names.get(accountId);
			if (list) list.push(manager.name);
			else names.set(accountId, [manager.name]);
		}
	return names;
}
