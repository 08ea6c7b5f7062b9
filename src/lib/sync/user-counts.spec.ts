import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { User } from '$lib/domain/model';
import { stampNew } from '$lib/domain/records';
import { applyProjection } from '$lib/db/readmodel';
import { userRow } from '$lib/db/rows';
import { WorkspaceDb } from '$lib/db/workspace.db';
import { makeUser } from '../../../tests/fixtures/records';
import { Projector, projectionsFor } from './projection';
import { encodeRecord } from './records';
import { accountUsers } from '$lib/db/users.query';

let db: WorkspaceDb;

function user(id: string): User {
	return makeUser({ id, accountId: 'a1', name: `User ${id}`, email: `${id}@example.com` });
}

async function count(): Promise<number> {
	return (await db.accountStats.get('a1'))?.userCount ?? 0;
}

beforeEach(async () => {
	db = new WorkspaceDb(`user-counts-${crypto.randomUUID()}`);
	await db.open();
});

afterEach(async () => {
	await db.delete();
});

describe('user counts of an account room', () => {
	it('follow remote changes and a full re-projection', async () => {
		const errors: unknown[] = [];
		const doc = new Y.Doc();
		const projector = new Projector(doc, db, 'acct:a1', projectionsFor('acct:a1', 'p'), (e) =>
			errors.push(e)
		);
		await projector.start();
		const remote = new Y.Doc();
		const map = remote.getMap('users');
		for (const id of ['r1', 'r2', 'r3', 'r4', 'r5'])
			map.set(id, encodeRecord(stampNew(user(id), 's1')));
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), 'remote');
		await projector.flushed();
		expect(await count()).toBe(5);

		map.delete('r1');
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), 'remote');
		await projector.flushed();
		expect(await count()).toBe(4);

		// A row the document does not have (the read model ran ahead): the re-projection drops it.
		await applyProjection(
			db,
			[{ table: 'users', puts: [userRow(user('stray'))], deletes: [] }],
			'other',
			new Uint8Array()
		);
		expect(await count()).toBe(5);
		await projector.reproject();
		expect(await count()).toBe(4);
		expect(await accountUsers(db, 'a1').count()).toBe(4);
		projector.stop();
		expect(errors).toEqual([]);
	});
});
