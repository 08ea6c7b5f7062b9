import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { LATEST_VERSION, WorkspaceDb, declareSchema } from './workspace.db';
import { accountUsers } from './users.query';
import { accountEvents } from './events.query';

describe('workspace database migrations', () => {
	it('upgrades a version 1 database with data through every version to the latest', async () => {
		const name = `migrate-${crypto.randomUUID()}`;
		const v1 = new Dexie(name);
		declareSchema(v1, 1);
		await v1.open();
		expect(v1.verno).toBe(1);
		await v1.table('accounts').bulkAdd([
			{ id: 'a1', accountNumber: '100000001', name: 'Zürich Öffentlich', status: 'active' },
			{ id: 'a2', accountNumber: '100000002', name: 'Acme Telecom', status: 'deactivated' }
		]);
		await v1.table('users').add({
			id: 'u1',
			accountId: 'a1',
			emailKey: 'x@y.io',
			words: ['x'],
			role: 'account_admin',
			registration: 'registered',
			source: 'pbx',
			active: true,
			micloudConnected: false,
			iotConnected: false,
			licenses: ['mitel-one-elite']
		});
		v1.close();

		const db = new WorkspaceDb(name);
		await db.open();
		expect(db.verno).toBe(LATEST_VERSION);
		const upgraded = await db.accounts.get('a1');
		expect(upgraded).toMatchObject({
			nameKey: 'zurich offentlich',
			words: ['zurich', 'offentlich', '100000001']
		});
		// The new indexes answer queries over the migrated rows.
		expect(
			(await db.accounts.where('words').startsWith('offe').toArray()).map((a) => a.id)
		).toEqual(['a1']);
		expect(
			(
				await db.accounts
					.where('[status+nameKey]')
					.between(['deactivated', ''], ['deactivated', '\uffff'])
					.toArray()
			).map((a) => a.id)
		).toEqual(['a2']);
		// v8: the per-word index entries of v3 are gone again; the account's users are found on
		// `[accountId+nameKey]`, which the upgrade filled for a row that lacked its name key.
		expect(await db.users.get('u1')).not.toHaveProperty('acctWords');
		expect(db.users.schema.idxByName).not.toHaveProperty('acctWords');
		expect(db.users.schema.idxByName).not.toHaveProperty('accountId');
		expect(db.events.schema.idxByName).not.toHaveProperty('accountId');
		expect(await accountUsers(db, 'a1').primaryKeys()).toEqual(['u1']);
		expect(await accountUsers(db, 'a2').count()).toBe(0);
		// v5: the filter facets of the migrated users, answered by their index.
		expect((await db.users.get('u1'))?.acctFacets).toEqual([
			'a1:admins',
			'a1:registered',
			'a1:pbx',
			'a1:product:mitel-one-elite'
		]);
		expect(await db.users.where('acctFacets').equals('a1:pbx').primaryKeys()).toEqual(['u1']);
		// v7: the account's search words, in its bucket rows.
		const buckets = await db.searchWords.where('accountId').equals('a1').toArray();
		expect(buckets.map((b) => b.texts)).toEqual([{ u1: '\u0001x' }]);
		expect(await db.searchWords.where('accountId').equals('a2').count()).toBe(0);
		db.close();
		await Dexie.delete(name);
	});

	it('upgrades a version 7 database: users lose their per-word index entries, nothing else', async () => {
		const name = `migrate-v7-${crypto.randomUUID()}`;
		const v7 = new Dexie(name);
		declareSchema(v7, 7);
		await v7.open();
		await v7.table('users').add({
			id: 'u1',
			accountId: 'a1',
			name: 'Zoë Quinn',
			nameKey: 'zoe quinn',
			emailKey: 'zoe@example.com',
			words: ['zoe', 'quinn'],
			acctWords: ['a1:zoe', 'a1:quinn'],
			acctFacets: ['a1:pbx']
		});
		await v7.table('events').add({ id: 'e1', accountId: 'a1', eventDate: '2026-01-01T00:00:00Z' });
		v7.close();

		const db = new WorkspaceDb(name);
		await db.open();
		expect(db.verno).toBe(LATEST_VERSION);
		const row = await db.users.get('u1');
		expect(row).not.toHaveProperty('acctWords');
		expect(row).toMatchObject({ nameKey: 'zoe quinn', words: ['zoe', 'quinn'] });
		expect(await accountUsers(db, 'a1').primaryKeys()).toEqual(['u1']);
		expect(await accountEvents(db, 'a1').primaryKeys()).toEqual(['e1']);
		expect(await db.users.where('acctFacets').equals('a1:pbx').primaryKeys()).toEqual(['u1']);
		db.close();
		await Dexie.delete(name);
	});

	it('takes two accounts with the same Account ID from version 8 on (the merge resolves them)', async () => {
		const name = `unique-${crypto.randomUUID()}`;
		const db = new WorkspaceDb(name);
		await db.open();
		const row = {
			accountNumber: '100000001',
			name: 'A',
			status: 'active',
			nameKey: 'a',
			words: ['a']
		};
		await db.accounts.add({ ...row, id: 'a1' } as never);
		await db.accounts.add({ ...row, id: 'a2' } as never);
		expect(await db.accounts.where('accountNumber').equals('100000001').primaryKeys()).toEqual([
			'a1',
			'a2'
		]);
		db.close();
		await Dexie.delete(name);
	});

	it('refuses duplicate Account IDs in versions 2 to 7', async () => {
		const name = `unique-${crypto.randomUUID()}`;
		const db = new Dexie(name);
		declareSchema(db, 7);
		await db.open();
		const row = {
			accountNumber: '100000001',
			name: 'A',
			status: 'active',
			nameKey: 'a',
			words: ['a']
		};
		await db.table('accounts').add({ ...row, id: 'a1' });
		await expect(db.table('accounts').add({ ...row, id: 'a2' })).rejects.toThrow();
		db.close();
		await Dexie.delete(name);
	});

	it('upgrades a version 10 draft: its rows move into chunks of a thousand, with their keys', async () => {
		const name = `migrate-v10-${crypto.randomUUID()}`;
		const v10 = new Dexie(name);
		declareSchema(v10, 10);
		await v10.open();
		const row = (i: number) => ({
			firstName: `F${i}`,
			lastName: 'L',
			name: '',
			email: `u${i}@example.com`,
			role: '',
			mobile: '',
			extension: ''
		});
		await v10.table('importDrafts').add({
			key: 'p1 a1',
			fileName: 'users.csv',
			rows: Array.from({ length: 1500 }, (_, i) => row(i)),
			ignored: ['Office'],
			savedAt: '2026-12-01T10:00:00.000Z'
		});
		v10.close();

		const db = new WorkspaceDb(name);
		await db.open();
		expect(await db.importDrafts.get('p1 a1')).toEqual({
			key: 'p1 a1',
			fileName: 'users.csv',
			ignored: ['Office'],
			rowCount: 1500,
			savedAt: '2026-12-01T10:00:00.000Z'
		});
		const chunks = await db.importDraftRows.toArray();
		expect(chunks.map((c) => [c.draft, c.chunk, c.rows.length])).toEqual([
			['p1 a1', 0, 1000],
			['p1 a1', 1, 500]
		]);
		expect(chunks[1]?.rows[499]).toEqual({ ...row(1499), key: 1500 });
		db.close();
		await Dexie.delete(name);
	});
});
