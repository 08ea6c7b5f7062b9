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

/** Every Account ID that was ever used in the workspace. */
export function usedAccountNumbers(room: Room): Set<string> {
	const used = new Set<string>(room.map(REGISTER).keys());
	for (const value of room.map('accounts').values()) {
		const number = accountNumberOf(decodeRecord(value));
		if (number) used.add(number);
	}
	return used;
}

/**
 * Picks a number that was never used (`pick` gets the used set) and records it for the account,
 * in one transaction so no other write in this tab sees the number free in between.
 */
export function reserveAccountNumber(
	room: Room,
	accountId: string,
	pick: (used: ReadonlySet<string>) => string,
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
