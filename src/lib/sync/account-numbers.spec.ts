import { afterEach, describe, expect, it } from 'vitest';
import { reserveAccountNumber, usedAccountNumbers } from './account-numbers';
import { encodeRecord } from './records';
import { Room } from './room';

let room: Room | null = null;

afterEach(async () => {
	await room?.close();
	room = null;
});

async function openRoom(): Promise<Room> {
	const id = crypto.randomUUID();
	room = await Room.open(id, `ws:${id}`);
	return room;
}

describe('usedAccountNumbers', () => {
	it('counts the register and the accounts map, including accounts written after the first look', async () => {
		const r = await openRoom();
		r.map('accounts').set('a1', encodeRecord({ id: 'a1', accountNumber: '100000001' }));
		expect(usedAccountNumbers(r).has('100000001')).toBe(true);
		expect(usedAccountNumbers(r).has('100000002')).toBe(false);
		// Written later (another device, sample data): seen without a new pass over the map.
		r.map('accounts').set('a2', encodeRecord({ id: 'a2', accountNumber: '100000002' }));
		expect(usedAccountNumbers(r).has('100000002')).toBe(true);
		// A deleted account's number stays used.
		r.map('accounts').delete('a1');
		expect(usedAccountNumbers(r).has('100000001')).toBe(true);
	});

	it('reserves a number the pick did not find used, and records it', async () => {
		const r = await openRoom();
		r.map('accounts').set('a1', encodeRecord({ id: 'a1', accountNumber: '100000001' }));
		const candidates = ['100000001', '100000003'];
		const number = reserveAccountNumber(r, 'a3', (used) => {
			const free = candidates.find((c) => !used.has(c));
			if (!free) throw new Error('none free');
			return free;
		});
		expect(number).toBe('100000003');
		expect(usedAccountNumbers(r).has('100000003')).toBe(true);
	});
});
