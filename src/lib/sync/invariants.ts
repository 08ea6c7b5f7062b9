import type * as Y from 'yjs';
import { parseStamp } from '$lib/domain/clock';
import { emailKey, settleAccountNumberClash } from '$lib/domain/invariants';
import { stampPatch, type Stamped } from '$lib/domain/records';
import {
	intentConflicts,
	parseIntent,
	type Intent,
	type IntentConflict,
	type IntentKind
} from '$lib/domain/intents';
import { MERGE_ORIGIN, type StampReceiver } from './merge';
import { INTENTS_MAP } from './intents';
import { decodeRecord, decodeStored, encodeRecord } from './records';

interface Party {
	id: string;
	name: string;
}

/** What a check after a merge found (and, for Account IDs, settled). */
export type Conflict =
	| {
			kind: 'duplicate_email';
			accountId: string;
			email: string;
			/** The users that share it, by id; a person decides which one to change. */
			users: Party[];
			/** When the later of them was created (ISO, from its stamp): the same on every device. */
			at: string;
	  }
	| {
			/** A record that names another account than the room it arrived in: not projected. */
			kind: 'rejected_record';
			room: string;
			/** The account of the room (whose history says so). */
			accountId: string;
			recordId: string;
			claimedAccountId: string;
			at: string;
	  }
	| {
			kind: 'duplicate_account_id';
			accountNumber: string;
			keeper: Party;
			renumbered: (Party & { to: string })[];
			at: string;
	  }
	| {
			/** Two intents on one key made without knowing of each other: the later won (domain/intents.ts). */
			kind: 'lost_intent';
			conflict: IntentConflict<IntentKind>;
			/** The winner's time (ISO, from its stamp): the same on every device. */
			at: string;
	  };

type ConflictListener = (conflict: Conflict) => void;
const listeners = new Set<ConflictListener>();

