import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { stampNew, stampPatch } from '$lib/domain/records';
import { WorkspaceDb } from '$lib/db/workspace.db';
import { makeAccount } from '../../../tests/fixtures/records';
import { Projector, projectionsFor } from './projection';
import { encodeRecord } from './records';

describe('the account row, put together from both rooms', () => {
	async function rowAfter(order: 'entry-first' | 'record-first') {
		const db = new WorkspaceDb(`rows-${crypto.randomUUID()}`);
		await db.open();
		const ws = new Y.Doc();
		const acct = new Y.Doc();
		const pw = new Projector(ws, db, 'ws:w1', projectionsFor('ws:w1', 'p'), (e) => {
			throw e;
		});
		const pa = new Projector(acct, db, 'acct:a1', projectionsFor('acct:a1', 'p'), (e) => {
			throw e;
		});
		await Promise.all([pw.start(), pa.start()]);
		const record = stampNew(makeAccount({ id: 'a1', name: 'Old name', city: 'Basel' }), 's1');
		// The directory was renamed since (e.g. an Account ID clash settled in ws:).
		const entry = {
			...stampPatch(record, { name: 'New name', accountNumber: '300000003' }, 's2'),
			_d: 1
		};
		const writeEntry = async () => {
			ws.getMap('accounts').set('a1', encodeRecord(entry));
			await pw.flushed();
		};
		const writeRecord = async () => {
			acct.getMap('account').set('a1', encodeRecord(record));
			await pa.flushed();
		};
		if (order === 'entry-first') {
			await writeEntry();
			expect(await db.accounts.get('a1')).toMatchObject({ name: 'New name', detailsPending: true });
			await writeRecord();
		} else {
			await writeRecord();
			expect(await db.accounts.get('a1')).toMatchObject({ name: 'Old name', city: 'Basel' });
			await writeEntry();
		}
		const row = await db.accounts.get('a1');
		await db.delete();
		return row;
	}

	it('is the same whichever room arrives first, directory fields from ws:', async () => {
		const a = await rowAfter('entry-first');
		const b = await rowAfter('record-first');
		expect(a).toEqual(b);
		expect(a).toMatchObject({ name: 'New name', accountNumber: '300000003', city: 'Basel' });
		expect(a).not.toHaveProperty('detailsPending');
	});
});
