import { describe, expect, it } from 'vitest';
import type { KeyedImportRow } from '$lib/domain/import-rows';
import { DraftTracker } from './draft-tracker';

const row = (key: number): KeyedImportRow => ({
	key,
	firstName: `F${key}`,
	lastName: '',
	name: '',
	email: '',
	role: '',
	mobile: '',
	extension: ''
});
const meta = { fileName: 'users.csv', ignored: [] };
const sizes = (chunks: ReadonlyMap<number, readonly KeyedImportRow[]>) =>
	[...chunks].map(([chunk, rows]) => [chunk, rows.length]);

describe('DraftTracker (which chunks of a draft to write)', () => {
	it('writes a new file whole, then only the chunks of the rows changed', () => {
		const rows = Array.from({ length: 2500 }, (_, i) => row(i + 1));
		const tracker = new DraftTracker();
		tracker.markAll();
		const first = tracker.changes(rows, meta);
		expect([first.all, sizes(first.chunks)]).toEqual([
			true,
			[
				[0, 1000],
				[1, 1000],
				[2, 500]
			]
		]);
		tracker.saved(first);
		expect(sizes(tracker.changes(rows, meta).chunks)).toEqual([]);

		// Row 1,500 deleted, row 2,501 added.
		const after = [...rows.filter((r) => r.key !== 1500), row(2501)];
		tracker.mark([1500]);
		tracker.mark([2501]);
		const next = tracker.changes(after, meta);
		expect([next.all, next.rowCount, sizes(next.chunks)]).toEqual([
			false,
			2500,
			[
				[1, 999],
				[2, 501]
			]
		]);
	});

	it('keeps a change made while a save was on its way for the next save', () => {
		const rows = Array.from({ length: 10 }, (_, i) => row(i + 1));
		const tracker = new DraftTracker();
		tracker.mark([3]);
		const saving = tracker.changes(rows, meta);
		tracker.mark([4]);
		tracker.markAll();
		tracker.saved(saving);
		expect(tracker.changes(rows, meta).all).toBe(true);
		const other = new DraftTracker();
		other.mark([3]);
		const pending = other.changes(rows, meta);
		other.mark([2500]);
		other.saved(pending);
		expect(sizes(other.changes(rows, meta).chunks)).toEqual([[2, 0]]);
	});
});
