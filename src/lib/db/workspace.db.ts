import Dexie, { type EntityTable, type Table } from 'dexie';
import type { ImportRow, KeyedImportRow } from '$lib/domain/import-rows';
import type { AppNotification, Workspace } from '$lib/domain/model';
import type { Intent, IntentKind } from '$lib/domain/intents';
import type { AccountRow, AccountStatsRow, EventRow, SearchWordsRow, UserRow } from './rows';
import { foldText, wordsOf } from '$lib/domain/text';
import { userFacets } from '$lib/domain/user';
import { recountAllUsers } from './account-stats';
import { rebuildSearchWords } from './search-words';

/** Where the projection of one room stands: the Y.Doc state vector it last projected. */
export interface ProjectionState {
	room: string;
	stateVector: Uint8Array;
}

/** Local-only preferences of a person on this device (table settings, ...). */
export interface PersonPref {
	key: string;
	value: unknown;
}

export type OutboxKind = 'welcome' | 'password_reset' | 'deployment' | 'support_reminder';

/** An e-mail the app "sent": kept on this device only (spec 19, Outbox). */
export interface OutboxRow {
	id: string;
	createdAt: string;
	status: 'queued' | 'sent';
	sentAt: string;
	kind: OutboxKind;
	accountId: string;
	userId: string;
	to: string;
	toName: string;
	subject: string;
	/** Plain text body. */
	body: string;
}

/**
 * An import preview kept on the device: `key` is `<personId> <accountId>`. Its rows are in
 * `importDraftRows`, a chunk per thousand row keys, so that an edit rewrites one chunk and no
 * save or read handles 100,000 rows in one piece.
 */
export interface ImportDraft {
	key: string;
	fileName: string;
	ignored: string[];
	rowCount: number;
	savedAt: string;
}

/** The rows of a draft whose keys are `chunk * IMPORT_DRAFT_CHUNK + 1` to `(chunk + 1) * …`. */
export interface ImportDraftChunk {
	draft: string;
	chunk: number;
	rows: KeyedImportRow[];
}

export const IMPORT_DRAFT_CHUNK = 1000;

/**
 * The read model of one workspace: tables projected from its replicated documents (accounts,
 * users, events, workspace) and local-only tables (notifications, outbox, prefs, projections).
 * One IndexedDB database per workspace, so a workspace can be removed or restored whole.
 */
export class WorkspaceDb extends Dexie {
	workspace!: EntityTable<Workspace, 'id'>;
	accounts!: EntityTable<AccountRow, 'id'>;
	users!: EntityTable<UserRow, 'id'>;
	searchWords!: EntityTable<SearchWordsRow, 'key'>;
	accountStats!: EntityTable<AccountStatsRow, 'accountId'>;
	events!: EntityTable<EventRow, 'id'>;
	/** Later-intent-wins operations (assignments, conversions), folded when read (domain/intents.ts). */
	intents!: EntityTable<Intent<IntentKind>, 'id'>;
	notifications!: EntityTable<AppNotification, 'id'>;
	outbox!: EntityTable<OutboxRow, 'id'>;
	prefs!: Table<PersonPref, string>;
	projections!: Table<ProjectionState, string>;
	/** The Import Users preview as it was last left (spec 12: "Resume import"). Never replicated. */
	importDrafts!: EntityTable<ImportDraft, 'key'>;
	importDraftRows!: Table<ImportDraftChunk, [string, number]>;

	constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		declareSchema(this);
	}
}

/**
 * Schema history. Never edit a released version: add a new one with its upgrade. `upTo` declares
 * only the first versions (tests open an older database with it, then upgrade).
 */
