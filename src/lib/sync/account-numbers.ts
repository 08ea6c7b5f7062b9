import type * as Y from 'yjs';
import { decodeRecord } from './records';
import { LOCAL_ORIGIN, type Room } from './room';

/**
 * The register of every Account ID ever given out in a workspace: the map `accountNumbers` of
 * the workspace room, Account ID → `{ accountId, reservedAt }`.
 *
 * Why a separate register: the `accounts` map loses an account's entry when the account is
 * deleted, so it cannot tell which numbers were used before. Entries of this register are only
 * ever added, never removed (not by a delete, not by an undo), so a number is never handed out
 * twice, even after its account is gone. A restored account keeps its number: the register
 * still names it as the owner. The accounts map is read as well, so numbers given out before
 * the register existed (the partner account's) count as used too.
 *
 * Two devices that pick numbers offline at the same moment could in theory pick the same one;
 * with 900 million candidates that chance is negligible, and since the register keeps one owner
 * per number, such a clash would be detectable.
 */
const REGISTER = 'accountNumbers';

export interface AccountNumberEntry {
	accountId: string;
	reservedAt: string;
}

function accountNumberOf(value: unknown): string | null {
	if (typeof value !== 'object' || value === null) return null;
	const number = (value as { accountNumber?: unknown }).accountNumber;
	return typeof number === 'string' ? number : null;
}

/** Account IDs of the accounts map, per map: built once, then kept by an observer. */
const numbersInMaps = new WeakMap<Y.Map<unknown>, Set<string>>();

/**
 * The Account IDs found in the accounts map (numbers only grow: a deleted account's number stays
 * used). Decoding every account on each creation made adding an account slower the more accounts
 * there were; the set is built on first use and then follows the map's changes.
 */
function numbersInAccounts(room: Room): Set<string> {
	const map = room.map('accounts');
	let numbers = numbersInMaps.get(map);
	if (!numbers) {
		const found = new Set<string>();
		for (const value of map.values()) {
			const number = accountNumberOf(decodeRecord(value));
			if (number) found.add(number);
		}
		map.observe((event) => {
			for (const key of event.keysChanged as Set<string>) {
				const number = accountNumberOf(decodeRecord(map.get(key)));
				if (number) found.add(number);
			}
		});
		numbersInMaps.set(map, found);
		numbers = found;
	}
	return numbers;
}

/** Every Account ID that was ever used in the workspace. */
export function usedAccountNumbers(room: Room): { has(number: string): boolean } {
	const register = room.map(REGISTER);
	const inAccounts = numbersInAccounts(room);
	return { has: (number) => register.has(number) || inAccounts.has(number) };
}

/**
 * Picks a number that was never used (`pick` gets the used set) and records it for the account,
 * in one transaction so no other write in this tab sees the number free in between.
 */
export function reserveAccountNumber(
	room: Room,
	accountId: string,
	pick: (used: { has(number: string): boolean }) => string,
	now = new Date().toISOString()
): string {
	let number = '';
	room.doc.transact(() => {
		number = pick(usedAccountNumbers(room));
		room.map(REGISTER).set(number, { accountId, reservedAt: now } satisfies AccountNumberEntry);
	}, LOCAL_ORIGIN);
	return number;
}

/** The account a number was given to, or null when it was never given out. */
export function accountNumberOwner(room: Room, number: string): string | null {
	const entry = room.map(REGISTER).get(number);
	if (typeof entry !== 'object' || entry === null) return null;
	const owner = (entry as { accountId?: unknown }).accountId;
	return typeof owner === 'string' ? owner : null;
}
