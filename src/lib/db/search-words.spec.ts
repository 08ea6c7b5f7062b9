import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '$lib/domain/model';
import { makeUser } from '../../../tests/fixtures/records';
import { applyProjection } from './readmodel';
import { workspaceDb, type WorkspaceDb } from './workspace.db';

let db: WorkspaceDb;

function user(id: string, name: string, overrides: Partial<User> = {}): User {
	const [firstName = '', lastName = ''] = name.split(' ');
	return makeUser({
		id,
		accountId: 'a1',
		name,
		firstName,
		lastName,
		email: `${id}@x.io`,
		...overrides
	});
}

async function project(puts: User[], deletes: string[] = []): Promise<void> {
	await applyProjection(db, [{ table: 'users', puts, deletes }], 'test', new Uint8Array());
}

async function buckets() {
	return db.searchWords.where('accountId').equals('a1').toArray();
}

beforeEach(async () => {
	db = workspaceDb(`sw-${crypto.randomUUID()}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

describe('search words buckets', () => {
	it('holds each user once, follows renames and removals, and drops emptied buckets', async () => {
		const users = Array.from({ length: 300 }, (_, i) => user(`u${i}`, `Person ${i}`));
		await project(users);
		const all = await buckets();
		expect(all.length).toBeGreaterThan(32);
		expect(all.length).toBeLessThanOrEqual(64);
		expect(all.reduce((n, b) => n + Object.keys(b.texts).length, 0)).toBe(300);

		await project([user('u7', 'Renamed Someone')], ['u8']);
		const texts = Object.assign({}, ...(await buckets()).map((b) => b.texts)) as Record<
			string,
			string
		>;
		expect(texts.u7).toBe('\u0001renamed\u0001someone\u0001u7\u0001x\u0001io');
		expect(texts.u8).toBeUndefined();

		await project(
			[],
			users.map((u) => u.id)
		);
		expect(await buckets()).toEqual([]);
	});

	it('does not rewrite a bucket when an edit leaves the words as they were', async () => {
		await project([user('u1', 'Ann Lee')]);
		const [before] = await buckets();
		let writes = 0;
		db.searchWords.hook('updating', () => {
			writes += 1;
		});
		db.searchWords.hook('creating', () => {
			writes += 1;
		});
		await project([user('u1', 'Ann Lee', { registrationTokenHash: 'f'.repeat(64) })]);
		expect(writes).toBe(0);
		expect(await buckets()).toEqual([before]);
		await project([user('u1', 'Ann Leigh')]);
		expect(writes).toBe(1);
	});
});
