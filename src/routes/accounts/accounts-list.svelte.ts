import { LiveQuery } from '$lib/db/live-query.svelte';
import {
	combineAccountIds,
	firstAccountRows,
	orderedAccountIds,
	searchAccountIds,
	type AccountListRow,
	type AccountSort
} from '$lib/db/accounts.query';
import type { AccountStatus } from '$lib/domain/model';
import { queryWords } from '$lib/domain/text';

/** Rows read ahead of the whole order, so the first screen shows at once. */
const FIRST_PAGE = 60;

interface Order {
	workspaceId: string;
	status: AccountStatus;
	sort: AccountSort;
	descending: boolean;
}

/** What was read, with the order (status, sort) or search it was read for. */
interface ReadFor<T> {
	for: string;
	value: T;
}

/** Rows by account id (a plain lookup, replaced whole with each read). */
function byId(rows: readonly AccountListRow[]): ReadonlyMap<string, AccountListRow> {
	return new Map(rows.map((r) => [r.account.id, r]));
}

function orderKey(o: Order): string {
	return `${o.workspaceId}|${o.status}|${o.sort}|${o.descending}`;
}

/**
 * The accounts list: status, search and sort, and the ids of the accounts that match, in list
 * order. Order and search are read separately, each from an index (a keystroke re-runs only the
 * search), and intersected in memory; each is a live query, so it runs again when the accounts
 * it read change. The first screen (ids and rows) is read on its own, ahead of the whole order;
 * other rows are loaded per visible window by the table.
 *
 * ```ts
 * const list = new AccountsList(() => workspaceId);
 * list.search = 'nord'; // list.matching → ids of the matching accounts, in list order
 * ```
 */
export class AccountsList {
	status = $state<AccountStatus>('active');
	search = $state('');
	sort = $state<AccountSort>('name');
	descending = $state(false);

	readonly #workspaceId: () => string;

	constructor(workspaceId: () => string) {
		this.#workspaceId = workspaceId;
	}

	readonly #order = $derived.by((): Order => ({
		workspaceId: this.#workspaceId(),
		status: this.status,
		sort: this.sort,
		descending: this.descending
	}));
	readonly #key = $derived(orderKey(this.#order));
	#first = new LiveQuery(
		() => this.#order,
		async (o): Promise<ReadFor<AccountListRow[]>> => ({
			for: orderKey(o),
			value: await firstAccountRows(o.workspaceId, o.status, o.sort, o.descending, FIRST_PAGE)
		}),
		null
	);
	// Asked for once the first screen is read: IndexedDB would answer the long read first.
	#ordered = new LiveQuery(
		() => (this.#first.current?.for === this.#key ? this.#order : null),
		async (o): Promise<ReadFor<string[]> | null> =>
			o && {
				for: orderKey(o),
				value: await orderedAccountIds(o.workspaceId, o.status, o.sort, o.descending)
			},
		null
	);
	#searched = new LiveQuery(
		() => ({ workspaceId: this.#workspaceId(), search: this.search }),
		async (p): Promise<ReadFor<Set<string> | null>> => ({
			for: p.search,
			value: await searchAccountIds(p.workspaceId, p.search)
		}),
		null
	);

	/** True once the whole order of the chosen status and sort is known. */
	readonly ready = $derived(this.#ordered.current?.for === this.#key);

	/** The rows of the first screen, read ahead (empty once they no longer fit the order). */
	readonly firstRows: ReadonlyMap<string, AccountListRow> = $derived(
		byId(this.#first.current?.for === this.#key ? this.#first.current.value : [])
	);

	/**
	 * Ids of the accounts of the chosen status matching the search, in list order. Until the whole
	 * order is read, the first screen of it (without a search); until a new search's ids are
	 * read, the previous search's matches.
	 */
	readonly matching = $derived.by((): string[] => {
		const searching = queryWords(this.search).length > 0;
		const ordered = this.#ordered.current;
		if (ordered?.for === this.#key) {
			const searched = this.#searched.current?.value ?? null;
			return searching ? combineAccountIds(ordered.value, searched) : ordered.value;
		}
		return searching ? [] : [...this.firstRows.keys()];
	});

	/** How many accounts match, once known (null while the order is read). */
	readonly count = $derived(this.ready ? this.matching.length : null);

	/** What a new search, status or sort is: the table scrolls back to the top. */
	readonly viewKey = $derived(
		JSON.stringify([this.status, this.search, this.sort, this.descending])
	);

	sortBy(column: AccountSort): void {
		if (this.sort === column) this.descending = !this.descending;
		else {
			this.sort = column;
			this.descending = false;
		}
	}
}
