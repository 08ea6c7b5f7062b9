import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { zipEmails, zipMessages } from './export.api';

const message = (id: string, subject: string) => ({
	id,
	createdAt: '2026-02-01T10:00:00.000Z',
	to: `${id}@example.com`,
	toName: 'Zoë Ådland',
	subject,
	body: `Hallo,\nÖffnen Sie diesen Link: http://localhost/register/${id}\n`
});

describe('export worker API', () => {
	it('zips text files as UTF-8, keeping every file under a distinct name', () => {
		const zip = zipEmails([
			{ name: 'welcome.eml', text: 'Grüße 1' },
			{ name: 'welcome.eml', text: 'Grüße 2' },
			{ name: 'reset.eml', text: 'Réinitialiser' }
		]);
		const files = unzipSync(zip);
		expect(Object.keys(files).sort()).toEqual(['reset.eml', 'welcome-2.eml', 'welcome.eml']);
		expect(strFromU8(files['welcome.eml']!)).toBe('Grüße 1');
		expect(strFromU8(files['welcome-2.eml']!)).toBe('Grüße 2');
		expect(strFromU8(files['reset.eml']!)).toBe('Réinitialiser');
	});

	it('turns Outbox e-mails into .eml files named after their subjects', () => {
		const zip = zipMessages([
			message('u1', 'Willkommen bei Müller'),
			message('u2', 'Willkommen bei Müller'),
			message('u3', 'Passwort für Müller zurücksetzen')
		]);
		const files = unzipSync(zip);
		expect(Object.keys(files).sort()).toEqual([
			'passwort-fur-muller-zurucksetzen.eml',
			'willkommen-bei-muller-2.eml',
			'willkommen-bei-muller.eml'
		]);
		const eml = strFromU8(files['willkommen-bei-muller-2.eml']!);
		expect(eml).toContain('Message-ID: <u2@switchboard.invalid>\r\n');
		expect(eml).toContain('To: =?UTF-8?B?');
		expect(eml).toContain('Subject: =?UTF-8?B?');
		expect(eml).toContain('http://localhost/register/u2\r\n');
	});

	it('makes a valid, empty archive when there is nothing to export', () => {
		expect(Object.keys(unzipSync(zipMessages([])))).toEqual([]);
	});

	// Correctness at the scale of a bulk welcome; the time it takes belongs to `npm run bench`.
	it('handles a bulk welcome of 10,000 e-mails', { timeout: 60_000 }, () => {
		const messages = Array.from({ length: 10_000 }, (_, i) => message(`u${i}`, 'Welcome to Acme'));
		const files = unzipSync(zipMessages(messages));
		expect(Object.keys(files)).toHaveLength(10_000);
		expect(files['welcome-to-acme-10000.eml']).toBeDefined();
	});
});
