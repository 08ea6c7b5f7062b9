import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '$lib/domain/model';
import { accountRow } from './rows';
import { workspaceDb, type WorkspaceDb } from './workspace.db';
import {
	combineAccountIds,
	countAccounts,
	firstAccountRows,
	getAccountRows,
	orderedAccountIds,
	searchAccountIds
} from './accounts.query';
import { makeAccount } from '../../../tests/fixtures/records';

let ws: string;
let db: WorkspaceDb;

function account(id: string, name: string, overrides: Partial<Account> = {}): Account {
	return makeAccount({ id, name, accountNumber: `10000000${id.slice(-1)}`, ...overrides });
}

beforeEach(async () => {
	ws = `accounts-${crypto.randomUUID()}`;
	db = workspaceDb(ws);
	await db.open();
	await db.accounts.bulkPut(
		[
			account('a1', 'Zürich Öffentlich', {
				country: 'CH',
				modifiedAt: '2026-01-02T00:00:00.000Z'
			}),
			account('a2', 'acme Telecom', {
				country: 'US',
				isPartner: true,
				modifiedAt: '2026-01-04T00:00:00.000Z'
			}),
			account('a3', 'Nordwind Logistik', {
				country: 'DE',
				modifiedAt: '2026-01-01T00:00:00.000Z'
			}),
			account('a4', 'Bäckerei Nord', { country: 'DE', modifiedAt: '2026-01-03T00:00:00.000Z' }),
			account('a5', 'Nordic Deactivated', { status: 'deactivated', country: 'SE' })
		].map((a) => accountRow(a))
	);
	await db.workspace.put({
		id: ws,
		name: 'Acme Telecom',
		partnerAccountId: 'a2',
		createdAt: '2026-01-01T00:00:00.000Z',
		createdBy: 'p1',
		publicKey: {}
	});
});

afterEach(async () => {
	await db.delete();
});

describe('orderedAccountIds', () => {
	it('orders the accounts of one status by each sortable column, both ways', async () => {
		const order = (sort: Parameters<typeof orderedAccountIds>[2], descending = false) =>
			orderedAccountIds(ws, 'active', sort, descending);
		// By name: folded, so case and accents do not change the order.
		expect(await order('name')).toEqual(['a2', 'a4', 'a3', 'a1']);
		expect(await order('name', true)).toEqual(['a1', 'a3', 'a4', 'a2']);
		expect(await order('accountNumber')).toEqual(['a1', 'a2', 'a3', 'a4']);
		// By country; the two German accounts by name.
		expect(await order('country')).toEqual(['a1', 'a4', 'a3', 'a2']);
		expect(await order('country', true)).toEqual(['a2', 'a3', 'a4', 'a1']);
		expect(await order('modifiedAt')).toEqual(['a3', 'a1', 'a4', 'a2']);
		expect(await orderedAccountIds(ws, 'deactivated', 'name', false)).toEqual(['a5']);
	});

	it('reads the first rows of an order alone, the same as the start of the whole order', async () => {
		const first = async (...args: Parameters<typeof orderedAccountIds>) =>
			(await firstAccountRows(...args, 2)).map((r) => r.account.id);
		for (const sort of ['name', 'accountNumber', 'country', 'modifiedAt'] as const)
			for (const descending of [false, true]) {
				const all = await orderedAccountIds(ws, 'active', sort, descending);
				expect(await first(ws, 'active', sort, descending)).toEqual(all.slice(0, 2));
			}
		expect(await first(ws, 'deactivated', 'name', false)).toEqual(['a5']);
		await db.accountStats.put({ accountId: 'a2', userCount: 4 });
		expect((await firstAccountRows(ws, 'active', 'name', false, 1))[0]?.users).toBe(4);
	});

	it('follows a change of status or name', async () => {
		const row = await db.accounts.get('a3');
		if (!row) throw new Error('seed missing');
		await db.accounts.put(accountRow({ ...row, name: 'Aardvark Logistik', status: 'deactivated' }));
		expect(await orderedAccountIds(ws, 'active', 'name', false)).toEqual(['a2', 'a4', 'a1']);
		expect(await orderedAccountIds(ws, 'deactivated', 'name', false)).toEqual(['a3', 'a5']);
	});
});

describe('searchAccountIds', () => {
	it('matches a prefix of any word of the name, case- and accent-insensitively', async () => {
		expect(await searchAccountIds(ws, '')).toBeNull();
		expect(await searchAccountIds(ws, '  ')).toBeNull();
		expect([...((await searchAccountIds(ws, 'NORD')) ?? [])].sort()).toEqual(['a3', 'a4', 'a5']);
		expect([...((await searchAccountIds(ws, 'zur')) ?? [])]).toEqual(['a1']);
		expect([...((await searchAccountIds(ws, 'bäck')) ?? [])]).toEqual(['a4']);
		expect([...((await searchAccountIds(ws, 'backerei')) ?? [])]).toEqual(['a4']);
		expect([...((await searchAccountIds(ws, 'xyz')) ?? [])]).toEqual([]);
	});

	it('needs every word, in any order, and matches the Account ID', async () => {
		expect([...((await searchAccountIds(ws, 'nord log')) ?? [])]).toEqual(['a3']);
		expect([...((await searchAccountIds(ws, 'logistik nordw')) ?? [])]).toEqual(['a3']);
		expect([...((await searchAccountIds(ws, 'nord telecom')) ?? [])]).toEqual([]);
		expect([...((await searchAccountIds(ws, '100000004')) ?? [])]).toEqual(['a4']);
		expect([...((await searchAccountIds(ws, '1000000')) ?? [])].length).toBe(5);
	});

	it('narrows many candidates by the other words index as well as few by their rows', async () => {
		// 1,600 accounts "Branch NNNN" make "branch" too many candidates to check row by row.
		await db.accounts.bulkPut(
			Array.from({ length: 1600 }, (_, i) =>
				accountRow(
					makeAccount({
						id: `b${i}`,
						name: `Branch ${i % 2 ? 'North' : 'South'} ${i}`,
						accountNumber: `2${String(i).padStart(8, '0')}`
					})
				)
			)
		);
		expect((await searchAccountIds(ws, 'branch'))?.size).toBe(1600);
		expect((await searchAccountIds(ws, 'bra n'))?.size).toBe(800);
		expect([...((await searchAccountIds(ws, 'branch south 1598')) ?? [])]).toEqual(['b1598']);
		expect([...((await searchAccountIds(ws, 'branch nord')) ?? [])]).toEqual([]);
	});

	it('combined with the ordered ids of a status, keeps the list order', async () => {
		const ordered = await orderedAccountIds(ws, 'active', 'name', false);
		expect(combineAccountIds(ordered, null)).toEqual(ordered);
		// "nord" also finds the deactivated a5: the active list does not show it.
		expect(combineAccountIds(ordered, await searchAccountIds(ws, 'nord'))).toEqual(['a4', 'a3']);
	});
});

describe('getAccountRows', () => {
	it('loads the given accounts in the given order with their user counts', async () => {
		await db.accountStats.put({ accountId: 'a3', userCount: 12 });
		const rows = await getAccountRows(ws, ['a3', 'gone', 'a1']);
		expect(rows.map((r) => [r.account.name, r.users])).toEqual([
			['Nordwind Logistik', 12],
			['Zürich Öffentlich', 0]
		]);
		// The read model's search keys stay inside the query layer.
		expect(rows[0]?.account).not.toHaveProperty('words');
	});
});

describe('countAccounts', () => {
	it('counts customer accounts without the partner account', async () => {
		expect(await countAccounts(ws)).toEqual({ customers: 4, active: 3 });
	});
});