export function declareSchema(db: Dexie, upTo = LATEST_VERSION): void {
	db.version(1).stores({
		workspace: 'id',
		accounts: 'id, accountNumber, status, modifiedAt',
		users: 'id, accountId, [accountId+emailKey], *words, modifiedAt',
		events: 'id, accountId, eventDate, [accountId+eventDate]',
		notifications: 'id, personId, createdAt',
		outbox: 'id, createdAt, status',
		prefs: 'key',
		projections: 'room'
	});
	if (upTo < 2) return;
	// v2: accounts get a folded name (sorting, uniqueness) and a word-prefix index (search by
	// any word of the name or the Account ID), computed for the rows v1 already holds.
	db.version(2)
		.stores({ accounts: 'id, &accountNumber, status, modifiedAt, [status+nameKey], *words' })
		.upgrade(async (tx) => {
			await tx
				.table('accounts')
				.toCollection()
				.modify(
					(row: { name?: string; accountNumber?: string; nameKey?: string; words?: string[] }) => {
						row.nameKey = foldText(row.name ?? '');
						row.words = wordsOf(row.name, row.accountNumber);
					}
				);
		});
	if (upTo < 3) return;
	// v3 (customer accounts and users): per-account user search and sorting, registration links,
	// event filters by actor and log tag, outbox per account. Rows get their derived keys.
	db.version(3)
		.stores({
			users:
				'id, accountId, [accountId+emailKey], [accountId+nameKey], [accountId+extension], [accountId+modifiedAt], *acctWords, registrationTokenHash, modifiedAt',
			events: 'id, accountId, eventDate, [accountId+eventDate], actorId, *logTags',
			outbox: 'id, createdAt, status, accountId, [status+createdAt]'
		})
		.upgrade(async (tx) => {
			await tx
				.table('users')
				.toCollection()
				.modify((row: { accountId?: string; words?: string[]; acctWords?: string[] }) => {
					row.acctWords = (row.words ?? []).map((w) => `${row.accountId ?? ''}:${w}`);
				});
		});
	if (upTo < 4) return;
	// v4: one index per event-history facet, so a filter value's existence (the "smart" filter
	// options) is an index lookup instead of a pass over the account's events.
	db.version(4).stores({
		events:
			'id, accountId, eventDate, [accountId+eventDate], [accountId+asset+eventDate], [accountId+action+eventDate], [accountId+eventType+eventDate], actorId, *logTags'
	});
	if (upTo < 5) return;
	// v5: the users list's Property and Product filters from one multi-entry index of
	// `<accountId>:<facet>` (admins, registered, pbx, product:<id>, ...), instead of a pass over
	// the account's users. The plain `modifiedAt` index of users was never read: dropped.
	db.version(5)
		.stores({
			users:
				'id, accountId, [accountId+emailKey], [accountId+nameKey], [accountId+extension], [accountId+modifiedAt], *acctWords, *acctFacets, registrationTokenHash'
		})
		.upgrade(async (tx) => {
			await tx
				.table('users')
				.toCollection()
				.modify((row: FacetFields & { accountId?: string; acctFacets?: string[] }) => {
					row.acctFacets = userFacets({ ...row, licenses: row.licenses ?? [] }).map(
						(f) => `${row.accountId ?? ''}:${f}`
					);
				});
		});
	if (upTo < 6) return;
	// v6: the accounts list at 10,000 accounts. One compound index per sortable column within a
	// status (ties of the country column by name), read as ordered primary keys; and the number
	// of users of each account, kept by the projection in `accountStats` instead of a count query
	// per shown account. The plain `modifiedAt` index of accounts was never read: dropped.
	db.version(6)
		.stores({
			accounts:
				'id, &accountNumber, status, [status+nameKey], [status+accountNumber], [status+country+nameKey], [status+modifiedAt], *words',
			accountStats: 'accountId'
		})
		.upgrade(async (tx) => {
			await recountAllUsers(
				tx.table<UserRow, string>('users'),
				tx.table<AccountStatsRow, string>('accountStats')
			);
		});
	if (upTo < 7) return;
	// v7: the users list's search words per account in a few bucket rows (`search-words.ts`),
	// kept by the projection: the list loads an account's words without reading every user.
	db.version(7)
		.stores({ searchWords: 'key, accountId' })
		.upgrade(async (tx) => {
			await rebuildSearchWords(
				tx.table<UserRow, string>('users'),
				tx.table<SearchWordsRow, string>('searchWords')
			);
		});
	if (upTo < 8) return;
	// v8: fewer index entries per written row (a bulk write pays for each one: IndexedDB costs
	// about as much per index entry as per row). Users lose `accountId` (every per-account read
	// goes through `[accountId+nameKey]`) and `*acctWords` (six to ten entries per user: searches
	// read the account's search words from `searchWords` instead); events lose `accountId`
	// (`[accountId+eventDate]` answers it). `accountNumber` is no longer unique: replicated
	// records must never be refused by a local index (ARCHITECTURE.md, Merging), a duplicate
	// Account ID from another device is an invariant to resolve, not a failed projection.
	db.version(8)
		.stores({
			accounts:
				'id, accountNumber, status, [status+nameKey], [status+accountNumber], [status+country+nameKey], [status+modifiedAt], *words',
			users:
				'id, [accountId+emailKey], [accountId+nameKey], [accountId+extension], [accountId+modifiedAt], *acctFacets, registrationTokenHash',
			events:
				'id, eventDate, [accountId+eventDate], [accountId+asset+eventDate], [accountId+action+eventDate], [accountId+eventType+eventDate], actorId, *logTags',
			// The Outbox reads by `[status+createdAt]`, never by status alone.
			outbox: 'id, createdAt, accountId, [status+createdAt]'
		})
		.upgrade(async (tx) => {
			await tx
				.table('users')
				.toCollection()
				.modify((row: { acctWords?: string[]; name?: string; nameKey?: string }) => {
					delete row.acctWords;
					// Every per-account read goes through `[accountId+nameKey]` now: no row may lack it.
					row.nameKey ??= foldText(row.name ?? '');
				});
		});
	if (upTo < 9) return;
	// v9: the account managers' operations (assign/unassign, convert/upgrade), by key.
	db.version(9).stores({ intents: 'id, key' });
	if (upTo < 10) return;
	// v10: drafts of user imports (local only), one per person and account.
	db.version(10).stores({ importDrafts: 'key' });
	if (upTo < 11) return;
	// v11: a draft's rows in chunks (an edit of a 100,000-row preview rewrote all of them).
	db.version(11)
		.stores({ importDraftRows: '[draft+chunk]' })
		.upgrade(async (tx) => {
			const drafts = tx.table<ImportDraft & { rows?: ImportRow[] }, string>('importDrafts');
			const chunks = tx.table<ImportDraftChunk, [string, number]>('importDraftRows');
			for (const draft of await drafts.toArray()) {
				const rows = (draft.rows ?? []).map((row, i) => ({ ...row, key: i + 1 }));
				for (let start = 0; start < rows.length; start += IMPORT_DRAFT_CHUNK)
					await chunks.put({
						draft: draft.key,
						chunk: start / IMPORT_DRAFT_CHUNK,
						rows: rows.slice(start, start + IMPORT_DRAFT_CHUNK)
					});
				const meta: ImportDraft = {
					key: draft.key,
					fileName: draft.fileName,
					ignored: draft.ignored,
					rowCount: rows.length,
					savedAt: draft.savedAt
				};
				await drafts.put(meta);
			}
		});
}

type FacetFields = Parameters<typeof userFacets>[0];

export const LATEST_VERSION = 11;

export function workspaceDbName(workspaceId: string): string {
	return `switchboard-ws-${workspaceId}`;
}

const open = new Map<string, WorkspaceDb>();
const versionChangeListeners = new Set<() => void>();

/** Called when a newer version of the app needs this tab to let go of the database. */
export function onVersionChange(listener: () => void): () => void {
	versionChangeListeners.add(listener);
	return () => versionChangeListeners.delete(listener);
}

/** The read model of a workspace, opened once per tab. */
export function workspaceDb(workspaceId: string): WorkspaceDb {
	let db = open.get(workspaceId);
	if (!db) {
		db = new WorkspaceDb(workspaceDbName(workspaceId));
		// A newer version of the app opened this database in another tab: close ours so it can
		// upgrade, and ask this tab to reload (ARCHITECTURE.md, Offline and reliability).
		db.on('versionchange', () => {
			db?.close();
			open.delete(workspaceId);
			for (const listener of versionChangeListeners) listener();
			return false;
		});
		open.set(workspaceId, db);
	}
	return db;
}
