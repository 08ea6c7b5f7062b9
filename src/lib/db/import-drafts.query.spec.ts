import { describe, expect, it } from 'vitest';
import type { KeyedImportRow } from '$lib/domain/import-rows';
import {
	deleteImportDraft,
	draftChunkOf,
	importDraft,
	importDraftRows,
	saveImportDraft
} from './import-drafts.query';
import { workspaceDb } from './workspace.db';

const row = (key: number, firstName = `F${key}`): KeyedImportRow => ({
	key,
	firstName,
	lastName: 'L',
	name: '',
	email: `u${key}@example.com`,
	role: '',
	mobile: '',
	extension: ''
});

function chunksOf(rows: KeyedImportRow[]): Map<number, KeyedImportRow[]> {
	const chunks = new Map<number, KeyedImportRow[]>();
	for (const r of rows)
		chunks.set(draftChunkOf(r.key), [...(chunks.get(draftChunkOf(r.key)) ?? []), r]);
	return chunks;
}

describe('import drafts (spec 12, "Resume import")', () => {
	it('saves a preview in chunks, rewrites only the changed ones, and gives the rows back in order', async () => {
		const ws = `drafts-${crypto.randomUUID()}`;
		const rows = Array.from({ length: 2500 }, (_, i) => row(i + 1));
		const meta = { fileName: 'users.csv', ignored: ['Office'] };
		await saveImportDraft(ws, 'p1', 'a1', {
			...meta,
			rowCount: rows.length,
			all: true,
			chunks: chunksOf(rows)
		});
		expect(await importDraft(ws, 'p1', 'a1')).toMatchObject({ ...meta, rowCount: 2500 });
		expect(await importDraftRows(ws, 'p1', 'a1')).toEqual(rows);

		// Row 1,200 edited, row 2 deleted, the rows of keys 2,001 to 2,500 uploaded, a row added.
		const edited = rows
			.filter((r) => r.key !== 2 && r.key <= 2000)
			.map((r) => (r.key === 1200 ? row(1200, 'Édith') : r));
		const after = [...edited, row(2501)];
		await saveImportDraft(ws, 'p1', 'a1', {
			...meta,
			rowCount: after.length,
			all: false,
			chunks: new Map([
				[0, after.filter((r) => draftChunkOf(r.key) === 0)],
				[1, after.filter((r) => draftChunkOf(r.key) === 1)],
				[2, after.filter((r) => draftChunkOf(r.key) === 2)]
			])
		});
		expect(await importDraftRows(ws, 'p1', 'a1')).toEqual(after);
		expect(await workspaceDb(ws).importDraftRows.count()).toBe(3);

		// Another person's draft in the same account is their own.
		expect(await importDraft(ws, 'p2', 'a1')).toBeNull();
		await deleteImportDraft(ws, 'p1', 'a1');
		expect(await importDraft(ws, 'p1', 'a1')).toBeNull();
		expect(await importDraftRows(ws, 'p1', 'a1')).toEqual([]);
	});

	it('a whole save replaces what was saved before, chunks left over included', async () => {
		const ws = `drafts-${crypto.randomUUID()}`;
		const first = Array.from({ length: 3000 }, (_, i) => row(i + 1));
		const save = (rows: KeyedImportRow[]) =>
			saveImportDraft(ws, 'p1', 'a1', {
				fileName: 'other.xlsx',
				ignored: [],
				rowCount: rows.length,
				all: true,
				chunks: chunksOf(rows)
			});
		await save(first);
		const second = [row(1, 'Ann'), row(2, 'Bo')];
		await save(second);
		expect(await importDraftRows(ws, 'p1', 'a1')).toEqual(second);
		expect(await workspaceDb(ws).importDraftRows.count()).toBe(1);
	});
});
