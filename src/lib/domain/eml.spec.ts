import { describe, expect, it } from 'vitest';
import {
	bodyParts,
	EMAIL_FROM,
	buildEml,
	emlFileName,
	encodedWords,
	mailtoLink,
	quotedPrintable,
	rfc5322Date,
	uniqueFileNames,
	type EmailMessage
} from './eml';

/** An independent reader of what `buildEml` writes: header unfolding, RFC 2047, QP. */
function parseEml(eml: string): { headers: Map<string, string>; rawHeaders: string; body: string } {
	const split = eml.indexOf('\r\n\r\n');
	const rawHeaders = eml.slice(0, split);
	const unfolded = rawHeaders.replace(/\r\n(?=[ \t])/g, '');
	const headers = new Map<string, string>();
	for (const line of unfolded.split('\r\n')) {
		const colon = line.indexOf(':');
		headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
	}
	return { headers, rawHeaders, body: eml.slice(split + 4) };
}

function decodeWords(value: string): string {
	return value
		.replace(/(\?=)\s+(=\?)/g, '$1$2')
		.replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, b64: string) =>
			new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)))
		);
}

function decodeQuotedPrintable(body: string): string {
	const joined = body.replace(/=\r\n/g, '');
	const bytes: number[] = [];
	for (let i = 0; i < joined.length; i += 1) {
		if (joined[i] === '=') {
			bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
			i += 2;
		} else bytes.push(joined.charCodeAt(i));
	}
	return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
}

const GERMAN: EmailMessage = {
	id: '7d1c1c2e-0000-4000-8000-000000000001',
	createdAt: '2026-02-01T10:00:05.000Z',
	to: 'juergen.mueller@example.com',
	toName: 'Jürgen Müller',
	subject: 'Willkommen bei Müller & Söhne Straßenbau GmbH – Zugang für Ihr neues Konto einrichten',
	body: 'Hallo Jürgen,\n\nein Administrator von Müller & Söhne hat ein Konto für Sie angelegt.\n\nÖffnen Sie diesen Link, um Ihr Passwort festzulegen und die Einrichtung Ihres Kontos abzuschließen:\nhttp://localhost:8080/register/abc_DEF-123\n\nDer Link ist 14 Tage gültig.   \n'
};

const FRENCH: EmailMessage = {
	...GERMAN,
	id: '7d1c1c2e-0000-4000-8000-000000000002',
	to: 'francoise@example.fr',
	toName: 'Françoise Lefèvre',
	subject: 'Bienvenue chez Crème Brûlée SARL',
	body: 'Bonjour Françoise,\n\nUn administrateur de « Crème Brûlée » a créé un compte pour vous. Voilà : ouvrez ce lien très long pour terminer la création de votre compte et choisir votre mot de passe.\n'
};

