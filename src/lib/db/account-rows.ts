/**
 * The rows of one account in the per-account read-model tables, on the compound index each table
 * leads with the account (v8 has no plain `accountId` index: fewer entries per written row).
 */
import Dexie from 'dexie';
import type { WorkspaceDb } from './workspace.db';

/** The users of one account, on `[accountId+nameKey]`. */
export function accountUsers(db: WorkspaceDb, accountId: string) {
	return db.users
		.where('[accountId+nameKey]')
		.between([accountId, Dexie.minKey], [accountId, Dexie.maxKey], true, true);
}

/** The events of one account, on `[accountId+eventDate]`. */
export function accountEvents(db: WorkspaceDb, accountId: string) {
	return db.events
		.where('[accountId+eventDate]')
		.between([accountId, Dexie.minKey], [accountId, Dexie.maxKey], true, true);
}
