/**
 * Reads of an account's users, built for 100,000 users in one account (spec 00, "Lists scale").
 *
 * The list is assembled from ids, never from loaded rows:
 * 1. `orderedUserIds`: the account's ids in the chosen order, straight from a compound index
 *    (`getAllKeys`, no values read).
 * 2. `searchUserIds`: the ids whose words start with every query word, matched in memory on
 *    the account's search words (`userSearchEntries`: a few bucket rows, not the users' rows).
 * 3. `filterUserIds`: the ids that pass the chosen filters, from the `*acctFacets` multi-entry
 *    index (`<accountId>:admins`, `<accountId>:product:<id>`, ...): one lookup per chosen value.
 *    The Product menu's values are the index's distinct keys.
 * `combineUserIds` intersects them (pure, in memory, on ids only), and `getUsersByIds` loads just
 * the rows of the visible window.
 *
 * Nothing here reads every row of an account.
 *
 * The big reads (1-3) are meant to run outside Dexie's `liveQuery`, which would record every key
 * they read and cache every row: `usersVersion` is the cheap live query that says when to run
 * them again.
 */
import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { User } from '$lib/domain/model';
import { idsAtPositions, positionsMatchingWords, queryWords, searchText } from '$lib/domain/text';
import {
	emailKey,
	hasFilters,
	productFacet,
	type TakenKeys,
	type UserFilters,
	type UserProperty
} from '$lib/domain/user';
import { measureSince } from '$lib/timing';
import { workspaceDb, type WorkspaceDb } from './workspace.db';
import { toUser, type UserRow } from './rows';
import { accountUsers } from './account-rows';

export { accountUsers };

export type UserSort = 'name' | 'email' | 'extension' | 'modifiedAt';

const SORT_INDEX: Record<UserSort, string> = {
	name: '[accountId+nameKey]',
	email: '[accountId+emailKey]',
	extension: '[accountId+extension]',
	modifiedAt: '[accountId+modifiedAt]'
};

/** Rows read per step when a pass over an account's users is unavoidable. */
export const SCAN_CHUNK = 2000;

export async function countUsers(workspaceId: string): Promise<number> {
	return workspaceDb(workspaceId).users.count();
}

export async function countAccountUsers(workspaceId: string, accountId: string): Promise<number> {
	return accountUsers(workspaceDb(workspaceId), accountId).count();
}

let versionRuns = 0;

/**
 * A live "version" of an account's users: as a live query it runs again after every write of a
 * user of the account and every deletion of a user, and each run returns a new value. Its
 * `count` is the number of users of the account.
 */
export async function usersVersion(
	workspaceId: string,
	accountId: string
): Promise<{ count: number; run: number }> {
	versionRuns += 1;
	return { count: await countAccountUsers(workspaceId, accountId), run: versionRuns };
}

function abortable(signal: AbortSignal | undefined): void {
	if (signal?.aborted) throw new DOMException('The scan was overtaken', 'AbortError');
}

/** Every user id of the account, ordered by the sort's index (ties by id). */
export async function orderedUserIds(
	workspaceId: string,
	accountId: string,
	sort: UserSort,
	descending: boolean
): Promise<string[]> {
	const ids = await workspaceDb(workspaceId)
		.users.where(SORT_INDEX[sort])
		.between([accountId, Dexie.minKey], [accountId, Dexie.maxKey], true, true)
		.primaryKeys();
	return descending ? ids.reverse() : ids;
}

/**
 * The ids of the account's users of whom every query word starts one of their words (name,
 * first/last name, e-mail parts, extension), case- and accent-insensitively; null when the query
 * has no words. Matched on the account's search words (a few bucket rows), so no per-word index
 * entries need writing with every user; the users list keeps those words loaded and answers
 * keystrokes without calling this.
 */
export async function searchUserIds(
	workspaceId: string,
	accountId: string,
	search: string
): Promise<Set<string> | null> {
	const words = queryWords(search);
	if (words.length === 0) return null;
	const entries = await userSearchEntries(workspaceId, accountId);
	return idsAtPositions(entries.ids, positionsMatchingWords(entries.texts, words));
}

