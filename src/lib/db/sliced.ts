/**
 * Rows per request of a large write. IndexedDB copies each row when it is handed over, on the
 * page's thread: 10,000 rows in one `bulkPut` hold the page for the better part of a second;
 * slices of this size each take a few milliseconds, and the page answers input between them
 * (within one transaction, the next slice is handed over when the last one is stored).
 *
 * ```ts
 * await inSlices(rows, (slice) => table.bulkPut(slice));
 * ```
 */
export const WRITE_SLICE = 500;

export async function inSlices<T>(
	rows: readonly T[],
	write: (slice: T[]) => Promise<unknown>
): Promise<void> {
	for (let start = 0; start < rows.length; start += WRITE_SLICE)
		await write(rows.slice(start, start + WRITE_SLICE));
}
