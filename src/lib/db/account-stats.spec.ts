import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '$lib/domain/model';
import { makeUser } from '../../../tests/fixtures/records';
import { applyProjection } from './readmodel';
import { WorkspaceDb } from './workspace.db';

let db: WorkspaceDb;

function user(id: string, accountId: string): User {
	return makeUser({ id, accountId, name: `User ${id}`, email: `${id}@example.com` });
}

function users(prefix: string, accountId: string, n: number): User[] {
	return Array.from({ length: n }, (_, i) => user(`${prefix}${i}`, accountId));
}

async function project(puts: User[], deletes: string[] = []): Promise<void> {
	await applyProjection(db, [{ table: 'users', puts, deletes }], 'acct:test', new Uint8Array());
}

async function counts(): Promise<Record<string, number>> {
	const rows = await db.accountStats.toArray();
	return Object.fromEntries(rows.map((r) => [r.accountId, r.userCount]));
}

/** What the counts must be: the users of each account, counted on the table itself. */
async function truth(): Promise<Record<string, number>> {
	const out: Record<string, number> = {};
	await db.users.each((u) => (out[u.accountId] = (out[u.accountId] ?? 0) + 1));
	return out;
}

beforeEach(async () => {
	db = new WorkspaceDb(`stats-${crypto.randomUUID()}`);
	await db.open();
});

afterEach(async () => {
	await db.delete();
});

describe('user counts kept by the projection', () => {
	it('follow users put and deleted in small batches', async () => {
		await project([user('u1', 'a1'), user('u2', 'a1'), user('u3', 'a2')]);
		expect(await counts()).toEqual({ a1: 2, a2: 1 });
		// An edit of users that exist changes no count; a delete of an unknown id neither.
		await project([user('u1', 'a1'), user('u3', 'a2')], ['nobody']);
		expect(await counts()).toEqual({ a1: 2, a2: 1 });
		await project([user('u4', 'a2')], ['u1']);
		expect(await counts()).toEqual({ a1: 1, a2: 2 });
		// The last user gone: no row, read as 0.
		await project([], ['u2']);
		expect(await counts()).toEqual({ a2: 2 });
		expect(await counts()).toEqual(await truth());
	});

	it('move by the difference for a small change in a big account, without counting it again', async () => {
		await project(users('x', 'a1', 40));
		expect(await counts()).toEqual({ a1: 40 });
		await project([user('new', 'a1'), user('x0', 'a1'), user('x1', 'a1')], ['x2', 'x3', 'nobody']);
		expect(await counts()).toEqual({ a1: 39 });
		expect(await counts()).toEqual(await truth());
		// The stored count is trusted (no pass over the account's users): a wrong one stays wrong
		// by the same amount, which is how a single edit in a 100,000-user account stays cheap.
		await db.accountStats.put({ accountId: 'a1', userCount: 100 });
		await project([user('new2', 'a1')]);
		expect(await counts()).toEqual({ a1: 101 });
		// A big share of the account written: counted again, right again.
		await project(users('y', 'a1', 30));
		expect(await counts()).toEqual(await truth());
	});

	it('follow big batches (counted again on the index) the same way', async () => {
		await project(users('x', 'a1', 1500));
		await project(users('y', 'a2', 3));
		expect(await counts()).toEqual({ a1: 1500, a2: 3 });
		await project(
			users('z', 'a2', 1200),
			users('x', 'a1', 600).map((u) => u.id)
		);
		expect(await counts()).toEqual({ a1: 900, a2: 1203 });
		await project(
			[],
			users('x', 'a1', 1500).map((u) => u.id)
		);
		expect(await counts()).toEqual({ a2: 1203 });
		expect(await counts()).toEqual(await truth());
	});

	it('are not touched by batches without users', async () => {
		await project([user('u1', 'a1')]);
		await applyProjection(
			db,
			[{ table: 'events', puts: [], deletes: ['e1'] }],
			'ev',
			new Uint8Array()
		);
		expect(await counts()).toEqual({ a1: 1 });
	});
});
