import { afterEach, describe, expect, it } from 'vitest';
import { buildEvent, type EventRecord } from '$lib/domain/events';
import { commit, readRecord } from './commit';
import { Room } from './room';

function event(i: number): EventRecord {
	return buildEvent({
		id: `e${i}`,
		accountId: 'a1',
		actor: { id: 'p1', name: 'Pat' },
		asset: 'User',
		assetId: `u${i}`,
		eventDate: '2026-12-02T10:00:00.000Z',
		before: null,
		after: { name: `User ${i}` },
		identity: ['name'],
		logTags: []
	});
}

describe('commit', () => {
	const rooms: Room[] = [];
	afterEach(async () => {
		await Promise.all(rooms.splice(0).map((r) => r.close()));
	});

	it('writes a bulk change as one update per room, its events included', async () => {
		const workspace = `commit-${crypto.randomUUID()}`;
		const users = await Room.open(workspace, 'acct:a1');
		const month = await Room.open(workspace, 'ev:a1:2026-12');
		rooms.push(users, month);
		const updates = { users: 0, month: 0 };
		users.doc.on('update', () => (updates.users += 1));
		month.doc.on('update', () => (updates.month += 1));

		const events = Array.from({ length: 500 }, (_, i) => event(i));
		commit(
			users,
			events.map((e) => ({ map: 'users', id: e.assetId, value: { id: e.assetId } })),
			events.map((e) => ({ room: month, event: e }))
		);

		expect(updates).toEqual({ users: 1, month: 1 });
		expect(month.map('events').size).toBe(500);
		expect(readRecord(month, 'events', 'e499')).toMatchObject({ id: 'e499', assetId: 'u499' });
		expect(readRecord(users, 'users', 'u0')).toEqual({ id: 'u0' });
	});
});
