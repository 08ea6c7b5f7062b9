import { draftChunkOf, IMPORT_DRAFT_CHUNK, type DraftChanges } from '$lib/db/import-drafts.query';
import type { KeyedImportRow } from '$lib/domain/import-rows';

/** The position of the first row whose key is at least `key` (rows are in key order). */
function firstAtLeast(rows: readonly KeyedImportRow[], key: number): number {
	let low = 0;
	let high = rows.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if ((rows[middle]?.key ?? Infinity) < key) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * Which chunks of an import draft changed since they were saved (`importDraftRows` keeps a
 * chunk per thousand row keys): an edit marks one chunk, a new file all of them. A change made
 * while a save is on its way stays marked for the next save.
 */
export class DraftTracker {
	/** The changed chunks, each with the number of its last change. */
	readonly #dirty = new Map<number, number>();
	/** The number of the change after which every chunk is to be written (0: none). */
	#all = 0;
	#changes = 0;

	mark(rowKeys: Iterable<number>): void {
		const change = ++this.#changes;
		for (const key of rowKeys) this.#dirty.set(draftChunkOf(key), change);
	}

	markAll(): void {
		this.#dirty.clear();
		this.#all = ++this.#changes;
	}

	clear(): void {
		this.#dirty.clear();
		this.#all = 0;
	}

	/** What to write for `rows` (in key order) since the last save (see `saved`). */
	changes(
		rows: readonly KeyedImportRow[],
		meta: { fileName: string; ignored: readonly string[] }
	): DraftChanges & { revision: number } {
		const chunks = new Map<number, KeyedImportRow[]>();
		if (this.#all) {
			for (const row of rows) {
				const chunk = draftChunkOf(row.key);
				const list = chunks.get(chunk);
				if (list) list.push(row);
				else chunks.set(chunk, [row]);
			}
		} else {
			for (const chunk of this.#dirty.keys()) {
				const first = chunk * IMPORT_DRAFT_CHUNK + 1;
				const list: KeyedImportRow[] = [];
				for (let i = firstAtLeast(rows, first); i < rows.length; i += 1) {
					const row = rows[i];
					if (!row || row.key >= first + IMPORT_DRAFT_CHUNK) break;
					list.push(row);
				}
				chunks.set(chunk, list);
			}
		}
		return {
			fileName: meta.fileName,
			ignored: meta.ignored,
			rowCount: rows.length,
			all: this.#all > 0,
			chunks,
			revision: this.#changes
		};
	}

	/** The changes given by `changes` are saved: those made since stay to be saved. */
	saved(changes: { revision: number }): void {
		if (this.#all <= changes.revision) this.#all = 0;
		for (const [chunk, change] of this.#dirty)
			if (change <= changes.revision) this.#dirty.delete(chunk);
	}
}
