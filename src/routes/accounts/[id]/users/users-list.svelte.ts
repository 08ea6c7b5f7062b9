import { untrack } from 'svelte';
import { LiveQuery } from '$lib/db/live-query.svelte';
import {
	combineUserIds,
	orderedAtPositions,
	ranksOf,
	filterUserIds,
	licensedProducts,
	orderedUserIds,
	patchSearchEntries,
	searchUserIds,
	userSearchEntries,
	watchUserChanges,
	usersVersion,
	type SearchEntries,
	type UserSort
} from '$lib/db/users.query';
import { narrows, positionsMatchingWords, queryWords } from '$lib/domain/text';
import { handleError } from '$lib/services/handle-error';
import { Coalescer } from '$lib/state/coalesce';
import { AsyncValue } from './async-value.svelte';
import { NONE, selectionOf, toggled, type Selection } from './selection';
import {
	NO_FILTERS,
	hasFilters,
	toggleFilter,
	type UserFilters,
	type UserProperty
} from '$lib/domain/user';

interface Scope {
	workspaceId: string;
	accountId: string;
}

/** Up to this many changed users, only their rows are read again for the search words. */
const PATCH_MAX = 2000;

/** Changes of the account's users within this window rebuild the id lists once. */
const REBUILD_WINDOW_MS = 300;

/**
 * The users list of one account: search, filters, sort and selection, and the ids of the rows
 * that match. Order, search and filters are computed separately, each from an index (a keystroke
 * re-runs only the search) and intersected in memory; all three run again when the account's
 * users change, at most once per `REBUILD_WINDOW_MS` while a bulk action or a remote batch lands
 * (`Coalescer`). A run overtaken by a newer keystroke is abandoned: its result is never waited
 * for nor shown. Must be created while a component initializes.
 *
 * ```ts
 * const list = new UsersList(() => ({ workspaceId, accountId }));
 * list.search = 'zoe'; // list.matching → ids of the matching users, in list order
 * ```
 */
export class UsersList {
	search = $state('');
	filters = $state.raw<UserFilters>(NO_FILTERS);
	sort = $state<UserSort>('name');
	descending = $state(false);
	selected = $state.raw<Selection>(NONE);

