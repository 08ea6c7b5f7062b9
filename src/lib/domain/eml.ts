/**
 * E-mail files: an Outbox e-mail as an RFC 5322 message (`.eml`, MIME text/plain in UTF-8,
 * quoted-printable body, RFC 2047 encoded-words in headers) and as an RFC 6068 `mailto:` link.
 *
 * ```ts
 * buildEml({ id, createdAt, to: 'ann@example.com', toName: 'Ann Müller', subject, body });
 * mailtoLink('ann@example.com', 'Willkommen', 'Hallo Ann,\n…');
 * ```
 */
import { foldText } from './text';

/** What an e-mail file needs of an Outbox row. */
export interface EmailMessage {
	id: string;
	createdAt: string;
	to: string;
	toName: string;
	subject: string;
	body: string;
}

export const EMAIL_FROM = 'Switchboard <no-reply@switchboard.invalid>';
export const MESSAGE_ID_DOMAIN = 'switchboard.invalid';

const CRLF = '\r\n';
/** RFC 5322 2.1.1: lines SHOULD be at most 78 characters (without CRLF). */
const MAX_HEADER_LINE = 78;
/** RFC 2045 6.7: encoded lines of a quoted-printable body are at most 76 characters. */
const MAX_QP_LINE = 76;
/**
 * UTF-8 bytes per encoded-word: 39 bytes are 52 base64 characters, 64 with `=?UTF-8?B?…?=`,
 * so even after `Subject: ` a word stays within 78 characters (RFC 2047 allows 75 per word).
 */
const WORD_BYTES = 39;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
] as const;

const two = (n: number): string => String(n).padStart(2, '0');

/** RFC 5322 3.3 date-time in UTC, e.g. `Sun, 01 Feb 2026 10:00:00 +0000`. */
export function rfc5322Date(date: Date): string {
	const day = DAYS[date.getUTCDay()] ?? 'Sun';
	const month = MONTHS[date.getUTCMonth()] ?? 'Jan';
	const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
	return `${day}, ${two(date.getUTCDate())} ${month} ${date.getUTCFullYear()} ${time} +0000`;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function base64(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary);
}

/** Header values are one line: a line break in a name or subject must not start a new header. */
const oneLine = (value: string): string => value.replace(/[\r\n\t]+/g, ' ').trim();

const isPlainAscii = (value: string): boolean => /^[\x20-\x7e]*$/.test(value);

/**
 * RFC 2047 B encoded-words for any text, split between characters (never inside a UTF-8
 * sequence) so that each word stays short enough to fold.
 */
export function encodedWords(text: string): string[] {
	const words: string[] = [];
	let chunk = '';
	let size = 0;
	for (const char of text) {
		const bytes = utf8(char).length;
		if (size + bytes > WORD_BYTES && chunk) {
			words.push(chunk);
			chunk = '';
			size = 0;
		}
		chunk += char;
		size += bytes;
	}
	if (chunk || words.length === 0) words.push(chunk);
	return words.map((w) => `=?UTF-8?B?${base64(utf8(w))}?=`);
}

/**
 * Folds `Name: token token …` into lines of at most 78 characters, breaking only before the
 * whitespace between tokens (RFC 5322 2.2.3). Whitespace between encoded-words is not part of
 * the decoded text (RFC 2047 6.2), so encoded text may be split freely.
 */
function foldHeader(name: string, tokens: string[]): string {
	const lines: string[] = [];
	let line = `${name}:`;
	for (const token of tokens) {
		if (line.length + 1 + token.length > MAX_HEADER_LINE && line !== `${name}:`) {
			lines.push(line);
			line = '';
		}
		line += ` ${token}`;
	}
	lines.push(line);
	return lines.join(CRLF);
}

/**
 * The tokens of an unstructured header value (Subject): plain words when the text is printable
 * ASCII that folds well, else encoded-words. `=?` in plain text would read as an encoded-word.
 */
function unstructuredTokens(value: string): string[] {
	const words = value.split(/ +/).filter(Boolean);
	const plain = isPlainAscii(value) && !value.includes('=?') && words.every((w) => w.length <= 60);
	return plain ? words : encodedWords(value);
}

