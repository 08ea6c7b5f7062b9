/**
 * The last `max` rows a list showed, by id, least recently shown dropped first: rows seen a moment
 * ago (a search typed back with Backspace, a scroll back up) render in the same frame instead of
 * after a database read. Bounded, so a big list keeps only a small part of itself resident; the
 * owner forgets rows that changed (`forget`, or `clear` when anything may have).
 *
 * ```ts
 * const cache = new RowCache<User>(1000);
 * cache.put(users); cache.get('u1'); // → the User, or undefined
 * ```
 */
export class RowCache<T extends { id: string }> {
	readonly #max: number;
	readonly #rows = new Map<string, T>();

	constructor(max: number) {
		this.#max = max;
	}

	get size(): number {
		return this.#rows.size;
	}

	get(id: string): T | undefined {
		const row = this.#rows.get(id);
		if (row !== undefined) {
			// Map keeps insertion order: moving the row to the end marks it as just used.
			this.#rows.delete(id);
			this.#rows.set(id, row);
		}
		return row;
	}

	put(rows: Iterable<T>): void {
		for (const row of rows) {
			this.#rows.delete(row.id);
			this.#rows.set(row.id, row);
		}
		for (const id of this.#rows.keys()) {
			if (this.#rows.size <= this.#max) break;
			this.#rows.delete(id);
		}
	}

	forget(ids: Iterable<string>): void {
		for (const id of ids) this.#rows.delete(id);
	}

	clear(): void {
		this.#rows.clear();
	}
}