/** The words of each user of an account, for searching them in memory: `texts[i]` is `ids[i]`'s. */
export interface SearchEntries {
	ids: string[];
	texts: string[];
}

/**
 * The search words of every user of the account, from the few bucket rows the projection keeps
 * (`search-words.ts`), in no particular order. Abandoned when `signal` aborts meanwhile.
 */
export async function userSearchEntries(
	workspaceId: string,
	accountId: string,
	signal?: AbortSignal
): Promise<SearchEntries> {
	const started = performance.now();
	const buckets = await workspaceDb(workspaceId)
		.searchWords.where('accountId')
		.equals(accountId)
		.toArray();
	abortable(signal);
	const entries: SearchEntries = { ids: [], texts: [] };
	for (const bucket of buckets)
		for (const [id, text] of Object.entries(bucket.texts)) {
			entries.ids.push(id);
			entries.texts.push(text);
		}
	measureSince('search-words', entries.ids.length, started);
	return entries;
}

/**
 * The entries again after some users changed: only those users' rows are read (a user of the
 * account changed or appeared, or left: removed). A new value; `entries` is left as it was.
 */
export async function patchSearchEntries(
	workspaceId: string,
	accountId: string,
	entries: SearchEntries,
	changed: readonly string[]
): Promise<SearchEntries> {
	const rows = await workspaceDb(workspaceId).users.bulkGet([...changed]);
	const ids = [...entries.ids];
	const texts = [...entries.texts];
	changed.forEach((id, i) => {
		const row = rows[i];
		const at = ids.indexOf(id);
		if (row && row.accountId === accountId) {
			if (at >= 0) texts[at] = searchText(row.words);
			else {
				ids.push(id);
				texts.push(searchText(row.words));
			}
		} else if (at >= 0) {
			ids.splice(at, 1);
			texts.splice(at, 1);
		}
	});
	return { ids, texts };
}

/**
 * Tells which users' rows were written or deleted (in this tab or another), as Dexie reports it:
 * the ids for small writes, null for big ones (anything may have changed). Returns the stop.
 */
export function watchUserChanges(
	workspaceId: string,
	onChange: (ids: string[] | null) => void
): () => void {
	const part = `idb://${workspaceDb(workspaceId).name}/users/`;
	const listener = (parts: ObservabilitySet) => {
		const set = parts[part];
		if (set) onChange(singleKeys(set));
	};
	Dexie.on('storagemutated', listener);
	return () => Dexie.on('storagemutated').unsubscribe(listener);
}

function singleKeys(set: IntervalTree): string[] | null {
	const keys: string[] = [];
	const stack: IntervalTree[] = [set];
	while (stack.length > 0) {
		const node = stack.pop();
		if (!node || !('from' in node)) continue;
		if (node.from !== node.to || typeof node.from !== 'string') return null;
		keys.push(node.from);
		if (node.l) stack.push(node.l);
		if (node.r) stack.push(node.r);
	}
	return keys;
}

function facetKey(accountId: string, facet: string): string {
	return `${accountId}:${facet}`;
}

async function idsWithFacet(db: WorkspaceDb, accountId: string, facet: string): Promise<string[]> {
	return db.users.where('acctFacets').equals(facetKey(accountId, facet)).primaryKeys();
}

/** The union of the ids having any of the facets (one index lookup each). */
async function idsWithAnyFacet(
	db: WorkspaceDb,
	accountId: string,
	facets: readonly string[],
	signal?: AbortSignal
): Promise<Set<string>> {
	const lists = await Promise.all(facets.map((f) => idsWithFacet(db, accountId, f)));
	abortable(signal);
	const ids = new Set<string>();
	for (const list of lists) for (const id of list) ids.add(id);
	return ids;
}

/**
 * The ids of the account's users that pass the filters (OR inside a kind, AND across kinds), from
 * the `*acctFacets` index: one lookup per chosen value, never a pass over the rows. Null when no
 * filter is chosen.
 */
