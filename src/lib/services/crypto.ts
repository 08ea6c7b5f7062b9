import type { PasswordHash } from '$lib/domain/model';
import { PBKDF2_ITERATIONS } from '$lib/domain/registration';

function base64(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** A random URL-safe token (256 bits). */
export function randomToken(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(32));
	return base64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function derive(
	password: string,
	salt: Uint8Array<ArrayBuffer>,
	iterations: number
): Promise<Uint8Array> {
	const key = await crypto.subtle.importKey(
		'raw',
		new TextEncoder().encode(password),
		'PBKDF2',
		false,
		['deriveBits']
	);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		key,
		256
	);
	return new Uint8Array(bits);
}

/** PBKDF2-SHA-256 with a random 16-byte salt; only this hash is ever stored. */
export async function hashPassword(
	password: string,
	iterations = PBKDF2_ITERATIONS
): Promise<PasswordHash> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const hash = await derive(password, salt, iterations);
	return { algorithm: 'PBKDF2-SHA-256', iterations, salt: base64(salt), hash: base64(hash) };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
	const hash = await derive(password, fromBase64(stored.salt), stored.iterations);
	const expected = fromBase64(stored.hash);
	if (hash.length !== expected.length) return false;
	let diff = 0;
	for (let i = 0; i < hash.length; i += 1) diff |= (hash[i] ?? 0) ^ (expected[i] ?? 0);
	return diff === 0;
}