	#scope: () => Scope;
	/** Changes after every change of the account's users: the id lists are computed again. */
	#version = new LiveQuery(
		() => this.#scope(),
		(p) => usersVersion(p.workspaceId, p.accountId),
		{ count: 0, run: 0 }
	);
	/** The version the id lists are computed for: follows `#version`, coalesced. */
	#settled = $state(0);
	#rebuilds = new Coalescer<number>(REBUILD_WINDOW_MS, (run) => (this.#settled = run));
	#ordered = new AsyncValue(
		() => ({ ...this.#scope(), sort: this.sort, descending: this.descending, v: this.version }),
		(p) => orderedUserIds(p.workspaceId, p.accountId, p.sort, p.descending),
		[] as string[],
		handleError
	);
	/**
	 * The search words of every user of the account, loaded in the background when the list opens
	 * (after its first ids) and again after changes (coalesced like the id lists): a keystroke is
	 * then answered in memory, without a database round trip. Ids and one short text per user,
	 * about 15 MB at 100,000.
	 */
	#entries = new AsyncValue(
		// Only once the first ids are there: the first rows are not kept waiting behind this read.
		() => ({ ...this.#scope(), v: this.version, after: this.ready }),
		(p, signal) => (p.after ? this.#loadEntries(p, signal) : Promise.resolve(null)),
		null as SearchEntries | null,
		handleError
	);
	/** The loaded entries, when they are those of the account's users as they are now. */
	readonly #freshEntries = $derived.by(() => {
		const loaded = this.#entries.computedFor;
		const scope = this.#scope();
		return loaded !== null &&
			loaded.v === this.version &&
			loaded.accountId === scope.accountId &&
			loaded.workspaceId === scope.workspaceId
			? this.#entries.current
			: null;
	});
	/** The search answered in memory: positions in the entries (undefined while they are not fresh). */
	readonly #searchedInMemory = $derived.by(() => {
		const entries = this.#freshEntries;
		if (!entries) return undefined;
		const words = queryWords(this.search);
		if (words.length === 0) return null;
		// Typing on narrows the previous matches: only those are checked again.
		const last = this.#lastMatch;
		const within =
			last && last.entries === entries && narrows(words, last.words) ? last.positions : undefined;
		const positions = positionsMatchingWords(entries.texts, words, within);
		this.#lastMatch = { entries, words, positions };
		return positions;
	});
	/** Where each entry's user is in the list order: a keystroke then sorts only its matches. */
	readonly #ranks = $derived.by(() => {
		const entries = this.#freshEntries;
		return entries ? ranksOf(this.#ordered.current, entries.ids) : null;
	});
	/** The last search answered in memory (a cache, not state): what the next keystroke narrows. */
	#lastMatch: { entries: SearchEntries; words: string[]; positions: number[] } | null = null;
	/** The search answered by the words index, until the entries are loaded (or after changes). */
	#searched = new AsyncValue(
		() => ({
			...this.#scope(),
			search: this.#freshEntries ? '' : this.search,
			v: this.version
		}),
		(p) => searchUserIds(p.workspaceId, p.accountId, p.search),
		null as Set<string> | null,
		handleError
	);
	#filteredIds = new AsyncValue(
		() => ({ ...this.#scope(), filters: this.filters, v: this.version }),
		(p, signal) => filterUserIds(p.workspaceId, p.accountId, p.filters, signal),
		null as Set<string> | null,
		handleError
	);
	/** Whether the Product menu is open (it lists the products found on the account's users). */
	wantProducts = $state(false);
	#products = new AsyncValue(
		() => ({ ...this.#scope(), v: this.wantProducts ? this.version : null }),
		async (p) => (p.v === null ? null : licensedProducts(p.workspaceId, p.accountId)),
		null as string[] | null,
		handleError
	);

	/** Users whose rows changed since the entries were last read (null: anything may have). */
	#changed: string[] | null = [];
	/** The entries loaded last and for which account (the base that changes are applied to). */
	#loaded: { scope: Scope; entries: SearchEntries } | null = null;

	/**
	 * The entries for the account as it is now: after a few users changed, only their rows are
	 * read again (`patchSearchEntries`); after a big change or for another account, all of them.
	 */
	async #loadEntries(scope: Scope, signal: AbortSignal): Promise<SearchEntries> {
		const changed = this.#changed;
		this.#changed = [];
		let done = false;
		// An overtaken run gives its changes back to the next one.
		signal.addEventListener('abort', () => {
			if (done) return;
			if (changed === null || this.#changed === null) this.#changed = null;
			else this.#changed.push(...changed);
		});
		const base = this.#loaded;
		const same =
			base !== null &&
			base.scope.accountId === scope.accountId &&
			base.scope.workspaceId === scope.workspaceId;
		const entries =
			same && changed !== null && changed.length <= PATCH_MAX
				? changed.length === 0
					? base.entries
					: await patchSearchEntries(scope.workspaceId, scope.accountId, base.entries, [...changed])
				: await userSearchEntries(scope.workspaceId, scope.accountId, signal);
		if (signal.aborted) throw new DOMException('The load was overtaken', 'AbortError');
		done = true;
		this.#loaded = { scope: { ...scope }, entries };
		return entries;
	}

	constructor(scope: () => Scope) {
		this.#scope = scope;
		$effect(() => {
			const { workspaceId } = this.#scope();
			return watchUserChanges(workspaceId, (ids) => {
				if (ids === null || this.#changed === null) this.#changed = null;
				else this.#changed.push(...ids);
			});
		});
		$effect(() => {
			const run = this.#version.current.run;
			untrack(() => this.#rebuilds.push(run));
		});
		$effect(() => () => this.#rebuilds.cancel());
	}

	/** A new value after changes of the account's users (for views that load more). */
	get version(): number {
		return this.#settled;
	}

	/** Every user id of the account, in list order. */
	get all(): string[] {
		return this.#ordered.current;
	}

	get total(): number {
		return this.#version.current.count;
	}

	/** False until the first list arrived. */
	get ready(): boolean {
		return this.#ordered.computedFor !== null;
	}

	/** The filters' ids, once computed for the filters chosen now (null: no filter). */
	readonly #filtered = $derived(
		hasFilters(this.filters) && this.#filteredIds.computedFor?.filters === this.filters
			? this.#filteredIds.current
			: null
	);

	/** True while the ids of newly chosen filters are being looked up. */
	readonly filtering = $derived(
		hasFilters(this.filters) && this.#filteredIds.computedFor?.filters !== this.filters
	);

	/** The licensed products of the account's users (null while they are being found). */
	get products(): string[] | null {
		return this.#products.current;
	}

	/** Ids of the users matching search and filters, in list order. */
	readonly matching = $derived.by(() => {
		if (this.filtering) return [];
		const positions = this.#searchedInMemory;
		const ranks = this.#ranks;
		if (positions && ranks) {
			return orderedAtPositions(this.#ordered.current, ranks, positions, this.#filtered);
		}
		const search = positions === undefined ? this.#searched.current : null;
		return combineUserIds(this.#ordered.current, search, this.#filtered);
	});

	readonly allSelected = $derived(
		this.matching.length > 0 && this.matching.every((id) => this.selected.has(id))
	);

	/** What a new search, filter or sort is: the table scrolls back to the top. */
	readonly viewKey = $derived(
		JSON.stringify([this.search, this.filters, this.sort, this.descending])
	);

	sortBy(column: UserSort): void {
		if (this.sort === column) this.descending = !this.descending;
		else {
			this.sort = column;
			this.descending = false;
		}
	}

	toggleProperty(property: UserProperty): void {
		this.filters = toggleFilter(this.filters, { property });
	}

	toggleProduct(product: string): void {
		this.filters = toggleFilter(this.filters, { product });
	}

	toggle(id: string): void {
		this.selected = toggled(this.selected, id);
	}

	/** "Select all": every user matching the current search and filters, or none again. */
	toggleAll(): void {
		this.selected = this.allSelected ? NONE : selectionOf(this.matching);
	}

	clearSelection(): void {
		this.selected = NONE;
	}

	/** A fresh list (another account opened in the same page). */
	reset(): void {
		this.search = '';
		this.filters = NO_FILTERS;
		this.selected = NONE;
	}
}
