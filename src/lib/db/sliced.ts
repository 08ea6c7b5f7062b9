import type { Table } from 'dexie';

/**
 * Rows per request of a large write. IndexedDB copies each row when it is handed over, on the
 * page's thread: 10,000 rows in one `bulkPut` hold the page for the better part of a second;
 * slices of this size each take a few milliseconds, and the page answers input between them
 * (within one transaction, the next slice is handed over when the last one is stored).
 */
export const WRITE_SLICE = 500;

export async function bulkPutSliced<T, K>(table: Table<T, K>, rows: readonly T[]): Promise<void> {
	for (let start = 0; start < rows.length; start += WRITE_SLICE)
		await table.bulkPut(rows.slice(start, start + WRITE_SLICE));
}

export async function bulkAddSliced<T, K>(table: Table<T, K>, rows: readonly T[]): Promise<void> {
	for (let start = 0; start < rows.length; start += WRITE_SLICE)
		await table.bulkAdd(rows.slice(start, start + WRITE_SLICE));
}