/** RFC 5322 specials that force a display name into a quoted-string. */
const SPECIALS = /[()<>[\]:;@\\,."]/;

/** The tokens of a mailbox `Display Name <addr>` (the name encoded when it is not ASCII). */
function mailboxTokens(name: string, address: string): string[] {
	const display = oneLine(name);
	const addr = `<${oneLine(address)}>`;
	if (!display) return [oneLine(address)];
	if (!isPlainAscii(display) || display.includes('=?')) return [...encodedWords(display), addr];
	if (SPECIALS.test(display)) return [`"${display.replace(/(["\\])/g, '\\$1')}"`, addr];
	return [...display.split(/ +/).filter(Boolean), addr];
}

const hex = (byte: number): string => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Quoted-printable (RFC 2045 6.7) of UTF-8 text: line breaks become CRLF, every other byte that
 * is not printable ASCII is `=XX`, trailing spaces are encoded, and lines longer than 76
 * characters get soft line breaks (`=` at the end) that never split an `=XX`.
 */
export function quotedPrintable(text: string): string {
	return text
		.split(/\r\n|\r|\n/)
		.map((line) => {
			const bytes = utf8(line);
			const atoms: string[] = [];
			bytes.forEach((byte, i) => {
				const last = i === bytes.length - 1;
				const printable = byte >= 33 && byte <= 126 && byte !== 61;
				const blank = (byte === 32 || byte === 9) && !last;
				atoms.push(printable || blank ? String.fromCharCode(byte) : hex(byte));
			});
			// "From " at the start of a line gets mangled by mbox tools: keep it intact.
			if (line.startsWith('From ')) atoms[0] = hex(70);
			const out: string[] = [];
			let current = '';
			for (const atom of atoms) {
				if (current.length + atom.length > MAX_QP_LINE - 1) {
					out.push(`${current}=`);
					current = '';
				}
				current += atom;
			}
			out.push(current);
			return out.join(CRLF);
		})
		.join(CRLF);
}

/** The e-mail as an RFC 5322 / MIME message with CRLF line endings (the content of a `.eml`). */
export function buildEml(message: EmailMessage): string {
	const headers = [
		`Date: ${rfc5322Date(new Date(message.createdAt))}`,
		`From: ${EMAIL_FROM}`,
		foldHeader('To', mailboxTokens(message.toName, message.to)),
		foldHeader('Subject', unstructuredTokens(oneLine(message.subject))),
		`Message-ID: <${message.id}@${MESSAGE_ID_DOMAIN}>`,
		'MIME-Version: 1.0',
		'Content-Type: text/plain; charset=UTF-8',
		'Content-Transfer-Encoding: quoted-printable'
	];
	return `${headers.join(CRLF)}${CRLF}${CRLF}${quotedPrintable(message.body)}${CRLF}`;
}

/**
 * An RFC 6068 `mailto:` URI: the address with only its reserved characters escaped, subject
 * and body percent-encoded as UTF-8 (spaces as `%20`), line breaks in the body as `%0D%0A`.
 */
export function mailtoLink(to: string, subject: string, body: string): string {
	const address = encodeURIComponent(to.trim()).replace(/%40/g, '@');
	const query = [
		`subject=${encodeURIComponent(oneLine(subject))}`,
		`body=${encodeURIComponent(body.replace(/\r\n|\r|\n/g, CRLF))}`
	].join('&');
	return `mailto:${address}?${query}`;
}

/** A file name for an e-mail: its subject, folded to ASCII words joined by `-`, plus `.eml`. */
export function emlFileName(subject: string): string {
	const slug = foldText(subject)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `${slug || 'email'}.eml`;
}

/**
 * Distinct file names for files in one folder or archive: the second `welcome.eml` becomes
 * `welcome-2.eml`, and so on (compared case-insensitively, as many file systems do).
 */
export function uniqueFileNames(names: string[]): string[] {
	const used = new Set<string>();
	// Where numbering of each name continues: a bulk welcome repeats one subject 10,000 times.
	const next = new Map<string, number>();
	return names.map((name) => {
		const dot = name.lastIndexOf('.');
		const stem = dot > 0 ? name.slice(0, dot) : name;
		const ext = dot > 0 ? name.slice(dot) : '';
		const key = name.toLowerCase();
		let candidate = name;
		let n = next.get(key) ?? 2;
		while (used.has(candidate.toLowerCase())) candidate = `${stem}-${n++}${ext}`;
		next.set(key, n);
		used.add(candidate.toLowerCase());
		return candidate;
	});
}

export type BodyPart = { text: string } | { text: string; href: string };

/**
 * A plain-text body cut into text and web links (http/https only), so the Outbox can show an
 * e-mail with its links clickable and nothing else interpreted.
 */
export function bodyParts(body: string): BodyPart[] {
	const parts: BodyPart[] = [];
	let last = 0;
	for (const match of body.matchAll(/https?:\/\/[^\s<>"]+/g)) {
		// A sentence's closing punctuation is not part of the link.
		const href = match[0].replace(/[.,;:!?)]+$/, '');
		const start = match.index;
		if (start > last) parts.push({ text: body.slice(last, start) });
		parts.push({ text: href, href });
		last = start + href.length;
	}
	if (last < body.length) parts.push({ text: body.slice(last) });
	return parts;
}
