import { LiveQuery } from '$lib/db/live-query.svelte';
import { eventPage, type EventCursor, type EventPage, type EventQuery } from '$lib/db/events.query';
import type { ShownEvent } from '$lib/domain/events';

const EMPTY: EventPage = { rows: [], next: null };

/** One page of the list: open-ended (up to a page size) until the next page starts after it. */
class FeedPage {
	end = $state<EventCursor | null>(null);
	readonly live: LiveQuery<EventPage, { after: EventCursor | null; until: EventCursor | null }>;

	constructor(query: EventQuery, start: EventCursor | null) {
		this.live = new LiveQuery(
			() => ({ after: start, until: this.end }),
			(bounds) => eventPage(query, bounds),
			EMPTY
		);
	}
}

/**
 * The events of one query as a list of live pages (keyset pagination). Each page watches only its
 * own range of the index, so a new event re-reads the page it belongs to (the first one, newest
 * first), not everything loaded; `loadMore` fixes the last page's end and opens the next. With a
 * filter, a page may end after a bounded read with few matches: the table asks for more while
 * its end is in view.
 *
 * ```ts
 * const feed = $derived(new EventFeed({ workspaceId, accountId, filters, order: 'newest' }));
 * // {#each feed.rows as event}…  onscroll: feed.loadMore()
 * ```
 */
export class EventFeed {
	#pages = $state.raw<[FeedPage, ...FeedPage[]]>() as [FeedPage, ...FeedPage[]];
	readonly rows: ShownEvent[] = $derived(this.#pages.flatMap((page) => page.live.current.rows));

	constructor(readonly query: EventQuery) {
		this.#pages = [new FeedPage(query, null)];
	}

	/** The last page is being read (a filtered page may hold few events, or none, yet). */
	get loading(): boolean {
		return !this.#last.live.ready;
	}

	get #last(): FeedPage {
		return this.#pages[this.#pages.length - 1] ?? this.#pages[0];
	}

	/** Every event of the query is loaded. */
	get done(): boolean {
		const last = this.#last;
		return last.live.ready && last.end === null && last.live.current.next === null;
	}

	loadMore(): void {
		const last = this.#last;
		const next = last.live.current.next;
		if (!last.live.ready || last.end !== null || !next) return;
		last.end = next;
		this.#pages = [...this.#pages, new FeedPage(this.query, next)];
	}
}
