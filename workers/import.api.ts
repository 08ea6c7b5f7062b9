/**
 * Reading an uploaded user list (spec 12, "Reading the file" and "Limits and hostile files"), for
 * the import worker (`import.worker.ts`), which freezes the built-in prototypes before this module
 * and the parser load. Pure functions on bytes: the worker runs them, the tests call them directly.
 *
 * - Spreadsheets (`.xlsx`, `.xls`, `.ods`) through `xlsx`: cell values only (formulas are never
 *   evaluated, their cached value is read), hidden rows and sheets skipped, the first sheet with a
 *   recognized header row used, and the sheet's declared dimension not trusted (rows are counted
 *   by content).
 * - Text (`.csv`, `.tsv`, `.txt`) through `papaparse`, with the encoding and delimiter detected.
 * - Limits checked before parsing (size) and while reading (rows); every failure is a reason,
 *   never an exception.
 */
import * as XLSX from 'xlsx';
import Papa from 'papaparse';
import {
	cleanCell,
	decodeText,
	sniffDelimiter,
	type Separator,
	type TextEncoding
} from '../src/lib/domain/csv';
import {
	detectHeader,
	HEADER_SEARCH_ROWS,
	IMPORT_FIELDS,
	type HeaderMatch
} from '../src/lib/domain/import-headers';
import {
	checkImportRow,
	emptyImportRow,
	type ImportRow,
	type RowCheck
} from '../src/lib/domain/import-rows';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_DATA_ROWS = 200_000;

export type ReadError =
	| { kind: 'too_big'; limitMb: number }
	| { kind: 'too_many_rows'; limit: number }
	| { kind: 'empty' }
	| { kind: 'no_header' }
	| { kind: 'encrypted' }
	| { kind: 'unreadable' };

export interface SheetRead {
	rows: ImportRow[];
	/**
	 * Each row checked on its own (`checkImportRow`), here, off the page's thread: the preview
	 * adds only what depends on other rows and on the account.
	 */
	checks: RowCheck[];
	/** Headers of columns left out ("Department", "Office"). */
	ignored: string[];
	/** The sheet used (spreadsheets), or the encoding and delimiter found (text). */
	sheet?: string;
	encoding?: TextEncoding;
	delimiter?: Separator;
}

export type ReadResult = { data: SheetRead } | { error: ReadError };

/**
 * A read as the worker sends it to the page: the rows and their checks as JSON text, a chunk of
 * `PACK_ROWS` rows each. Structured-cloning 100,000 row objects would hold the page for a few
 * hundred milliseconds in one task when the message arrives; a few strings cost nothing to
 * receive, and the page parses them one chunk per task (`src/lib/workers/import.ts`).
 */
export type PackedSheet = Omit<SheetRead, 'rows' | 'checks'> & { chunks: string[] };
export type PackedRead = { data: PackedSheet } | { error: ReadError };
export const PACK_ROWS = 5000;

export function packRead(read: ReadResult): PackedRead {
	if ('error' in read) return read;
	const { rows, checks, ...rest } = read.data;
	const chunks: string[] = [];
	for (let start = 0; start < rows.length; start += PACK_ROWS)
		chunks.push(
			JSON.stringify({
				rows: rows.slice(start, start + PACK_ROWS),
				checks: checks.slice(start, start + PACK_ROWS)
			})
		);
	return { data: { ...rest, chunks } };
}

/** One chunk of `packRead` back into rows and checks (the worker made it: it is trusted). */
export function unpackChunk(chunk: string): { rows: ImportRow[]; checks: RowCheck[] } {
	return JSON.parse(chunk) as { rows: ImportRow[]; checks: RowCheck[] };
}

type Progress = (done: number, total: number) => void;

const TEXT_EXTENSIONS = ['csv', 'tsv', 'txt'];

function extensionOf(fileName: string): string {
	const dot = fileName.lastIndexOf('.');
	return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** ZIP (xlsx, ods) or OLE compound file (xls, and encrypted xlsx). */
function looksLikeSpreadsheet(bytes: Uint8Array): boolean {
	const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
	const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
	return zip || ole;
}

/** Some bytes no text file has (a PDF, an image, an executable renamed `.csv`). */
function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, Math.min(bytes.length, 1024));
	if (sample[0] === 0x25 && sample[1] === 0x50 && sample[2] === 0x44 && sample[3] === 0x46)
		return true; // %PDF
	return looksLikeSpreadsheet(sample);
}

/** Reads a user list: its rows under the detected header, or why it cannot be read. */
export function readUserSheet(
	bytes: Uint8Array,
	fileName: string,
	onProgress?: Progress
): ReadResult {
	if (bytes.byteLength > MAX_FILE_BYTES)
		return { error: { kind: 'too_big', limitMb: MAX_FILE_BYTES / 1024 / 1024 } };
	if (bytes.byteLength === 0) return { error: { kind: 'empty' } };
	const extension = extensionOf(fileName);
	const asText =
		TEXT_EXTENSIONS.includes(extension) || (!looksLikeSpreadsheet(bytes) && extension === '');
	if (asText) {
		if (looksBinary(bytes)) return { error: { kind: 'unreadable' } };
		return readText(bytes, onProgress);
	}
	if (!looksLikeSpreadsheet(bytes)) return { error: { kind: 'unreadable' } };
	return readWorkbook(bytes, onProgress);
}

