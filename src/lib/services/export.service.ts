/**
 * Exports (spec 12): the users the person chose written as a file in the export worker. Reads
 * only; nothing is changed.
 */
import type { Separator } from '$lib/domain/csv';
import type { Locale } from '$lib/domain/locale';
import type { CommonError, Result } from '$lib/domain/result';
import { userExportHeader, userExportRow, type ExportWords } from '$lib/domain/user-export';
import { getUsersByIds } from '$lib/db/users.query';
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
	const users = (await getUsersByIds(ctx.workspace.id, ids)).filter(
		(u) => u.accountId === account.id
	);
	const { words } = options;
	return exportWorker.table(
		{
			sheet: account.name,
			header: userExportHeader(options.locale, words),
			rows: users.map((user) => userExportRow(user, words))
		},
		options.format,
		options.separator,
		options.onProgress
	);
}
