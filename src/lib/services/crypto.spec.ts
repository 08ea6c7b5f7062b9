import { describe, expect, it } from 'vitest';
import { hashPassword, randomToken, sha256Hex, verifyPassword } from './crypto';

describe('crypto helpers', () => {
	it('hashes passwords with PBKDF2-SHA-256, a random salt and at least 210,000 iterations', async () => {
		const a = await hashPassword('correct horse');
		const b = await hashPassword('correct horse');
		expect(a.algorithm).toBe('PBKDF2-SHA-256');
		expect(a.iterations).toBeGreaterThanOrEqual(210_000);
		expect(a.salt).not.toBe(b.salt);
		expect(a.hash).not.toBe(b.hash);
		expect(JSON.stringify(a)).not.toContain('correct horse');
		expect(await verifyPassword('correct horse', a)).toBe(true);
		expect(await verifyPassword('correct horsE', a)).toBe(false);
	});

	it('makes distinct URL-safe tokens and hex SHA-256 digests', async () => {
		const token = randomToken();
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(randomToken()).not.toBe(token);
		expect(await sha256Hex('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});
});