/** Tells `listener` of every conflict a room of this tab finds after a merge. */
export function onConflict(listener: ConflictListener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

type Live = Record<string, unknown> & { _t?: string };

function live(value: unknown): Live | null {
	const record = decodeRecord(value);
	return typeof record === 'object' && record !== null ? (record as Live) : null;
}

function text(record: Live, key: string): string {
	const value = record[key];
	return typeof value === 'string' ? value : '';
}

function isoOf(stamp: string | undefined): string {
	const wall = stamp ? parseStamp(stamp)?.wall : undefined;
	return new Date(wall ?? 0).toISOString();
}

/**
 * An index of one map's records by a key (e-mail within an account, Account ID), kept up to date
 * from every transaction once built (built on first use, from the map as it is).
 */
class KeyIndex {
	readonly #byKey = new Map<string, Set<string>>();
	readonly #keyOf = new Map<string, string>();

	constructor(
		map: Y.Map<unknown>,
		readonly keyFor: (record: Live) => string | null
	) {
		for (const [id, value] of map) this.update(id, value);
	}

	update(id: string, value: unknown): void {
		const record = live(value);
		const next = record ? this.keyFor(record) : null;
		const previous = this.#keyOf.get(id);
		if (previous === next) return;
		if (previous !== undefined) {
			const ids = this.#byKey.get(previous);
			ids?.delete(id);
			if (ids?.size === 0) this.#byKey.delete(previous);
		}
		if (next === null) {
			this.#keyOf.delete(id);
			return;
		}
		this.#keyOf.set(id, next);
		let ids = this.#byKey.get(next);
		if (!ids) this.#byKey.set(next, (ids = new Set()));
		ids.add(id);
	}

	keyOfId(id: string): string | undefined {
		return this.#keyOf.get(id);
	}

	idsOf(key: string): string[] {
		return [...(this.#byKey.get(key) ?? [])].sort();
	}

	has(key: string): boolean {
		return this.#byKey.has(key);
	}
}

/**
 * Checks a room's records after every remote change (ARCHITECTURE.md, "Invariants are checked
 * after a merge"): two users of one account with the same e-mail are reported for a person to
 * resolve; two accounts with the same Account ID are settled at once, the same way on every
 * device (the account created first keeps it, the other gets a number its own id determines),
 * and reported. Local writes are checked by the domain before they are made.
 */
export function checkAfterMerge(
	doc: Y.Doc,
	clock: StampReceiver & { now(): string },
	isLocal: (origin: unknown) => boolean
): () => void {
	const users = doc.getMap<unknown>('users');
	const accounts = doc.getMap<unknown>('accounts');
	const register = doc.getMap<unknown>('accountNumbers');
	let emails: KeyIndex | null = null;
	let numbers: KeyIndex | null = null;
	const reported = new Set<string>();

	const onUsers = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction): void => {
		const remote = !isLocal(transaction.origin) && transaction.origin !== MERGE_ORIGIN;
		if (!emails && !remote) return;
		if (emails) {
			for (const key of event.keysChanged as Set<string>) emails.update(key, users.get(key));
		} else {
			// Built from the map as it is now, this change included.
			emails = new KeyIndex(users, (r) =>
				text(r, 'email') ? emailKey(text(r, 'accountId'), text(r, 'email')) : null
			);
		}
		if (!remote) return;
		for (const key of event.keysChanged as Set<string>) {
			const group = emails.keyOfId(key);
			if (group === undefined || reported.has(group)) continue;
			const ids = emails.idsOf(group);
			if (ids.length < 2) continue;
			reported.add(group);
			const records = ids.map((id) => live(users.get(id))).filter((r): r is Live => r !== null);
			const first = records[0];
			if (!first) continue;
			emit({
				kind: 'duplicate_email',
				accountId: text(first, 'accountId'),
				email: text(first, 'email'),
				users: records.map((r) => ({ id: text(r, 'id'), name: text(r, 'name') })),
				at: isoOf(
					records
						.map((r) => r._t ?? '')
						.sort()
						.at(-1)
				)
			});
		}
	};

	const onAccounts = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction): void => {
		const remote = !isLocal(transaction.origin) && transaction.origin !== MERGE_ORIGIN;
		if (!numbers && !remote) return;
		if (numbers) {
			for (const key of event.keysChanged as Set<string>) numbers.update(key, accounts.get(key));
		} else {
			numbers = new KeyIndex(accounts, (r) => text(r, 'accountNumber') || null);
		}
		if (!remote) return;
		const index = numbers;
		const clashes = new Set<string>();
		for (const key of event.keysChanged as Set<string>) {
			const number = index.keyOfId(key);
			if (number !== undefined && index.idsOf(number).length > 1) clashes.add(number);
		}
		for (const number of clashes) settle(number, index);
	};

	function settle(number: string, index: KeyIndex): void {
		const records = index
			.idsOf(number)
			.map((id) => live(accounts.get(id)))
			.filter((r): r is Live => r !== null);
		const outcome = settleAccountNumberClash(
			records.map((r) => ({ id: text(r, 'id'), accountNumber: number, created: r._t ?? '' })),
			{ has: (n) => register.has(n) || index.has(n) }
		);
		const byId = new Map(records.map((r) => [text(r, 'id'), r]));
		doc.transact(() => {
			const kept = byId.get(outcome.keeper);
			register.set(number, { accountId: outcome.keeper, reservedAt: isoOf(kept?._t) });
			for (const { id, to } of outcome.renumbered) {
				const current = byId.get(id);
				if (!current) continue;
				const stamped = current as Stamped<Live>;
				accounts.set(id, encodeRecord(stampPatch(stamped, { accountNumber: to }, clock.now())));
				register.set(to, { accountId: id, reservedAt: isoOf(current._t) });
			}
		}, MERGE_ORIGIN);
		const keeper = byId.get(outcome.keeper);
		emit({
			kind: 'duplicate_account_id',
			accountNumber: number,
			keeper: { id: outcome.keeper, name: keeper ? text(keeper, 'name') : '' },
			renumbered: outcome.renumbered.map((r) => ({
				id: r.id,
				name: text(byId.get(r.id) ?? {}, 'name'),
				to: r.to
			})),
			at: isoOf(
				records
					.map((r) => r._t ?? '')
					.sort()
					.at(-1)
			)
		});
	}

	// Later-intent-wins operations: an operation from another device made without knowing of one
	// this device has on the same key, with another kind, makes a conflict to report.
	const intents = doc.getMap<unknown>(INTENTS_MAP);
	let byGroup: Map<string, Intent<IntentKind>[]> | null = null;
	const groupOf = (intent: Intent<IntentKind>) => intent.key;
	const addToGroups = (groups: Map<string, Intent<IntentKind>[]>, value: unknown) => {
		const intent = parseIntent(decodeStored(value));
		if (!intent) return null;
		const group = groups.get(groupOf(intent));
		if (!group) groups.set(groupOf(intent), [intent]);
		else if (!group.some((i) => i.id === intent.id)) group.push(intent);
		return intent;
	};
	const onIntents = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction): void => {
		const remote = !isLocal(transaction.origin) && transaction.origin !== MERGE_ORIGIN;
		if (!byGroup && !remote) return;
		let touched: Intent<IntentKind>[] = [];
		if (!byGroup) {
			// Built from the map as it is now, this change included.
			const groups = new Map<string, Intent<IntentKind>[]>();
			for (const value of intents.values()) addToGroups(groups, value);
			byGroup = groups;
			for (const key of event.keysChanged as Set<string>) {
				const intent = parseIntent(decodeStored(intents.get(key)));
				if (intent) touched.push(intent);
			}
		} else {
			const groups = byGroup;
			touched = [...(event.keysChanged as Set<string>)]
				.map((key) => addToGroups(groups, intents.get(key)))
				.filter((i): i is Intent<IntentKind> => i !== null);
		}
		if (!remote) return;
		for (const intent of touched)
			for (const conflict of intentConflicts(byGroup.get(groupOf(intent)) ?? [])) {
				if (reported.has(conflict.id)) continue;
				reported.add(conflict.id);
				emit({ kind: 'lost_intent', conflict, at: isoOf(conflict.winner.stamp) });
			}
	};

	users.observe(onUsers);
	accounts.observe(onAccounts);
	intents.observe(onIntents);
	return () => {
		users.unobserve(onUsers);
		accounts.unobserve(onAccounts);
		intents.unobserve(onIntents);
	};
}

export function emit(conflict: Conflict): void {
	for (const listener of listeners) listener(conflict);
}