export async function filterUserIds(
	workspaceId: string,
	accountId: string,
	filters: UserFilters,
	signal?: AbortSignal
): Promise<Set<string> | null> {
	if (!hasFilters(filters)) return null;
	const db = workspaceDb(workspaceId);
	const kinds: string[][] = [];
	if (filters.properties.length > 0) kinds.push([...filters.properties]);
	if (filters.products.length > 0) kinds.push(filters.products.map(productFacet));
	const sets = await Promise.all(kinds.map((k) => idsWithAnyFacet(db, accountId, k, signal)));
	sets.sort((a, b) => a.size - b.size);
	const [smallest, ...others] = sets;
	if (!smallest) return new Set();
	if (others.length === 0) return smallest;
	return new Set([...smallest].filter((id) => others.every((set) => set.has(id))));
}

/** The licensed product ids found on the account's users, sorted (the index's distinct keys). */
export async function licensedProducts(workspaceId: string, accountId: string): Promise<string[]> {
	const prefix = facetKey(accountId, productFacet(''));
	const keys = await workspaceDb(workspaceId)
		.users.where('acctFacets')
		.between(prefix, `${prefix}\uffff`, true, true)
		.uniqueKeys();
	return keys
		.filter((k): k is string => typeof k === 'string')
		.map((k) => k.slice(prefix.length))
		.sort((a, b) => a.localeCompare(b));
}

/** The ordered ids that pass the search and the filters (null = no restriction). */
export function combineUserIds(
	ordered: readonly string[],
	search: ReadonlySet<string> | null,
	filters: ReadonlySet<string> | null
): string[] {
	if (!search && !filters) return [...ordered];
	return ordered.filter((id) => (!search || search.has(id)) && (!filters || filters.has(id)));
}

/**
 * For each of `ids` (the search entries' ids), its index in `ordered` (-1: not in the list). Computed
 * once per order and entries, so that a keystroke sorts only its matches instead of passing every
 * ordered id through a set (`orderedAtPositions`).
 */
export function ranksOf(ordered: readonly string[], ids: readonly string[]): Int32Array {
	const rank = new Map<string, number>();
	ordered.forEach((id, i) => rank.set(id, i));
	const out = new Int32Array(ids.length);
	ids.forEach((id, i) => (out[i] = rank.get(id) ?? -1));
	return out;
}

/**
 * The ordered ids at the search matches' `positions` (indexes into the entries that `ranks` was
 * computed for), in list order, restricted to `filters` (null = no restriction): the same as
 * `combineUserIds` with the matches as a set, in time proportional to the matches.
 */
export function orderedAtPositions(
	ordered: readonly string[],
	ranks: Int32Array,
	positions: readonly number[],
	filters: ReadonlySet<string> | null
): string[] {
	const found = new Int32Array(positions.length);
	let n = 0;
	for (const position of positions) {
		const rank = ranks[position] ?? -1;
		if (rank >= 0) found[n++] = rank;
	}
	const sorted = found.subarray(0, n).sort();
	const out: string[] = [];
	let previous = -1;
	for (const rank of sorted) {
		if (rank === previous) continue;
		previous = rank;
		const id = ordered[rank];
		if (id !== undefined && (!filters || filters.has(id))) out.push(id);
	}
	return out;
}

export interface UserListQuery {
	workspaceId: string;
	accountId: string;
	search: string;
	filters: UserFilters;
	sort: UserSort;
	descending: boolean;
}

/** The ordered ids of the users matching search and filters (the list's rows, as ids). */
export async function listUserIds(q: UserListQuery): Promise<string[]> {
	const [ordered, search, filters] = await Promise.all([
		orderedUserIds(q.workspaceId, q.accountId, q.sort, q.descending),
		searchUserIds(q.workspaceId, q.accountId, q.search),
		filterUserIds(q.workspaceId, q.accountId, q.filters)
	]);
	return combineUserIds(ordered, search, filters);
}

/** The users with these ids, in the same order (missing ones, e.g. just deleted, are left out). */
export async function getUsersByIds(workspaceId: string, ids: readonly string[]): Promise<User[]> {
	const rows = await workspaceDb(workspaceId).users.bulkGet([...ids]);
	return rows.filter((r): r is UserRow => r !== undefined).map(toUser);
}

