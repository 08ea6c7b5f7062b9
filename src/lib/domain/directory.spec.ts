import { describe, expect, it } from 'vitest';
import { makeAccount } from '../../../tests/fixtures/records';
import {
	accountFromDirectory,
	directoryEntryOf,
	isDirectoryEntry,
	mergeAccountEntry,
	withDirectory
} from './directory';
import { stampNew, stampPatch, tombstone, type Stamped } from './records';
import { parseAccount, parseDirectoryEntry } from './schema';

const full = stampNew(makeAccount({ id: 'a1', name: 'Globex', city: 'Springfield' }), 's1');

describe('account directory entries', () => {
	it('keep only the directory fields, with the stamps they had', () => {
		const edited = stampPatch(full, { name: 'Globex AG', city: 'Bern' }, 's2');
		const entry = directoryEntryOf(edited) as Stamped<Record<string, unknown>>;
		expect(isDirectoryEntry(entry)).toBe(true);
		expect(entry.name).toBe('Globex AG');
		expect(entry).not.toHaveProperty('city');
		expect(entry).not.toHaveProperty('address');
		expect(entry._t).toBe('s1');
		expect(entry._s).toEqual({ name: 's2' });
		expect(parseDirectoryEntry(entry)?.name).toBe('Globex AG');
		// Not a full record: nothing reads it as one.
		expect(parseAccount(entry)).toBeNull();
	});

	it('stay directory entries when merged with a full record, in either order', () => {
		const entry = directoryEntryOf(stampPatch(full, { name: 'Globex AG' }, 's2'));
		const legacy = stampPatch(full, { city: 'Bern' }, 's3');
		for (const merged of [mergeAccountEntry(entry, legacy), mergeAccountEntry(legacy, entry)]) {
			expect(isDirectoryEntry(merged)).toBe(true);
			expect(merged).toMatchObject({ name: 'Globex AG' });
			expect(merged).not.toHaveProperty('city');
		}
		expect(mergeAccountEntry(entry, legacy)).toEqual(mergeAccountEntry(legacy, entry));
	});

	it('follow tombstones like any record', () => {
		const entry = directoryEntryOf(full);
		expect(mergeAccountEntry(entry, tombstone('s9'))).toEqual(tombstone('s9'));
		// Two full records (the partner account) merge field by field, unnarrowed.
		const other = stampPatch(full, { city: 'Bern' }, 's2');
		expect(mergeAccountEntry(full, other)).toMatchObject({ city: 'Bern', address: full.address });
	});

	it('give a whole account until the record arrives, and win over its copy of their fields', () => {
		const entry = parseDirectoryEntry(directoryEntryOf(full));
		if (!entry) throw new Error('no entry');
		const account = accountFromDirectory(entry);
		expect(parseAccount(account)).toEqual(account);
		expect(account).toMatchObject({ name: 'Globex', address: '', city: '' });
		const record = makeAccount({ id: 'a1', name: 'Old name', city: 'Springfield' });
		expect(withDirectory(record, { ...entry, name: 'Globex' })).toMatchObject({
			name: 'Globex',
			city: 'Springfield'
		});
	});
});
