import { describe, expect, it } from 'vitest';
import { emailSkipReason, registrationExpiry, tokenValid, validatePassword } from './registration';

describe('registration rules', () => {
	it('needs at least 8 characters and the same password twice', () => {
		expect(validatePassword('', '')).toEqual({ password: 'required' });
		expect(validatePassword('1234567', '1234567')).toEqual({ password: 'password_short' });
		expect(validatePassword('12345678', '1234567x')).toEqual({ confirm: 'password_mismatch' });
		expect(validatePassword('12345678', '12345678')).toEqual({});
		// Characters, not UTF-16 units: 8 emoji are 8 characters.
		expect(validatePassword('😀😀😀😀😀😀😀😀', '😀😀😀😀😀😀😀😀')).toEqual({});
	});

	it('keeps links valid for 14 days', () => {
		const now = new Date('2026-01-01T00:00:00Z');
		const expiry = registrationExpiry(now);
		expect(expiry).toBe('2026-01-15T00:00:00.000Z');
		expect(tokenValid(expiry, new Date('2026-01-14T23:59:59Z'))).toBe(true);
		expect(tokenValid(expiry, new Date('2026-01-15T00:00:00Z'))).toBe(false);
		expect(tokenValid('', now)).toBe(false);
	});

	it('sends welcome e-mails to unregistered users and resets to registered ones', () => {
		const user = { registration: 'unregistered' as const, email: 'a@b.co', active: true };
		expect(emailSkipReason('welcome', user)).toBeNull();
		expect(emailSkipReason('password_reset', user)).toBe('not_registered');
		expect(emailSkipReason('welcome', { ...user, registration: 'registered' })).toBe('registered');
		expect(emailSkipReason('password_reset', { ...user, registration: 'registered' })).toBeNull();
		expect(emailSkipReason('welcome', { ...user, active: false })).toBe('inactive');
	});
});
