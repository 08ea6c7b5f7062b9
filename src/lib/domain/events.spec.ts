import { describe, expect, it } from 'vitest';
import { buildEvent, changedProperties, eventRoomName } from './events';

const actor = { id: 'p1', name: 'Dana Lee' };
const common = {
	id: 'e1',
	accountId: 'a1',
	actor,
	asset: 'User' as const,
	assetId: 'u1',
	eventDate: '2026-03-05T10:00:00.000Z',
	identity: ['name', 'email']
};

describe('changedProperties', () => {
	it('lists fields whose value differs, ignoring bookkeeping', () => {
		expect(
			changedProperties(
				{ name: 'A', tags: ['x'], modifiedAt: '1', _s: {} },
				{ name: 'A', tags: ['x', 'y'], role: 'user', modifiedAt: '2', _s: {} }
			)
		).toEqual(['role', 'tags']);
	});
});

describe('buildEvent', () => {
	it('records a creation with every field as changed and the new values', () => {
		const event = buildEvent({
			...common,
			before: null,
			after: { name: 'Ann', email: 'ann@x.io' }
		});
		expect(event).toMatchObject({
			action: 'Create',
			actorName: 'Dana Lee',
			eventType: 'Admin',
			propertiesChanged: ['email', 'name'],
			coreDetails: { id: 'u1', name: 'Ann', email: 'ann@x.io' },
			extraDetails: {}
		});
	});

	it('records an edit with the previous values in the extra details', () => {
		const event = buildEvent({
			...common,
			before: { name: 'Ann', email: 'ann@x.io', role: 'user' },
			after: { name: 'Ann', email: 'ann@x.io', role: 'account_admin' },
			logTags: ['bulk']
		});
		expect(event.action).toBe('Edit');
		expect(event.propertiesChanged).toEqual(['role']);
		expect(event.coreDetails).toEqual({
			id: 'u1',
			name: 'Ann',
			email: 'ann@x.io',
			role: 'account_admin'
		});
		expect(event.extraDetails).toEqual({ previous: { role: 'user' } });
		expect(event.logTags).toEqual(['bulk']);
	});

	it('records a deletion with the whole previous record', () => {
		const event = buildEvent({
			...common,
			before: { name: 'Ann', email: 'a@x.io', _s: {} },
			after: null
		});
		expect(event.action).toBe('Delete');
		expect(event.propertiesChanged).toEqual([]);
		expect(event.extraDetails).toEqual({ previous: { name: 'Ann', email: 'a@x.io' } });
	});

	it('files events into the month room of their account', () => {
		expect(eventRoomName('a1', '2026-03-05T10:00:00.000Z')).toBe('events:a1:2026-03');
	});
});
