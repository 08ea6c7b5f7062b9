import type { ImportRow } from '$lib/domain/import-rows';
import { workspaceDb, type ImportDraft } from './workspace.db';

const draftKey = (personId: string, accountId: string) => `${personId} ${accountId}`;

/** The import this person left unfinished in this account, if any. */
export async function importDraft(
	workspaceId: string,
	personId: string,
	accountId: string
): Promise<ImportDraft | null> {
	return (await workspaceDb(workspaceId).importDrafts.get(draftKey(personId, accountId))) ?? null;
}

export async function saveImportDraft(
	workspaceId: string,
	personId: string,
	accountId: string,
	draft: { fileName: string; rows: readonly ImportRow[]; ignored: readonly string[] }
): Promise<void> {
	// Plain rows only (a preview row carries its position key besides).
	const rows = draft.rows.map(({ firstName, lastName, name, email, role, mobile, extension }) => ({
		firstName,
		lastName,
		name,
		email,
		role,
		mobile,
		extension
	}));
	await workspaceDb(workspaceId).importDrafts.put({
		key: draftKey(personId, accountId),
		fileName: draft.fileName,
		rows,
		ignored: [...draft.ignored],
		savedAt: new Date().toISOString()
	});
}

export async function deleteImportDraft(
	workspaceId: string,
	personId: string,
	accountId: string
): Promise<void> {
	await workspaceDb(workspaceId).importDrafts.delete(draftKey(personId, accountId));
}