export async function getUser(workspaceId: string, id: string): Promise<User | null> {
	const row = await workspaceDb(workspaceId).users.get(id);
	return row ? toUser(row) : null;
}

/** Ids of the account's users with this e-mail address (compared case-insensitively). */
export async function userIdsWithEmail(
	workspaceId: string,
	accountId: string,
	email: string
): Promise<string[]> {
	return workspaceDb(workspaceId)
		.users.where('[accountId+emailKey]')
		.equals([accountId, emailKey(email)])
		.primaryKeys();
}

/** Ids of the account's users with this extension. */
export async function userIdsWithExtension(
	workspaceId: string,
	accountId: string,
	extension: string
): Promise<string[]> {
	return workspaceDb(workspaceId)
		.users.where('[accountId+extension]')
		.equals([accountId, extension])
		.primaryKeys();
}

/**
 * Which of the given e-mail keys and extensions users of the account already have (a bulk add
 * checks all its rows in two index lookups).
 */
export async function takenKeys(
	workspaceId: string,
	accountId: string,
	emailKeys: readonly string[],
	extensions: readonly string[]
): Promise<TakenKeys> {
	const users = workspaceDb(workspaceId).users;
	const [emails, exts] = await Promise.all([
		emailKeys.length
			? users
					.where('[accountId+emailKey]')
					.anyOf(emailKeys.map((k) => [accountId, k]))
					.keys()
			: [],
		extensions.length
			? users
					.where('[accountId+extension]')
					.anyOf(extensions.map((x) => [accountId, x]))
					.keys()
			: []
	]);
	const second = (key: unknown): string[] =>
		Array.isArray(key) && typeof key[1] === 'string' ? [key[1]] : [];
	return { emails: new Set(emails.flatMap(second)), extensions: new Set(exts.flatMap(second)) };
}

/**
 * Every e-mail key and extension used in the account, read from the two indexes alone (no user
 * is read): what an import preview checks its rows against, whatever is edited in it.
 */
export async function accountTakenKeys(workspaceId: string, accountId: string): Promise<TakenKeys> {
	const users = workspaceDb(workspaceId).users;
	const range = (index: string) =>
		users.where(index).between([accountId, ''], [accountId, '\uffff'], true, true).keys();
	const [emails, extensions] = await Promise.all([
		range('[accountId+emailKey]'),
		range('[accountId+extension]')
	]);
	const seconds = (keys: unknown[]): Set<string> => {
		const found = new Set<string>();
		for (const key of keys)
			if (Array.isArray(key) && typeof key[1] === 'string' && key[1] !== '') found.add(key[1]);
		return found;
	};
	return { emails: seconds(emails), extensions: seconds(extensions) };
}

/** How many of the given users (or all of the account's) are registered, unregistered, admins. */
export interface UserStats {
	total: number;
	registered: number;
	unregistered: number;
	admins: number;
}

export async function userStats(
	workspaceId: string,
	accountId: string,
	ids: readonly string[] | null
): Promise<UserStats> {
	const stats: UserStats = { total: 0, registered: 0, unregistered: 0, admins: 0 };
	const add = (rows: (UserRow | undefined)[]) => {
		for (const row of rows) {
			if (!row) continue;
			stats.total += 1;
			if (row.registration === 'registered') stats.registered += 1;
			else stats.unregistered += 1;
			if (row.role !== 'user') stats.admins += 1;
		}
	};
	if (ids === null) {
		// The whole account: counted on the indexes, no row read.
		const db = workspaceDb(workspaceId);
		const count = (facet: UserProperty) =>
			db.users.where('acctFacets').equals(facetKey(accountId, facet)).count();
		const [total, registered, admins] = await Promise.all([
			countAccountUsers(workspaceId, accountId),
			count('registered'),
			count('admins')
		]);
		return { total, registered, unregistered: total - registered, admins };
	}
	const table = workspaceDb(workspaceId).users;
	for (let start = 0; start < ids.length; start += SCAN_CHUNK)
		add(await table.bulkGet(ids.slice(start, start + SCAN_CHUNK)));
	return stats;
}
