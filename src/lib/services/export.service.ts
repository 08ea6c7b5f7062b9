/**
 * Exports (spec 12): the users the person chose written as a file in the export worker. Reads
 * only; nothing is changed.
 */
import type { Separator } from '$lib/domain/csv';
import { eventExportRow, type EventExportWords } from '$lib/domain/event-export';
import type { ShownEvent } from '$lib/domain/events';
import type { Locale } from '$lib/domain/locale';
import type { CommonError, Result } from '$lib/domain/result';
import { userExportHeader, userExportRow, type ExportWords } from '$lib/domain/user-export';
import { getUsersByIds } from '$lib/db/users.query';
import { getAccount } from '$lib/db/accounts.query';
import { exportWorker, type WorkerError } from '$lib/workers/export';
import { allowed, type ServiceContext } from './context';

export type ExportFormat = 'csv' | 'xlsx';

/** The users `ids` of `accountId`, in that order, as a CSV or XLSX file's bytes. */
export async function exportUsers(
	ctx: ServiceContext,
	account: { id: string; name: string },
	ids: readonly string[],
	options: {
		format: ExportFormat;
		separator: Separator;
		locale: Locale;
		words: ExportWords;
		onProgress?: (done: number, total: number) => void;
	}
): Promise<Result<Uint8Array<ArrayBuffer>, WorkerError | CommonError>> {
	if (!allowed(ctx, 'users.view', account.id)) return { error: { kind: 'forbidden' } };
	const { words } = options;
	let done = 0;
	// The worker asks for the rows a chunk at a time: each is read, written as rows and sent in a
	// short task of its own (100,000 users at once would hold the page for a second).
	const next = async (): Promise<string[][] | null> => {
		if (done >= ids.length) return null;
		const chunk = ids.slice(done, done + EXPORT_CHUNK);
		done += chunk.length;
		const users = (await getUsersByIds(ctx.workspace.id, chunk)).filter(
			(u) => u.accountId === account.id
		);
		options.onProgress?.(done, ids.length);
		return users.map((user) => userExportRow(user, words));
	};
	return exportWorker.tableStream(
		{ sheet: account.name, header: userExportHeader(options.locale, words) },
		options.format,
		options.separator,
		next
	);
}

/** Users read, written as rows and handed to the export worker at a time. */
const EXPORT_CHUNK = 2000;

/**
 * Events of an account (those ticked, or one event's details) as a CSV file's bytes, with the
 * account's name for the file name.
 */
export async function exportEvents(
	ctx: ServiceContext,
	accountId: string,
	events: readonly ShownEvent[],
	options: { separator: Separator; words: EventExportWords }
): Promise<
	Result<{ bytes: Uint8Array<ArrayBuffer>; accountName: string }, WorkerError | CommonError>
> {
	if (!allowed(ctx, 'events.view', accountId)) return { error: { kind: 'forbidden' } };
	const account = await getAccount(ctx.workspace.id, accountId);
	if (!account) return { error: { kind: 'not_found' } };
	const mine = events.filter((e) => e.accountId === accountId);
	const written = await exportWorker.table(
		{
			sheet: account.name,
			header: options.words.headers,
			rows: mine.map((event) => eventExportRow(event, options.words))
		},
		'csv',
		options.separator
	);
	return 'error' in written
		? written
		: { data: { bytes: written.data, accountName: account.name } };
}
