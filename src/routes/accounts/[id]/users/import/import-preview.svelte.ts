import { untrack } from 'svelte';
import type { DraftChanges } from '$lib/db/import-drafts.query';
import {
	emptyImportRow,
	importRowValues,
	type ImportRow,
	type ImportRowErrors,
	type KeyedImportRow,
	type RowCheck
} from '$lib/domain/import-rows';
import { ImportValidation } from '$lib/domain/import-validation';
import { NO_TAKEN_KEYS, type TakenKeys, type UserValues } from '$lib/domain/user';
import { DraftTracker } from './draft-tracker';
import { yieldToUi } from '$lib/yield';

/** A row of the preview: its number in the file (kept as rows are deleted) and its cells. */
export type PreviewRow = KeyedImportRow;

/** Rows handled between two pauses for the page (a few milliseconds of work). */
const SLICE = 8000;

/**
 * The Import Users preview (spec 12): the rows read from the file, each edit re-validated at once
 * against the account's users and the other rows (the rules of "Upload"). The judgement is kept
 * row by row (`ImportValidation`): an edit judges the rows it can affect, not all of them, and a
 * file is taken in slices, so that a 100,000-row preview never holds the page for long. Rows are
 * replaced, never mutated, and stay in key order.
 */
export class ImportPreview {
	fileName = $state('');
	rows = $state.raw<PreviewRow[]>([]);
	ignored = $state.raw<string[]>([]);
	onlyErrors = $state(false);
	/** Something was edited, added or deleted (Cancel then asks first). */
	edited = $state(false);
	#validation = new ImportValidation();
	#taken: TakenKeys = NO_TAKEN_KEYS;
	/** Counts the changes of the judgement (the validation is not reactive by itself). */
	#judged = $state(0);
	#next = 0;
	#loading = 0;
	readonly #draft = new DraftTracker();

	readonly errorCount = $derived.by(() => {
		void this.#judged;
		return this.#validation.errorCount;
	});

	// The positions of the rows with errors, when only those are shown.
	readonly #errorPositions = $derived.by(() => {
		void this.#judged;
		if (!this.onlyErrors) return [];
		const positions: number[] = [];
		this.rows.forEach((row, i) => {
			if (this.#validation.hasErrors(row.key)) positions.push(i);
		});
		return positions;
	});

	/** How many rows are shown: all of them, or only those with errors. */
	readonly shownCount = $derived(this.onlyErrors ? this.#errorPositions.length : this.rows.length);

	/** The position in `rows` of the row shown at `position`, or -1. */
	indexAt(position: number): number {
		if (!this.onlyErrors) return position < this.rows.length ? position : -1;
		return this.#errorPositions[position] ?? -1;
	}

	/** The errors of the row at `index` (none: it is valid). */
	errorsOf(index: number): ImportRowErrors {
		void this.#judged;
		const row = this.rows[index];
		return (row && this.#validation.errors(row.key)) ?? {};
	}

	/**
	 * Shows the rows of a file (`checks`: the worker's check of each) or of a saved draft (rows
	 * that have their keys already). Resolves when every row is judged: true, or false when
	 * another load or `clear` came first (nothing is shown then).
	 */
	async load(
		fileName: string,
		rows: readonly ImportRow[] | readonly PreviewRow[],
		ignored: string[],
		from: { checks: readonly RowCheck[] } | { draft: true }
	): Promise<boolean> {
		const loading = ++this.#loading;
		const validation = new ImportValidation();
		validation.setTaken(this.#taken);
		const keyed: PreviewRow[] = [];
		for (let start = 0; start < rows.length; start += SLICE) {
			if (start > 0) await yieldToUi();
			if (loading !== this.#loading) return false;
			const end = Math.min(rows.length, start + SLICE);
			for (let i = start; i < end; i += 1) {
				const source = rows[i] ?? emptyImportRow();
				const row: PreviewRow =
					'draft' in from && 'key' in source ? (source as PreviewRow) : { ...source, key: i + 1 };
				keyed.push(row);
				validation.set(row.key, row, 'checks' in from ? from.checks[i] : undefined);
			}
		}
		// The account may have changed while the rows were taken in.
		validation.setTaken(this.#taken);
		this.#validation = validation;
		this.fileName = fileName;
		this.rows = keyed;
		this.#next = keyed.at(-1)?.key ?? 0;
		this.ignored = ignored;
		this.onlyErrors = false;
		this.edited = 'draft' in from;
		// A file's rows are saved whole; a draft's are saved already.
		if ('draft' in from) this.#draft.clear();
		else this.#draft.markAll();
		this.#bump();
		return true;
	}

	edit(index: number, field: keyof ImportRow, value: string): void {
		const row = this.rows[index];
		if (!row || row[field] === value) return;
		const changed = { ...row, [field]: value };
		this.rows = this.rows.with(index, changed);
		this.#validation.set(changed.key, changed);
		this.#changed([changed.key]);
	}

	addRow(): void {
		const row = { ...emptyImportRow(), key: ++this.#next };
		this.rows = [...this.rows, row];
		this.#validation.set(row.key, row);
		this.onlyErrors = false;
		this.#changed([row.key]);
	}

	deleteRow(index: number): void {
		const row = this.rows[index];
		if (!row) return;
		this.rows = this.rows.filter((_, i) => i !== index);
		this.#validation.delete(row.key);
		this.#changed([row.key]);
	}

	/** Takes the uploaded rows out (the valid ones); those with errors stay for correction. */
	remove(keys: ReadonlySet<number>): void {
		this.rows = this.rows.filter((row) => !keys.has(row.key));
		for (const key of keys) this.#validation.delete(key);
		this.#changed(keys, false);
	}

	/** The account's users' e-mails and extensions (followed live by the dialog). */
	setTaken(taken: TakenKeys): void {
		this.#taken = taken;
		this.#validation.setTaken(taken);
		this.#bump();
	}

	/** The values of the valid rows, by row key, for "Upload" (in slices: there may be many). */
	async validValues(): Promise<{ key: number; values: UserValues }[]> {
		const rows = this.rows;
		const valid: { key: number; values: UserValues }[] = [];
		for (let start = 0; start < rows.length; start += SLICE) {
			if (start > 0) await yieldToUi();
			for (const row of rows.slice(start, start + SLICE)) {
				if (this.#validation.hasErrors(row.key)) continue;
				const values = importRowValues(row);
				if (values) valid.push({ key: row.key, values });
			}
		}
		return valid;
	}

	/** What the draft needs written since it was last saved (see `draftSaved`). */
	draftChanges(): DraftChanges & { revision: number } {
		return this.#draft.changes(this.rows, { fileName: this.fileName, ignored: this.ignored });
	}

	/** The changes given by `draftChanges` are saved: those made since stay to be saved. */
	draftSaved(changes: { revision: number }): void {
		this.#draft.saved(changes);
	}

	clear(): void {
		this.#loading += 1;
		this.#validation.clear();
		this.fileName = '';
		this.rows = [];
		this.ignored = [];
		this.onlyErrors = false;
		this.edited = false;
		this.#draft.clear();
		this.#bump();
	}

	// Written, not read: the preview's methods may be called from an effect.
	#bump(): void {
		this.#judged = untrack(() => this.#judged) + 1;
	}

	#changed(keys: Iterable<number>, edited = true): void {
		this.#draft.mark(keys);
		if (edited) this.edited = true;
		this.#bump();
	}
}