function readText(bytes: Uint8Array, onProgress?: Progress): ReadResult {
	const { text, encoding } = decodeText(bytes);
	if (text.trim() === '') return { error: { kind: 'empty' } };
	const delimiter = sniffDelimiter(text);
	const grid: string[][] = [];
	let tooMany = false;
	Papa.parse<string[]>(text, {
		delimiter,
		skipEmptyLines: 'greedy',
		step: (results, parser) => {
			grid.push(results.data.map((cell) => String(cell)));
			if (grid.length > MAX_DATA_ROWS + HEADER_SEARCH_ROWS) {
				tooMany = true;
				parser.abort();
			}
		}
	});
	if (tooMany) return { error: { kind: 'too_many_rows', limit: MAX_DATA_ROWS } };
	const read = rowsUnderHeader(grid, onProgress);
	if ('error' in read) return read;
	return { data: { ...read.data, encoding, delimiter } };
}

function readWorkbook(bytes: Uint8Array, onProgress?: Progress): ReadResult {
	let workbook: XLSX.WorkBook;
	try {
		workbook = XLSX.read(bytes, {
			type: 'array',
			// Values only: formulas are not kept (their cached values are), nor styles or HTML.
			cellFormula: false,
			cellHTML: false,
			// Row properties (hidden rows) come with the styles part.
			cellStyles: true,
			cellDates: false,
			// A cap on what is parsed, whatever the sheet claims: the row limit and the header search.
			sheetRows: MAX_DATA_ROWS + HEADER_SEARCH_ROWS + 1
		});
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return {
			error: {
				kind: /password-protected|encrypted file/i.test(message) ? 'encrypted' : 'unreadable'
			}
		};
	}
	const hidden = new Set(
		(workbook.Workbook?.Sheets ?? []).filter((s) => s.Hidden).map((s) => s.name ?? '')
	);
	let anyCells = false;
	for (const name of workbook.SheetNames) {
		const sheet = workbook.Sheets[name];
		if (!sheet || hidden.has(name)) continue;
		const grid = sheetGrid(sheet);
		if (grid.length === 0) continue;
		anyCells = true;
		if (grid.length > MAX_DATA_ROWS + HEADER_SEARCH_ROWS)
			return { error: { kind: 'too_many_rows', limit: MAX_DATA_ROWS } };
		const read = rowsUnderHeader(grid, onProgress);
		if ('data' in read) return { data: { ...read.data, sheet: name } };
	}
	return { error: { kind: anyCells ? 'no_header' : 'empty' } };
}

/**
 * The visible rows of a sheet as text, by its cells, not its declared range (a sheet may claim a
 * million rows and hold three): the bounds are those of the cells present.
 */
function sheetGrid(sheet: XLSX.WorkSheet): string[][] {
	let lastRow = -1;
	let lastCol = -1;
	const cells: [number, number, string][] = [];
	for (const address of Object.keys(sheet)) {
		if (address.startsWith('!')) continue;
		const cell = sheet[address] as XLSX.CellObject | undefined;
		if (!cell) continue;
		const text = cellText(cell);
		if (text === '') continue;
		const { r, c } = XLSX.utils.decode_cell(address);
		cells.push([r, c, text]);
		if (r > lastRow) lastRow = r;
		if (c > lastCol) lastCol = c;
	}
	const hiddenRows = new Set<number>();
	(sheet['!rows'] ?? []).forEach((info, r) => {
		if (info?.hidden) hiddenRows.add(r);
	});
	const grid: (string[] | undefined)[] = new Array<string[] | undefined>(lastRow + 1);
	for (const [r, c, text] of cells) {
		if (hiddenRows.has(r)) continue;
		const row = grid[r] ?? (grid[r] = new Array<string>(lastCol + 1).fill(''));
		row[c] = text;
	}
	return grid.filter((row): row is string[] => row !== undefined);
}

/** What a cell shows: its formatted text, else its (cached) value; never a formula. */
function cellText(cell: XLSX.CellObject): string {
	if (typeof cell.w === 'string') return cell.w;
	const value: unknown = cell.v;
	if (value === undefined || value === null) return '';
	return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
		? String(value)
		: '';
}

/** The rows under the header row, each a fresh object with the known fields only. */
function rowsUnderHeader(
	grid: readonly (readonly string[])[],
	onProgress?: Progress
): { data: SheetRead } | { error: ReadError } {
	const header: HeaderMatch | null = detectHeader(grid.map((row) => row.map(cleanCell)));
	if (!header) return { error: { kind: grid.length === 0 ? 'empty' : 'no_header' } };
	const body = grid.slice(header.row + 1);
	if (body.length > MAX_DATA_ROWS)
		return { error: { kind: 'too_many_rows', limit: MAX_DATA_ROWS } };
	const rows: ImportRow[] = [];
	const checks: RowCheck[] = [];
	for (let i = 0; i < body.length; i += 1) {
		const cells = body[i] ?? [];
		const row = emptyImportRow();
		let empty = true;
		for (const field of IMPORT_FIELDS) {
			const column = header.columns[field];
			const value = column === undefined ? '' : cleanCell(String(cells[column] ?? ''));
			if (value !== '') empty = false;
			row[field] = value;
		}
		if (!empty) {
			rows.push(row);
			checks.push(checkImportRow(row));
		}
		if (onProgress && i % 5000 === 4999) onProgress(i + 1, body.length);
	}
	onProgress?.(body.length, body.length);
	return { data: { rows, checks, ignored: header.ignored } };
}
