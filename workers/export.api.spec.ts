import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { MAX_BACKUP_BYTES, packBackup, unpackBackup, zipEmails, zipMessages } from './export.api';

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

describe('workspace export archive', () => {
	const manifest = JSON.stringify({ format: 'switchboard-workspace', rooms: ['ws:w1', 'acct:a1'] });
	const ws = new Uint8Array([1, 2, 3]);
	const acct = new Uint8Array([4, 5, 6, 7]);

	it('packs the manifest and every room state, and reads them back in order', () => {
		const zip = packBackup(manifest, [
			{ name: 'ws:w1', state: ws },
			{ name: 'acct:a1', state: acct }
		]);
		const unpacked = unpackBackup(zip);
		expect(unpacked?.manifest).toEqual(JSON.parse(manifest));
		expect(unpacked?.states.map((s) => [...s])).toEqual([
			[1, 2, 3],
			[4, 5, 6, 7]
		]);
	});

	it('reads nothing from a file that is not such an archive', () => {
		expect(unpackBackup(new TextEncoder().encode('%PDF-1.7 not a zip'))).toBeNull();
		expect(unpackBackup(zipSync({ 'other.txt': strToU8('hello') }))).toBeNull();
		expect(unpackBackup(zipSync({ 'manifest.json': strToU8('{not json') }))).toBeNull();
		// A room the manifest names but the archive lacks.
		expect(
			unpackBackup(zipSync({ 'manifest.json': strToU8(manifest), 'rooms/0.bin': ws }))
		).toBeNull();
		// A damaged archive: cut in half.
		const zip = packBackup(manifest, [
			{ name: 'ws:w1', state: ws },
			{ name: 'acct:a1', state: acct }
		]);
		expect(unpackBackup(zip.slice(0, zip.length / 2))).toBeNull();
	});

	it('refuses, before inflating it, an archive that would unpack to more than the cap', () => {
		// A zip bomb in miniature: 40 MB of zeros in a file of a few tens of kB, against a cap of
		// 32 MB (the real cap is 1 GiB; the same check on the sizes the archive declares).
		const zeros = new Uint8Array(2 * 1024 * 1024);
		const entries: Record<string, Uint8Array> = { 'manifest.json': strToU8(manifest) };
		for (let i = 0; i < 20; i++) entries[`rooms/${i}.bin`] = zeros;
		const bomb = zipSync(entries, { level: 9 });
		expect(bomb.length).toBeLessThan(200_000);
		expect(unpackBackup(bomb, 32 * 1024 * 1024)).toBeNull();
		expect(MAX_BACKUP_BYTES).toBe(1024 * 1024 * 1024);
	});
});
