import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { makeAccount, makeUser } from '../../../tests/fixtures/records';
import { accountRow, userRow } from './rows';
import { LATEST_VERSION, WorkspaceDb, declareSchema } from './workspace.db';

describe('workspace database version 6 (accounts list at 10,000 accounts)', () => {
	it('counts the users a version 5 database holds and answers the new sort indexes', async () => {
		const name = `migrate-v6-${crypto.randomUUID()}`;
		const v5 = new Dexie(name);
		declareSchema(v5, 5);
		await v5.open();
		expect(v5.verno).toBe(5);
		await v5.table('accounts').bulkAdd(
			[
				makeAccount({ id: 'a1', accountNumber: '100000001', name: 'Zeta', country: 'DE' }),
				makeAccount({ id: 'a2', accountNumber: '100000002', name: 'Alpha', country: 'US' }),
				makeAccount({ id: 'a3', accountNumber: '100000003', name: 'Beta', country: 'DE' }),
				makeAccount({
					id: 'a4',
					accountNumber: '100000004',
					name: 'Gamma',
					status: 'deactivated',
					modifiedAt: '2025-01-01T00:00:00.000Z'
				})
			].map((a) => accountRow(a))
		);
		await v5
			.table('users')
			.bulkAdd(
				[
					makeUser({ id: 'u1', accountId: 'a1', email: 'u1@x.io' }),
					makeUser({ id: 'u2', accountId: 'a1', email: 'u2@x.io' }),
					makeUser({ id: 'u3', accountId: 'a4', email: 'u3@x.io' })
				].map(userRow)
			);
		v5.close();

		const db = new WorkspaceDb(name);
		await db.open();
		expect(db.verno).toBe(LATEST_VERSION);
		// One row per account with users; accounts without users have none.
		expect(await db.accountStats.toArray()).toEqual([
			{ accountId: 'a1', userCount: 2 },
			{ accountId: 'a4', userCount: 1 }
		]);
		const ids = (index: string, status: string) =>
			db.accounts
				.where(index)
				.between([status, Dexie.minKey], [status, Dexie.maxKey], true, true)
				.primaryKeys();
		expect(await ids('[status+accountNumber]', 'active')).toEqual(['a1', 'a2', 'a3']);
		// Within a country, by name.
		expect(await ids('[status+country+nameKey]', 'active')).toEqual(['a3', 'a1', 'a2']);
		expect(await ids('[status+modifiedAt]', 'deactivated')).toEqual(['a4']);
		db.close();
		await Dexie.delete(name);
	});
});
