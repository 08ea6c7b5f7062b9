/**
 * The live judgement of an import preview (spec 12): every row's errors, kept up to date as
 * rows are edited, added and deleted and as the account's users change, without judging all the
 * rows again. Each row is checked on its own once (`checkImportRow`, which the import worker
 * already runs while reading); what depends on other rows or on the account (an e-mail twice in
 * the file, an extension already taken) is looked up in indexes by key, and only the rows that
 * share a key with a change are judged again. The result is that of `validateImportRows`.
 */
import {
	checkImportRow,
	rowErrors,
	type ImportRow,
	type ImportRowErrors,
	type RoleChoice,
	type RowCheck
} from './import-rows';
import { NO_TAKEN_KEYS, type TakenKeys } from './user';

/**
 * The rows (by key) that have one e-mail key or extension: most keys are in one row, kept as a
 * number (a set for each of 100,000 rows would cost more than the rest of the judgement).
 */
type KeyIndex = Map<string, number | Set<number>>;

function addTo(index: KeyIndex, key: string, row: number): void {
	if (!key) return;
	const rows = index.get(key);
	if (rows === undefined) index.set(key, row);
	else if (typeof rows === 'number') {
		if (rows !== row) index.set(key, new Set([rows, row]));
	} else rows.add(row);
}

function removeFrom(index: KeyIndex, key: string, row: number): void {
	const rows = index.get(key);
	if (rows === undefined) return;
	if (typeof rows === 'number') {
		if (rows === row) index.delete(key);
		return;
	}
	rows.delete(row);
	if (rows.size === 1) index.set(key, rows.values().next().value ?? row);
}

function countOf(index: KeyIndex, key: string): number {
	const rows = index.get(key);
	return rows === undefined ? 0 : typeof rows === 'number' ? 1 : rows.size;
}

function rowsOf(index: KeyIndex, key: string): Iterable<number> {
	const rows = index.get(key);
	return rows === undefined ? [] : typeof rows === 'number' ? [rows] : rows;
}

export class ImportValidation {
	readonly #custom: readonly RoleChoice[];
	readonly #checks = new Map<number, RowCheck>();
	readonly #byEmail = new Map<string, number | Set<number>>();
	readonly #byExtension = new Map<string, number | Set<number>>();
	/** The rows (by key) that have errors. */
	readonly #invalid = new Set<number>();
	#taken: TakenKeys = NO_TAKEN_KEYS;

	constructor(custom: readonly RoleChoice[] = []) {
		this.#custom = custom;
	}

	/** How many rows have errors. */
	get errorCount(): number {
		return this.#invalid.size;
	}

	/**
	 * Adds or replaces the row `key` (`check`: its `checkImportRow`, when already known). Only the
	 * row and those whose duplicate status it changes are judged again, so this stays cheap when
	 * many rows share an e-mail.
	 */
	set(key: number, row: ImportRow, check: RowCheck = checkImportRow(row, this.#custom)): void {
		const before = this.#checks.get(key);
		if (before) this.#unindex(key, before);
		this.#checks.set(key, check);
		this.#index(key, check);
		this.#judge(key);
	}

	delete(key: number): void {
		const before = this.#checks.get(key);
		if (!before) return;
		this.#unindex(key, before);
		this.#checks.delete(key);
		this.#invalid.delete(key);
	}

	clear(): void {
		this.#checks.clear();
		this.#byEmail.clear();
		this.#byExtension.clear();
		this.#invalid.clear();
	}

	/** The account's users' e-mails and extensions changed: the rows with those keys are judged. */
	setTaken(taken: TakenKeys): void {
		const before = this.#taken;
		this.#taken = taken;
		const changed = new Set<number>();
		const collect = (index: KeyIndex, was: ReadonlySet<string>, now: ReadonlySet<string>) => {
			for (const key of was) if (!now.has(key)) for (const r of rowsOf(index, key)) changed.add(r);
			for (const key of now) if (!was.has(key)) for (const r of rowsOf(index, key)) changed.add(r);
		};
		collect(this.#byEmail, before.emails, taken.emails);
		collect(this.#byExtension, before.extensions, taken.extensions);
		for (const key of changed) this.#judge(key);
	}

	/** The errors of the row `key`: null when it is valid (or unknown). */
	errors(key: number): ImportRowErrors | null {
		const check = this.#checks.get(key);
		if (!check) return null;
		return rowErrors(check, {
			emailDuplicate: countOf(this.#byEmail, check.email) > 1,
			extensionDuplicate: countOf(this.#byExtension, check.extension) > 1,
			emailTaken: this.#taken.emails.has(check.email),
			extensionTaken: this.#taken.extensions.has(check.extension)
		});
	}

	hasErrors(key: number): boolean {
		return this.#invalid.has(key);
	}

	#index(key: number, check: RowCheck): void {
		for (const [index, value] of this.#keysOf(check)) {
			addTo(index, value, key);
			// A second row with this key: the first becomes a duplicate too.
			if (value && countOf(index, value) === 2)
				for (const r of rowsOf(index, value)) if (r !== key) this.#judge(r);
		}
	}

	#unindex(key: number, check: RowCheck): void {
		for (const [index, value] of this.#keysOf(check)) {
			removeFrom(index, value, key);
			// The one row left with this key is no longer a duplicate.
			if (value && countOf(index, value) === 1)
				for (const r of rowsOf(index, value)) this.#judge(r);
		}
	}

	#keysOf(check: RowCheck): [KeyIndex, string][] {
		return [
			[this.#byEmail, check.email],
			[this.#byExtension, check.extension]
		];
	}

	#judge(key: number): void {
		if (this.errors(key)) this.#invalid.add(key);
		else this.#invalid.delete(key);
	}
}
