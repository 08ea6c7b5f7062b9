import { describe, expect, it } from 'vitest';
import { formatStamp } from '$lib/domain/clock';
import { conflictEvents } from './conflicts.service';

describe('conflict events', () => {
	it('records a duplicate e-mail once, tagged conflict, naming both users', () => {
		const conflict = {
			kind: 'duplicate_email' as const,
			accountId: 'a1',
			email: 'dana@example.com',
			users: [
				{ id: 'u1', name: 'Dana Lee' },
				{ id: 'u2', name: 'Dana L.' }
			],
			at: '2026-12-03T10:00:00.000Z'
		};
		const [event] = conflictEvents(conflict);
		expect(event).toMatchObject({
			accountId: 'a1',
			asset: 'User',
			assetId: 'u1',
			actorName: 'System',
			eventDate: '2026-12-03T10:00:00.000Z',
			logTags: ['conflict', 'duplicate-email'],
			extraDetails: { users: conflict.users }
		});
		// Every device that finds it writes the same event.
		const reversed = { ...conflict, users: [...conflict.users].reverse() };
		expect(conflictEvents(reversed)[0]?.id).toBe(event?.id);
	});

	it('records a renumbered account as an edit of its Account ID in its own history', () => {
		const [event] = conflictEvents({
			kind: 'duplicate_account_id',
			accountNumber: '123456789',
			keeper: { id: 'acct-a', name: 'Initech' },
			renumbered: [{ id: 'acct-b', name: 'Globex', to: '987654321' }],
			at: '2026-12-03T10:00:00.000Z'
		});
		expect(event).toMatchObject({
			accountId: 'acct-b',
			action: 'Edit',
			asset: 'Account',
			propertiesChanged: ['accountNumber'],
			coreDetails: { id: 'acct-b', name: 'Globex', accountNumber: '987654321' },
			extraDetails: { previous: { accountNumber: '123456789' }, keptBy: { name: 'Initech' } },
			logTags: ['conflict', 'duplicate-account-id']
		});
	});

	it('records a record refused by its room in that account history, tagged rejected', () => {
		const [event] = conflictEvents({
			kind: 'rejected_record',
			room: 'acct:a1',
			accountId: 'a1',
			recordId: 'u9',
			claimedAccountId: 'a2',
			at: '2026-12-03T10:00:00.000Z'
		});
		expect(event).toMatchObject({
			accountId: 'a1',
			assetId: 'u9',
			logTags: ['rejected'],
			coreDetails: { id: 'u9', accountId: 'a2' },
			extraDetails: { room: 'acct:a1' }
		});
	});

	it('records a lost intent once, with both intents: who and when', () => {
		const side = (id: string, kind: 'assign' | 'unassign', wall: number, name: string) => ({
			id,
			key: 'assign:m-chris:a-globex',
			kind,
			stamp: formatStamp(wall, 0, `node-${id}`),
			after: 'base',
			by: { id: `p-${id}`, name }
		});
		const loser = side('o2', 'assign', Date.UTC(2026, 11, 3, 9), 'Dana Lee');
		const winner = side('o3', 'unassign', Date.UTC(2026, 11, 3, 10), 'Erik Berg');
		const conflict = {
			kind: 'lost_intent' as const,
			conflict: { id: 'conflict:o2:o3', key: winner.key, winner, loser },
			at: '2026-12-03T10:00:00.000Z'
		};
		const [event] = conflictEvents(conflict, 'partner');
		expect(event).toMatchObject({
			accountId: 'partner',
			asset: 'Account Manager',
			assetId: 'm-chris',
			actorName: 'System',
			eventDate: '2026-12-03T10:00:00.000Z',
			logTags: ['conflict'],
			extraDetails: {
				accountId: 'a-globex',
				winner: { kind: 'unassign', by: 'Erik Berg', at: '2026-12-03T10:00:00.000Z' },
				loser: { kind: 'assign', by: 'Dana Lee', at: '2026-12-03T09:00:00.000Z' }
			}
		});
		expect(conflictEvents(conflict, 'partner')[0]?.id).toBe(event?.id);
	});
});
