import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { LATEST_VERSION, WorkspaceDb, declareSchema } from './workspace.db';

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
		// v3: users get per-account search words, answered by their index.
		expect(await db.users.get('u1')).toMatchObject({ accountId: 'a1', acctWords: ['a1:x'] });
		expect(await db.users.where('acctWords').startsWith('a1:x').primaryKeys()).toEqual(['u1']);
		expect(await db.users.where('acctWords').startsWith('a2:x').count()).toBe(0);
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

	it('refuses duplicate Account IDs from version 2 on', async () => {
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
		await expect(db.accounts.add({ ...row, id: 'a2' } as never)).rejects.toThrow();
		db.close();
		await Dexie.delete(name);
	});
});