describe('buildEml', () => {
	it('writes the required headers, CRLF everywhere, and lines of at most 78 characters', () => {
		const eml = buildEml(GERMAN);
		expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(eml.endsWith('\r\n')).toBe(true);
		const { headers, rawHeaders } = parseEml(eml);
		for (const line of rawHeaders.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
		expect(headers.get('date')).toBe('Sun, 01 Feb 2026 10:00:05 +0000');
		expect(headers.get('from')).toBe(EMAIL_FROM);
		expect(headers.get('message-id')).toBe(
			'<7d1c1c2e-0000-4000-8000-000000000001@switchboard.invalid>'
		);
		expect(headers.get('mime-version')).toBe('1.0');
		expect(headers.get('content-type')).toBe('text/plain; charset=UTF-8');
		expect(headers.get('content-transfer-encoding')).toBe('quoted-printable');
		// Headers are ASCII only: the accents travel as encoded-words.
		expect(rawHeaders).toMatch(/^[\x20-\x7e\r\n]*$/);
		// The long subject needed folding.
		expect(rawHeaders).toMatch(/\r\nSubject: =\?UTF-8\?B\?[^\r]*\r\n =\?UTF-8\?B\?/);
	});

	it('round-trips German and French names, subjects and bodies', () => {
		for (const message of [GERMAN, FRENCH]) {
			const { headers, body } = parseEml(buildEml(message));
			expect(decodeWords(headers.get('to') ?? '')).toBe(`${message.toName} <${message.to}>`);
			expect(decodeWords(headers.get('subject') ?? '')).toBe(message.subject);
			expect(decodeQuotedPrintable(body)).toBe(message.body.replace(/\n/g, '\r\n') + '\r\n');
		}
	});

	it('keeps the body lines within 76 characters and encodes trailing spaces', () => {
		const { body } = parseEml(buildEml(FRENCH));
		for (const line of body.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
		expect(body).toContain('=C3=A7'); // ç
		const german = parseEml(buildEml(GERMAN)).body;
		expect(german).toContain('g=C3=BCltig.  =20\r\n');
		expect(german).toContain('http://localhost:8080/register/abc_DEF-123\r\n');
	});

	it('leaves plain ASCII headers readable and quotes display names with specials', () => {
		const eml = buildEml({
			...GERMAN,
			toName: 'Smith, Ann "Annie"',
			to: 'ann@example.com',
			subject: 'Welcome to Acme'
		});
		const { headers } = parseEml(eml);
		expect(headers.get('to')).toBe('"Smith, Ann \\"Annie\\"" <ann@example.com>');
		expect(headers.get('subject')).toBe('Welcome to Acme');
		const noName = parseEml(buildEml({ ...GERMAN, toName: '' }));
		expect(noName.headers.get('to')).toBe('juergen.mueller@example.com');
	});

	it('cannot be tricked into extra headers by line breaks in a subject or name', () => {
		const { headers } = parseEml(
			buildEml({ ...GERMAN, subject: 'Hi\r\nBcc: evil@example.com', toName: 'Ann\nX: y' })
		);
		expect(headers.has('bcc')).toBe(false);
		expect(headers.has('x')).toBe(false);
		expect(headers.get('subject')).toBe('Hi Bcc: evil@example.com');
	});
});

describe('encoding helpers', () => {
	it('splits encoded-words between characters, each at most 75 characters', () => {
		const text = '€'.repeat(40) + '😀'.repeat(10);
		const words = encodedWords(text);
		expect(words.length).toBeGreaterThan(1);
		for (const w of words) expect(w.length).toBeLessThanOrEqual(75);
		expect(decodeWords(words.join(' '))).toBe(text);
	});

	it('quoted-printable never splits an escape and keeps "=" encoded', () => {
		const text = 'ä'.repeat(100) + ' a=b';
		const encoded = quotedPrintable(text);
		for (const line of encoded.split('\r\n')) {
			expect(line.length).toBeLessThanOrEqual(76);
			expect(line.replace(/=$/, '')).toMatch(/^(?:=[0-9A-F]{2}|[^=])*$/);
		}
		expect(encoded).toContain('a=3Db');
		expect(decodeQuotedPrintable(encoded)).toBe(text);
		expect(quotedPrintable('From here')).toBe('=46rom here');
	});

	it('formats RFC 5322 dates in UTC', () => {
		expect(rfc5322Date(new Date('2026-12-24T23:05:09Z'))).toBe('Thu, 24 Dec 2026 23:05:09 +0000');
	});
});

describe('mailtoLink', () => {
	it('percent-encodes subject and body (RFC 6068) with CRLF line breaks', () => {
		const link = mailtoLink('ann@example.com', 'Grüße & Co', 'Zeile 1\nZeile 2 = ?#');
		expect(link).toBe(
			'mailto:ann@example.com?subject=Gr%C3%BC%C3%9Fe%20%26%20Co&body=Zeile%201%0D%0AZeile%202%20%3D%20%3F%23'
		);
		const url = new URL(link);
		expect(url.protocol).toBe('mailto:');
		expect(url.searchParams.get('subject')).toBe('Grüße & Co');
		expect(url.searchParams.get('body')).toBe('Zeile 1\r\nZeile 2 = ?#');
	});

	it('escapes reserved characters of the address but keeps the @', () => {
		expect(mailtoLink('a?b%c@example.com', '', '')).toBe(
			'mailto:a%3Fb%25c@example.com?subject=&body='
		);
	});
});

describe('file names', () => {
	it('makes an ASCII slug of the subject', () => {
		expect(emlFileName('Willkommen bei Müller & Söhne')).toBe('willkommen-bei-muller-sohne.eml');
		expect(emlFileName('Bienvenue chez Crème Brûlée')).toBe('bienvenue-chez-creme-brulee.eml');
		expect(emlFileName('  ***  ')).toBe('email.eml');
		expect(emlFileName('x'.repeat(200))).toBe(`${'x'.repeat(60)}.eml`);
	});

	it('numbers repeated names so every file in an archive is distinct', () => {
		expect(
			uniqueFileNames(['welcome.eml', 'welcome.eml', 'Welcome.eml', 'welcome-2.eml', 'a.eml'])
		).toEqual(['welcome.eml', 'welcome-2.eml', 'Welcome-3.eml', 'welcome-2-2.eml', 'a.eml']);
	});
});

describe('bodyParts', () => {
	it('cuts a body into text and http(s) links, leaving closing punctuation as text', () => {
		expect(bodyParts('Hello Ann,\n\nOpen https://sb.example/register/abc-1. Thanks')).toEqual([
			{ text: 'Hello Ann,\n\nOpen ' },
			{ text: 'https://sb.example/register/abc-1', href: 'https://sb.example/register/abc-1' },
			{ text: '. Thanks' }
		]);
		expect(bodyParts('no links, javascript:alert(1) neither')).toEqual([
			{ text: 'no links, javascript:alert(1) neither' }
		]);
		expect(bodyParts('')).toEqual([]);
	});
});
