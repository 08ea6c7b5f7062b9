/**
 * Tables written as files (spec 12, Exports), for the export worker: CSV (UTF-8 with BOM, the
 * separator given, formula starts neutralized, written in chunks with progress) and XLSX (every
 * cell a text cell: a spreadsheet program never runs one as a formula).
 */
import * as XLSX from 'xlsx';
import { BOM, csvLine, type Separator } from '../src/lib/domain/csv';

export interface Table {
	/** The sheet's name in an XLSX file (at most 31 characters are kept). */
	sheet: string;
	header: string[];
	rows: string[][];
}

type Progress = (done: number, total: number) => void;

/** Lines per chunk: the text of a chunk is encoded and let go before the next is made. */
const CHUNK = 2_000;

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

/**
 * A table written as it comes, chunk by chunk: a CSV chunk is encoded at once (and its text let
 * go); an XLSX file keeps the rows until `finish` (a zip is made whole).
 */
export class TableWriter {
	readonly #meta: Omit<Table, 'rows'>;
	readonly #format: 'csv' | 'xlsx';
	readonly #separator: Separator;
	readonly #encoder = new TextEncoder();
	readonly #parts: Uint8Array[] = [];
	readonly #rows: string[][] = [];

	constructor(meta: Omit<Table, 'rows'>, format: 'csv' | 'xlsx', separator: Separator) {
		this.#meta = meta;
		this.#format = format;
		this.#separator = separator;
		if (format === 'csv')
			this.#parts.push(this.#encoder.encode(BOM + csvLine(meta.header, separator)));
	}

	add(rows: readonly string[][]): void {
		if (this.#format === 'xlsx') {
			for (const row of rows) this.#rows.push(row);
			return;
		}
		for (let start = 0; start < rows.length; start += CHUNK) {
			let text = '';
			for (const row of rows.slice(start, start + CHUNK)) text += csvLine(row, this.#separator);
			this.#parts.push(this.#encoder.encode(text));
		}
	}

	finish(): Uint8Array<ArrayBuffer> {
		if (this.#format === 'csv') return concat(this.#parts);
		return workbookXlsx([{ ...this.#meta, rows: this.#rows }]);
	}
}

export function tableCsv(
	table: Table,
	separator: Separator,
	onProgress?: Progress
): Uint8Array<ArrayBuffer> {
	const writer = new TableWriter(table, 'csv', separator);
	for (let start = 0; start < table.rows.length; start += CHUNK) {
		writer.add(table.rows.slice(start, start + CHUNK));
		onProgress?.(Math.min(start + CHUNK, table.rows.length), table.rows.length);
	}
	if (table.rows.length === 0) onProgress?.(0, 0);
	return writer.finish();
}

function textSheet(table: Table): XLSX.WorkSheet {
	const sheet: XLSX.WorkSheet = {};
	const put = (r: number, values: readonly string[]) =>
		values.forEach((v, c) => {
			sheet[XLSX.utils.encode_cell({ r, c })] = { t: 's', v };
		});
	put(0, table.header);
	table.rows.forEach((row, i) => put(i + 1, row));
	sheet['!ref'] = XLSX.utils.encode_range({
		s: { r: 0, c: 0 },
		e: {
			r: table.rows.length,
			c: Math.max(table.header.length - 1, 0, ...table.rows.map((r) => r.length - 1))
		}
	});
	return sheet;
}

function sheetName(name: string, index: number): string {
	return (
		name
			.slice(0, 31)
			.replace(/[\\/?*[\]:]/g, ' ')
			.trim() || `Sheet${index + 1}`
	);
}

/** Several tables as the sheets of one XLSX file (the import template: users, roles, instructions). */
export function workbookXlsx(tables: readonly Table[]): Uint8Array<ArrayBuffer> {
	const book = XLSX.utils.book_new();
	tables.forEach((table, i) =>
		XLSX.utils.book_append_sheet(book, textSheet(table), sheetName(table.sheet, i))
	);
	return new Uint8Array(
		XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer
	);
}

export function tableXlsx(table: Table, onProgress?: Progress): Uint8Array<ArrayBuffer> {
	const bytes = workbookXlsx([table]);
	onProgress?.(table.rows.length, table.rows.length);
	return bytes;
}
