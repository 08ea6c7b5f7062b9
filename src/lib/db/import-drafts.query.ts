/**
 * The Import Users preview kept on this device (spec 12, "Resume import"): one draft per person
 * and account, its rows in chunks of `IMPORT_DRAFT_CHUNK` row keys. A save writes only the
 * chunks that changed, one at a time, and a resume reads them one at a time: no step handles
 * all of a 100,000-row preview at once (each would be a long task on the page).
 */
import type { KeyedImportRow } from '$lib/domain/import-rows';
import {
	IMPORT_DRAFT_CHUNK,
	workspaceDb,
	type ImportDraft,
	type ImportDraftChunk
} from './workspace.db';

export { IMPORT_DRAFT_CHUNK };

const draftKey = (personId: string, accountId: string) => `${personId} ${accountId}`;

/** The chunk a row key is saved in. */
export function draftChunkOf(rowKey: number): number {
	return Math.floor((rowKey - 1) / IMPORT_DRAFT_CHUNK);
}

/** The import this person left unfinished in this account (without its rows), if any. */
export async function importDraft(
	workspaceId: string,
	personId: string,
	accountId: string
): Promise<ImportDraft | null> {
	return (await workspaceDb(workspaceId).importDrafts.get(draftKey(personId, accountId))) ?? null;
}

/** The rows of the draft, in order. */
export async function importDraftRows(
	workspaceId: string,
	personId: string,
	accountId: string
): Promise<KeyedImportRow[]> {
	const db = workspaceDb(workspaceId);
	const table = db.importDraftRows;
	const draft = draftKey(personId, accountId);
	// One transaction: a save or a discard meanwhile is seen whole or not at all.
	return db.transaction('r', table, async () => {
		const chunks = await table
			.where('[draft+chunk]')
			.between([draft, -Infinity], [draft, Infinity])
			.primaryKeys();
		const rows: KeyedImportRow[] = [];
		for (const key of chunks) {
			const chunk: ImportDraftChunk | undefined = await table.get(key);
			if (chunk) for (const row of chunk.rows) rows.push(row);
		}
		return rows;
	});
}

export interface DraftChanges {
	fileName: string;
	ignored: readonly string[];
	rowCount: number;
	/** Every chunk is given: those saved before and not given are removed. */
	all: boolean;
	/** The rows of each changed chunk (none: the chunk is now empty). */
	chunks: ReadonlyMap<number, readonly KeyedImportRow[]>;
}

export async function saveImportDraft(
	workspaceId: string,
	personId: string,
	accountId: string,
	changes: DraftChanges
): Promise<void> {
	const db = workspaceDb(workspaceId);
	const draft = draftKey(personId, accountId);
	await db.transaction('rw', db.importDrafts, db.importDraftRows, async () => {
		if (changes.all)
			await db.importDraftRows
				.where('[draft+chunk]')
				.between([draft, -Infinity], [draft, Infinity])
				.delete();
		// One chunk per request: each is copied into the database in a task of its own.
		for (const [chunk, rows] of changes.chunks) {
			if (rows.length === 0) await db.importDraftRows.delete([draft, chunk]);
			else await db.importDraftRows.put({ draft, chunk, rows: [...rows] });
		}
		await db.importDrafts.put({
			key: draft,
			fileName: changes.fileName,
			ignored: [...changes.ignored],
			rowCount: changes.rowCount,
			savedAt: new Date().toISOString()
		});
	});
}

export async function deleteImportDraft(
	workspaceId: string,
	personId: string,
	accountId: string
): Promise<void> {
	const db = workspaceDb(workspaceId);
	const draft = draftKey(personId, accountId);
	await db.transaction('rw', db.importDrafts, db.importDraftRows, async () => {
		await db.importDraftRows
			.where('[draft+chunk]')
			.between([draft, -Infinity], [draft, Infinity])
			.delete();
		await db.importDrafts.delete(draft);
	});
}
