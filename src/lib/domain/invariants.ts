/**
 * Rules that hold across devices, checked after a merge (ARCHITECTURE.md, "Invariants are checked
 * after a merge"): two devices may each add a user with the same e-mail to one account, or give
 * two accounts the same Account ID, while offline. Each rule decides the same outcome on every
 * device from the records alone.
 */
import { newAccountNumber } from './workspace';

/** How e-mails compare for uniqueness within an account. */
export function emailKey(accountId: string, email: string): string {
	return `${accountId}\u0000${email.trim().toLowerCase()}`;
}

export interface AccountNumberHolder {
	id: string;
	accountNumber: string;
	/** The record stamp of its creation (`_t`): the earlier creation keeps the number. */
	created: string;
}

export interface Renumbering {
	id: string;
	from: string;
	to: string;
}

/**
 * Of accounts that share an Account ID, the one created first (lower creation stamp; ties by id)
 * keeps it; every other gets a new number, drawn from a generator seeded with its own id, so
 * every device that settles the clash gives it the same new number.
 */
export function settleAccountNumberClash(
	holders: readonly AccountNumberHolder[],
	taken: { has(number: string): boolean }
): { keeper: string; renumbered: Renumbering[] } {
	const ordered = [...holders].sort((a, b) =>
		a.created === b.created ? (a.id < b.id ? -1 : 1) : a.created < b.created ? -1 : 1
	);
	const [keeper, ...others] = ordered;
	const given = new Set<string>();
	const used = { has: (n: string) => taken.has(n) || given.has(n) };
	const renumbered = others.map((holder) => {
		const to = newAccountNumber(used, seededRandom(holder.id));
		given.add(to);
		return { id: holder.id, from: holder.accountNumber, to };
	});
	return { keeper: keeper?.id ?? '', renumbered };
}

/** A deterministic generator of integers in [0, 1e9) from a text seed (FNV-1a, then xorshift). */
export function seededRandom(seed: string): () => number {
	let state = 0x811c9dc5;
	for (let i = 0; i < seed.length; i++) {
		state ^= seed.charCodeAt(i);
		state = Math.imul(state, 0x01000193) >>> 0;
	}
	if (state === 0) state = 1;
	return () => {
		state ^= state << 13;
		state >>>= 0;
		state ^= state >>> 17;
		state ^= state << 5;
		state >>>= 0;
		return state % 1_000_000_000;
	};
}

/** A stable id for the event that records one conflict: every device writes the same one. */
export function conflictEventId(kind: string, ids: readonly string[]): string {
	const random = seededRandom(`${kind}:${[...ids].sort().join(',')}`);
	const hex = [random(), random(), random(), random()]
		.map((n) => n.toString(16).padStart(8, '0').slice(-8))
		.join('');
	return `conflict-${hex}`;
}
