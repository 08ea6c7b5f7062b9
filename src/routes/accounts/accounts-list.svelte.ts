import { LiveQuery } from '$lib/db/live-query.svelte';
import {
	accountsVersion,
	combineAccountIds,
	orderedAccountIds,
	searchAccountIds,
	type AccountSort
} from '$lib/db/accounts.query';
import type { AccountStatus } from '$lib/domain/model';
import { handleError } from '$lib/services/handle-error';
// Shared with the users list; it moves to $lib/state once both lists use it.
import { AsyncValue } from './[id]/users/async-value.svelte';

/**
 * The accounts list: status, search and sort, and the ids of the accounts that match, in list
 * order. Order and search are computed separately, each from an index (a keystroke re-runs only
 * the search), and intersected in memory; both run again after any change of the accounts.
 * The rows themselves are loaded per visible window by the table. Must be created while a
 * component initializes.
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

	#workspaceId: () => string;
	/** A new value after every change of the accounts: the id lists are computed again. */
	#version = new LiveQuery(
		() => this.#workspaceId(),
		(id) => accountsVersion(id),
		null as number | null
	);
	#ordered = new AsyncValue(
		() => ({
			workspaceId: this.#workspaceId(),
			status: this.status,
			sort: this.sort,
			descending: this.descending,
			v: this.#version.current
		}),
		// Nothing is read before the version is known: that first read would be thrown away.
		async (p) =>
			p.v === null ? [] : orderedAccountIds(p.workspaceId, p.status, p.sort, p.descending),
		[] as string[],
		handleError
	);
	#searched = new AsyncValue(
		() => ({ workspaceId: this.#workspaceId(), search: this.search, v: this.#version.current }),
		async (p) => (p.v === null ? null : searchAccountIds(p.workspaceId, p.search)),
		null as Set<string> | null,
		handleError
	);

	constructor(workspaceId: () => string) {
		this.#workspaceId = workspaceId;
	}

	/** False until the first list of the chosen status and sort arrived. */
	readonly ready = $derived(
		this.#ordered.computedFor?.v !== null &&
			this.#ordered.computedFor?.status === this.status &&
			this.#ordered.computedFor.sort === this.sort
	);

	/** Ids of the accounts of the chosen status matching the search, in list order. */
	readonly matching = $derived(combineAccountIds(this.#ordered.current, this.#searched.current));

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
