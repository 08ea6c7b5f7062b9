import { describe, expect, it } from 'vitest';
import { deleteSummaryText, emailSummaryText, roleLabel } from './labels';

describe('bulk action summaries', () => {
	it('says how many e-mails were queued and why users were skipped', () => {
		expect(emailSummaryText({ queued: 12, skipped: { not_registered: 3 } })).toBe(
			'12 e-mails queued, 3 users skipped: not registered'
		);
		expect(emailSummaryText({ queued: 1, skipped: { registered: 1, inactive: 0 } })).toBe(
			'1 e-mail queued, 1 user skipped: already registered'
		);
	});

	it('says what a deletion did to each kind of user', () => {
		expect(
			deleteSummaryText({ deleted: 2, unregistered: 1, skipped: { partner: 1, micloud: 2 } })
		).toBe(
			'2 users deleted, 1 synced user lost only the cloud login, 1 user skipped: partner administrators cannot be deleted, 2 users skipped: synced from MiCloud Connect'
		);
		expect(deleteSummaryText({ deleted: 0, unregistered: 0, skipped: {} })).toBe('Nothing to do');
	});

	it('names built-in roles and keeps custom role ids', () => {
		expect(roleLabel('account_admin')).toBe('Account Admin');
		expect(roleLabel('role-42')).toBe('role-42');
	});
});
