import { LiveQuery } from '$lib/db/live-query.svelte';
import {
	combineUserIds,
	facetProducts,
	filterFacets,
	orderedUserIds,
	searchUserIds,
	userFacets,
	usersVersion,
	type UserFacet,
	type UserSort
} from '$lib/db/users.query';
import { handleError } from '$lib/services/handle-error';
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

/**
 * The users list of one account: search, filters, sort and selection, and the ids of the rows
 * that match. Order, search and filters are computed separately (a keystroke re-runs only the
 * search, an index lookup) and intersected in memory; all three run again when the account's
 * users change. Must be created while a component initializes.
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
	#ordered = new AsyncValue(
		() => ({ ...this.#scope(), sort: this.sort, descending: this.descending, v: this.version }),
		(p) => orderedUserIds(p.workspaceId, p.accountId, p.sort, p.descending),
		[] as string[],
		handleError
	);
	#searched = new AsyncValue(
		() => ({ ...this.#scope(), search: this.search, v: this.version }),
		(p) => searchUserIds(p.workspaceId, p.accountId, p.search),
		null as Set<string> | null,
		handleError
	);
	/** Whether the Product menu is open (it lists the products found in the facets). */
	wantProducts = $state(false);
	#facetCache: { key: string; facets: UserFacet[] } | null = null;
	// Facets are read (one pass over the rows) only while a filter or the Product menu needs
	// them, once per version of the data: choosing and removing filters is then instant.
	#facets = new AsyncValue(
		() => {
			const want = hasFilters(this.filters) || this.wantProducts;
			return { ...this.#scope(), v: want ? this.version : null };
		},
		async (p, signal) => {
			if (p.v === null) return null;
			const key = `${p.workspaceId}:${p.accountId}:${p.v}`;
			if (this.#facetCache?.key === key) return this.#facetCache.facets;
			const facets = await userFacets(p.workspaceId, p.accountId, signal);
			this.#facetCache = { key, facets };
			return facets;
		},
		null as UserFacet[] | null,
		handleError
	);

	constructor(scope: () => Scope) {
		this.#scope = scope;
	}

	/** A new value after each change of the account's users (for views that load more). */
	get version(): number {
		return this.#version.current.run;
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

	readonly #filtered = $derived(
		this.#facets.current ? filterFacets(this.#facets.current, this.filters) : null
	);

	/** True while the facets the chosen filters need are being read (a pass over the users). */
	readonly filtering = $derived(hasFilters(this.filters) && this.#facets.current === null);

	/** The licensed products of the account's users (null while they are being found). */
	readonly products = $derived(this.#facets.current ? facetProducts(this.#facets.current) : null);

	/** Ids of the users matching search and filters, in list order. */
	readonly matching = $derived(
		this.filtering
			? []
			: combineUserIds(this.#ordered.current, this.#searched.current, this.#filtered)
	);

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
