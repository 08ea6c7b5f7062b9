/**
 * The export worker: archives made off the main thread. The app reaches it only through
 * `src/lib/workers/export.ts`; results come back by transfer, never by copy.
 */
import { expose, releaseProxy, transfer, type ProxyOrClone } from 'comlink';
import type { Separator } from '../src/lib/domain/csv';
import { TableWriter, tableCsv, tableXlsx, workbookXlsx, type Table } from './table.api';
import type { EmailMessage } from '../src/lib/domain/eml';
import {
	packBackup,
	unpackBackup,
	zipEmails,
	zipMessages,
	type RoomState,
	type TextFile,
	type UnpackedBackup
} from './export.api';

const transferred = (bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> =>
	transfer(bytes, [bytes.buffer]);

const api = {
	/** Several tables as the sheets of one XLSX file. */
	workbook(tables: Table[]): Uint8Array<ArrayBuffer> {
		return transferred(workbookXlsx(tables));
	},
	/** A table as a CSV (UTF-8 with BOM, `separator`) or XLSX file; progress as rows are written. */
	table(
		table: Table,
		format: 'csv' | 'xlsx',
		separator: Separator,
		onProgress?: ProxyOrClone<(done: number, total: number) => void>
	): Uint8Array<ArrayBuffer> {
		const progress = onProgress ? (d: number, t: number) => void onProgress(d, t) : undefined;
		return transferred(
			format === 'csv' ? tableCsv(table, separator, progress) : tableXlsx(table, progress)
		);
	},
	/**
	 * A table whose rows the page hands over a chunk at a time (`next` until it gives null): the
	 * page never holds, or sends in one message, all of a long table.
	 */
	async tableStream(
		meta: Omit<Table, 'rows'>,
		format: 'csv' | 'xlsx',
		separator: Separator,
		next: ProxyOrClone<() => Promise<string[][] | null>>
	): Promise<Uint8Array<ArrayBuffer>> {
		try {
			const writer = new TableWriter(meta, format, separator);
			for (let rows = await next(); rows; rows = await next()) writer.add(rows);
			return transferred(writer.finish());
		} finally {
			// The page's callback arrives as a Comlink proxy (its type says a plain function).
			(next as unknown as { [releaseProxy]?: () => void })[releaseProxy]?.();
		}
	},
	/** A zip of the given text files (names made distinct). */
	zipEmails(files: TextFile[]): Uint8Array<ArrayBuffer> {
		return transferred(zipEmails(files));
	},
	/** A zip with one `.eml` file per e-mail. */
	zipMessages(messages: EmailMessage[]): Uint8Array<ArrayBuffer> {
		return transferred(zipMessages(messages));
	},
	/** A workspace export: the manifest and every room's state in one zip. */
	packBackup(manifest: string, rooms: RoomState[]): Uint8Array<ArrayBuffer> {
		return transferred(packBackup(manifest, rooms));
	},
	/** A workspace export read back (null: not one). */
	unpackBackup(bytes: Uint8Array<ArrayBuffer>): UnpackedBackup {
		const unpacked = unpackBackup(bytes);
		return unpacked
			? transfer(
					unpacked,
					unpacked.states.map((s) => s.buffer)
				)
			: null;
	}
};

export type ExportApi = typeof api;

expose(api);
