import { describe, expect, it } from 'vitest';
import { checkImportRow, validateImportRows, type ImportRow } from './import-rows';
import { ImportValidation } from './import-validation';
import type { TakenKeys } from './user';

const row = (overrides: Partial<ImportRow> = {}): ImportRow => ({
	firstName: 'Zoë',
	lastName: 'Quinn',
	name: '',
	email: 'zoe@example.com',
	role: '',
	mobile: '',
	extension: '',
	...overrides
});
const none: TakenKeys = { emails: new Set(), extensions: new Set() };

/** The errors of every row by the whole-list rule, to compare with the live one. */
function expected(rows: Map<number, ImportRow>, taken: TakenKeys) {
	const keys = [...rows.keys()];
	const results = validateImportRows([...rows.values()], taken);
	return new Map(keys.map((key, i) => [key, results[i]?.ok ? null : (results[i]?.errors ?? null)]));
}

function actual(validation: ImportValidation, rows: Map<number, ImportRow>) {
	return new Map([...rows.keys()].map((key) => [key, validation.errors(key)]));
}

describe('ImportValidation (the preview, judged row by row)', () => {
	it('marks both rows of a duplicate and frees the other one when one is changed or deleted', () => {
		const v = new ImportValidation();
		v.set(1, row());
		v.set(2, row({ firstName: 'Ann', email: 'ZOE@example.com' }));
		v.set(3, row({ email: 'ann@example.com', extension: '204' }));
		expect(v.errors(1)).toEqual({ email: 'email_duplicate' });
		expect(v.errors(2)).toEqual({ email: 'email_duplicate' });
		expect(v.errorCount).toBe(2);
		v.set(2, row({ firstName: 'Ann', email: 'ann2@example.com' }));
		expect([v.errors(1), v.errors(2), v.errorCount]).toEqual([null, null, 0]);
		v.set(1, row({ extension: '204' }));
		expect(v.errors(3)).toEqual({ extension: 'extension_duplicate' });
		v.delete(1);
		expect([v.errors(3), v.errorCount]).toEqual([null, 0]);
	});

	it('follows the account: a taken e-mail or extension marks its rows until it is free again', () => {
		const v = new ImportValidation();
		v.set(1, row({ extension: '204' }));
		v.set(2, row({ email: 'not an address', extension: '205' }));
		v.setTaken({ emails: new Set(['zoe@example.com', 'not an address']), extensions: new Set() });
		expect(v.errors(1)).toEqual({ email: 'email_taken' });
		// A malformed address is reported as such, whatever the account holds.
		expect(v.errors(2)).toEqual({ email: 'email_invalid' });
		v.setTaken({ emails: new Set(), extensions: new Set(['204']) });
		expect(v.errors(1)).toEqual({ extension: 'extension_taken' });
		expect(v.errorCount).toBe(2);
		v.setTaken(none);
		expect([v.errors(1), v.errorCount]).toEqual([null, 1]);
	});

	it('agrees with validateImportRows after any sequence of edits, additions and deletions', () => {
		// A small pool of values, so that duplicates and taken keys come and go often.
		const emails = ['a@example.com', 'A@example.com ', 'b@example.com', 'bad', ''];
		const extensions = ['', '204', '205', '1'];
		const roles = ['', 'Account Admin', 'Supervisor'];
		let seed = 7;
		const pick = <T>(list: readonly T[]): T => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return list[seed % list.length] as T;
		};
		const rows = new Map<number, ImportRow>();
		const v = new ImportValidation();
		let taken = none;
		let next = 0;
		for (let step = 0; step < 600; step += 1) {
			const action = pick(['add', 'add', 'edit', 'edit', 'delete', 'taken'] as const);
			const keys = [...rows.keys()];
			if (action === 'add' || keys.length === 0) {
				const value = row({ email: pick(emails), extension: pick(extensions), role: pick(roles) });
				next += 1;
				rows.set(next, value);
				// Half the rows come with the worker's check, as a read file does.
				if (step % 2) v.set(next, value, checkImportRow(value));
				else v.set(next, value);
			} else if (action === 'edit') {
				const key = pick(keys);
				const value = row({ email: pick(emails), extension: pick(extensions), role: pick(roles) });
				rows.set(key, value);
				v.set(key, value);
			} else if (action === 'delete') {
				const key = pick(keys);
				rows.delete(key);
				v.delete(key);
			} else {
				taken = {
					emails: new Set([pick(emails).trim().toLowerCase()]),
					extensions: new Set([pick(extensions)])
				};
				v.setTaken(taken);
			}
			const want = expected(rows, taken);
			expect(actual(v, rows), `step ${step}`).toEqual(want);
			expect(v.errorCount).toBe([...want.values()].filter(Boolean).length);
		}
	});

	it('stays linear when every row of a large file has the same e-mail', () => {
		const v = new ImportValidation();
		for (let key = 1; key <= 20_000; key += 1) v.set(key, row());
		v.set(1, row({ email: 'other@example.com' }));
		v.delete(2);
		// 19,999 rows left, all with one e-mail but the first. (Judging the whole group at each
		// row, 20,000 times, would not end within the test's time.)
		expect(v.errorCount).toBe(19_998);
		expect(v.errors(1)).toBeNull();
		expect(v.errors(20_000)).toEqual({ email: 'email_duplicate' });
	});
});
