import { describe, expect, it } from 'vitest';
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
});
