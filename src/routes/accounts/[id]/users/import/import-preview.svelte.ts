import {
	emptyImportRow,
	validateImportRows,
	type ImportRow,
	type ImportRowResult
} from '$lib/domain/import-rows';
import type { TakenKeys } from '$lib/domain/user';

const NOTHING_TAKEN: TakenKeys = { emails: new Set<string>(), extensions: new Set<string>() };

/** A row of the preview: its number in the file (kept as rows are deleted) and its cells. */
export interface PreviewRow extends ImportRow {
	key: number;
}

/**
 * The Import Users preview (spec 12): the rows read from the file, each edit re-validated at once
 * against the account's users and the other rows (the same rules as "Upload"). Rows are replaced,
 * never mutated: 100,000 rows stay plain objects.
 */
export class ImportPreview {
	fileName = $state('');
	rows = $state.raw<PreviewRow[]>([]);
	ignored = $state.raw<string[]>([]);
	onlyErrors = $state(false);
	/** Something was edited, added or deleted (Cancel then asks first). */
	edited = $state(false);
	#next = 0;
	/** The account's users with the rows' e-mails and extensions (followed live by the dialog). */
	#taken: () => TakenKeys = () => NOTHING_TAKEN;

	constructor(taken: () => TakenKeys) {
		this.#taken = taken;
	}

	readonly results = $derived<ImportRowResult[]>(validateImportRows(this.rows, this.#taken()));
	readonly errorCount = $derived(this.results.filter((r) => !r.ok).length);
	/** The positions shown: every row, or only those with errors. */
	readonly shown = $derived(
		this.onlyErrors ? this.results.flatMap((r, i) => (r.ok ? [] : [i])) : this.rows.map((_, i) => i)
	);

	load(fileName: string, rows: readonly ImportRow[], ignored: string[]): void {
		this.fileName = fileName;
		this.#next = 0;
		this.rows = rows.map((row) => ({ ...row, key: ++this.#next }));
		this.ignored = ignored;
		this.onlyErrors = false;
		this.edited = false;
	}

	edit(index: number, field: keyof ImportRow, value: string): void {
		const row = this.rows[index];
		if (!row || row[field] === value) return;
		this.rows = this.rows.with(index, { ...row, [field]: value });
		this.edited = true;
	}

	addRow(): void {
		this.rows = [...this.rows, { ...emptyImportRow(), key: ++this.#next }];
		this.onlyErrors = false;
		this.edited = true;
	}

	deleteRow(index: number): void {
		this.rows = this.rows.filter((_, i) => i !== index);
		this.edited = true;
	}

	/** Takes the uploaded rows out (the valid ones); those with errors stay for correction. */
	remove(keys: ReadonlySet<number>): void {
		this.rows = this.rows.filter((row) => !keys.has(row.key));
	}

	clear(): void {
		this.load('', [], []);
	}
}
