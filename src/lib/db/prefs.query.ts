import { workspaceDb } from './workspace.db';

/**
 * Local-only preferences of a person on this device (never replicated). Values are returned as
 * stored: the caller validates them, since an older app version may have written another shape.
 */
export async function readPref(workspaceId: string, key: string): Promise<unknown> {
	return (await workspaceDb(workspaceId).prefs.get(key))?.value ?? null;
}

export async function writePref(workspaceId: string, key: string, value: unknown): Promise<void> {
	await workspaceDb(workspaceId).prefs.put({ key, value });
}

export async function deletePref(workspaceId: string, key: string): Promise<void> {
	await workspaceDb(workspaceId).prefs.delete(key);
}

/** The key of a person's event-history columns (order and visibility). */
export function eventColumnsPrefKey(personId: string): string {
	return `eventHistory.columns:${personId}`;
}
