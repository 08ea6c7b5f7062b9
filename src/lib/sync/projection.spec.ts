import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { WorkspaceDb } from '$lib/db/workspace.db';
import { userRow } from '$lib/db/rows';
import { Projector, projectionsFor } from './projection';
import { onConflict, type Conflict } from './invariants';
import { stampNew, tombstone } from '$lib/domain/records';
import type { Account, User } from '$lib/domain/model';
import { makeAccount, makeUser } from '../../../tests/fixtures/records';

function account(id: string, name: string): Account {
	return makeAccount({ id, name, accountNumber: `10000000${id.slice(-1)}` });
}

function user(id: string, accountId: string, name: string): User {
	const [firstName = '', lastName = ''] = name.split(' ');
	return makeUser({
		id,
		accountId,
		name,
		firstName,
		lastName,
		email: `${id}@example.com`,
		role: 'partner'
	});
}

describe('Projector (Y.Doc → Dexie read model)', () => {
	let db: WorkspaceDb;
	let name: string;
	const errors: unknown[] = [];

	beforeEach(async () => {
		name = `projection-${crypto.randomUUID()}`;
		db = new WorkspaceDb(name);
		await db.open();
		errors.length = 0;
	});
	afterEach(async () => {
		await db.delete();
	});

	function projector(doc: Y.Doc): Projector {
		return new Projector(doc, db, 'ws:w1', projectionsFor('ws:w1', 'partner'), (e) =>
			errors.push(e)
		);
	}

	it('projects a change applied to the document into the read model, with search keys', async () => {
		const doc = new Y.Doc();
		const p = projector(doc);
		await p.start();
		doc.getMap('accounts').set('a1', stampNew(account('a1', 'Müller GmbH'), 's1'));
		await p.flushed();
		const row = await db.accounts.get('a1');
		expect(row).toMatchObject({ name: 'Müller GmbH', nameKey: 'muller gmbh' });
		expect(row?.words).toContain('muller');
		expect(row).not.toHaveProperty('_s');
		doc.getMap('accounts').delete('a1');
		await p.flushed();
		expect(await db.accounts.get('a1')).toBeUndefined();
		expect(errors).toEqual([]);
	});

	it('changes nothing when the same update is replayed', async () => {
		const source = new Y.Doc();
		source.getMap('users').set('u1', stampNew(user('u1', 'partner', 'Dana Lee'), 's1'));
		const update = Y.encodeStateAsUpdate(source);

		const doc = new Y.Doc();
		const p = projector(doc);
		await p.start();
		let writes = 0;
		db.users.hook('creating', () => void (writes += 1));
		db.users.hook('updating', () => void (writes += 1));
		Y.applyUpdate(doc, update, 'remote');
		await p.flushed();
		const first = await db.users.toArray();
		Y.applyUpdate(doc, update, 'remote');
		await p.flushed();
		expect(await db.users.toArray()).toEqual(first);
		expect(first).toHaveLength(1);
		expect(writes).toBe(1);
	});

	it('re-projects a document the read model is behind on, dropping rows it no longer has', async () => {
		await db.users.put(userRow(user('gone', 'partner', 'Old One')));
		await db.users.put(userRow(user('other', 'acct-2', 'Other Account')));
		const doc = new Y.Doc();
		doc.getMap('users').set('u1', stampNew(user('u1', 'partner', 'Dana Lee'), 's1'));
		await projector(doc).start();
		expect((await db.users.toArray()).map((u) => u.id).sort()).toEqual(['other', 'u1']);
	});

	it('skips a full re-projection when the read model already holds the document state', async () => {
		const doc = new Y.Doc();
		doc.getMap('accounts').set('a1', stampNew(account('a1', 'Acme'), 's1'));
		await projector(doc).start();
		await db.accounts.update('a1', { city: 'changed locally' });
		const again = new Projector(doc, db, 'ws:w1', projectionsFor('ws:w1', 'partner'), () => {});
		await again.start();
		expect((await db.accounts.get('a1'))?.city).toBe('changed locally');
		await again.reproject();
		expect((await db.accounts.get('a1'))?.city).toBe('Berlin');
	});

	it('keeps invalid values out of the read model', async () => {
		const doc = new Y.Doc();
		const p = projector(doc);
		await p.start();
		doc.getMap('accounts').set('bad', { id: 'bad', name: 42 });
		doc.getMap('accounts').set('a1', stampNew(account('a1', 'Acme'), 's1'));
		await p.flushed();
		expect((await db.accounts.toArray()).map((a) => a.id)).toEqual(['a1']);
	});
	it('projects a change only after the room says its update is stored on the device', async () => {
		const doc = new Y.Doc();
		let release: () => void = () => undefined;
		let asked = 0;
		const p = new Projector(
			doc,
			db,
			'ws:w1',
			projectionsFor('ws:w1', 'partner'),
			(e) => errors.push(e),
			() => {
				asked += 1;
				return new Promise<void>((resolve) => (release = resolve));
			}
		);
		await p.start();
		doc.getMap('accounts').set('a1', stampNew(account('a1', 'Müller GmbH'), 's1'));
		const flushed = p.flushed();
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(asked).toBe(1);
		expect(await db.accounts.get('a1')).toBeUndefined();
		release();
		await flushed;
		expect(await db.accounts.get('a1')).toMatchObject({ name: 'Müller GmbH' });
		expect(errors).toEqual([]);
	});

	it('does not project a record that names another account than its room, nor a deleted one', async () => {
		const doc = new Y.Doc();
		const p = new Projector(doc, db, 'acct:a1', projectionsFor('acct:a1', 'partner'), (e) =>
			errors.push(e)
		);
		await p.start();
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const found: Conflict[] = [];
		const stop = onConflict((c) => found.push(c));
		doc.getMap('users').set('u1', stampNew(user('u1', 'a1', 'Dana Lee'), 's1'));
		doc.getMap('users').set('u2', stampNew(user('u2', 'a2', 'Smuggled In'), 's1'));
		doc.getMap('users').set('u3', JSON.stringify(tombstone('s2')));
		await p.flushed();
		expect((await db.users.toArray()).map((u) => u.id)).toEqual(['u1']);
		expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^rejected: record u2/));
		// Said in the account's history (conflicts.service.ts writes it with the tag "rejected").
		expect(found[0]).toMatchObject({
			kind: 'rejected_record',
			room: 'acct:a1',
			accountId: 'a1',
			recordId: 'u2',
			claimedAccountId: 'a2'
		});
		stop();
		// A full re-projection applies the same check.
		await p.reproject();
		expect((await db.users.toArray()).map((u) => u.id)).toEqual(['u1']);
		warn.mockRestore();
		expect(errors).toEqual([]);
	});

	it('retries a batch that failed, so the change still reaches the read model', async () => {
		const doc = new Y.Doc();
		const p = projector(doc);
		await p.start();
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const transaction = vi.spyOn(db, 'transaction').mockImplementationOnce(() => {
			throw new Error('QuotaExceededError, once');
		});
		doc.getMap('accounts').set('a1', stampNew(account('a1', 'Acme'), 's1'));
		await p.flushed();
		expect(transaction.mock.calls.length).toBeGreaterThanOrEqual(2);
		expect(await db.accounts.get('a1')).toMatchObject({ name: 'Acme' });
		expect(errors).toEqual([]);
		transaction.mockRestore();
		warn.mockRestore();
	});

	it('re-projects from the document when a batch fails twice', async () => {
		const doc = new Y.Doc();
		const p = projector(doc);
		await p.start();
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const fail = () => {
			throw new Error('failed');
		};
		const transaction = vi
			.spyOn(db, 'transaction')
			.mockImplementationOnce(fail)
			.mockImplementationOnce(fail);
		doc.getMap('accounts').set('a1', stampNew(account('a1', 'Acme'), 's1'));
		await p.flushed();
		expect(await db.accounts.get('a1')).toMatchObject({ name: 'Acme' });
		expect(errors).toEqual([]);
		transaction.mockRestore();
		warn.mockRestore();
	});
});
