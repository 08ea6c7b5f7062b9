import { describe, expect, it } from 'vitest';
import type { Profile } from '$lib/domain/model';
import { addOutboxRows, getOutboxRow } from '$lib/db/outbox.query';
import type { ServiceContext } from './context';
import { markEmailSent, outboxScope } from './outbox.service';

function context(role: Profile['role'], accountId: string, workspaceId: string): ServiceContext {
	const profile: Profile = {
		id: 'p1',
		workspaceId,
		workspaceName: 'Acme Telecom',
		personId: 'person-1',
		accountId,
		name: 'Dana Lee',
		email: 'dana@example.com',
		role,
		createdAt: '2026-01-01T00:00:00.000Z',
		lastUsedAt: '2026-01-01T00:00:00.000Z'
	};
	const workspace = {
		id: workspaceId,
		name: 'Acme Telecom',
		partnerAccountId: 'partner',
		createdAt: '2026-01-01T00:00:00.000Z',
		createdBy: 'person-1',
		publicKey: {}
	};
	return { profile, workspace };
}

describe('Outbox service', () => {
	it('shows partners every e-mail, account admins their account, users nothing', () => {
		expect(outboxScope(context('partner', 'partner', 'w1').profile)).toEqual({
			workspaceId: 'w1',
			accountId: null
		});
		expect(outboxScope(context('account_admin', 'a1', 'w1').profile)).toEqual({
			workspaceId: 'w1',
			accountId: 'a1'
		});
		expect(outboxScope(context('user', 'a1', 'w1').profile)).toBeNull();
	});

	it('marks an e-mail as sent only for someone who may see it', async () => {
		const ws = crypto.randomUUID();
		await addOutboxRows(ws, [
			{
				id: 'm1',
				createdAt: '2026-02-01T10:00:00.000Z',
				status: 'queued',
				sentAt: '',
				kind: 'welcome',
				accountId: 'a1',
				userId: 'u1',
				to: 'ann@example.com',
				toName: 'Ann Smith',
				subject: 'Welcome',
				body: 'Hi'
			}
		]);
		expect(await markEmailSent(context('account_admin', 'a2', ws), 'm1')).toEqual({
			error: { kind: 'forbidden' }
		});
		expect(await markEmailSent(context('user', 'a1', ws), 'm1')).toEqual({
			error: { kind: 'forbidden' }
		});
		expect(await markEmailSent(context('partner', 'partner', ws), 'nope')).toEqual({
			error: { kind: 'not_found' }
		});
		expect((await getOutboxRow(ws, 'm1'))?.status).toBe('queued');
		const now = new Date('2026-02-02T08:00:00.000Z');
		expect(await markEmailSent(context('account_admin', 'a1', ws), 'm1', now)).toEqual({
			data: true
		});
		expect(await getOutboxRow(ws, 'm1')).toMatchObject({
			status: 'sent',
			sentAt: '2026-02-02T08:00:00.000Z'
		});
	});
});
