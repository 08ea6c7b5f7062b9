/** Registration links are single-use and valid for 14 days (spec 11, Welcome e-mail). */
export const REGISTRATION_VALID_DAYS = 14;
export const PASSWORD_MIN_LENGTH = 8;
/** PBKDF2-SHA-256 work factor (OWASP 2023 minimum for SHA-256). */
export const PBKDF2_ITERATIONS = 210_000;

export type PasswordCode = 'required' | 'password_short' | 'password_mismatch';

export function registrationExpiry(now: Date): string {
	return new Date(now.getTime() + REGISTRATION_VALID_DAYS * 24 * 60 * 60 * 1000).toISOString();
}

export function tokenValid(expiresAt: string, now: Date): boolean {
	return expiresAt !== '' && new Date(expiresAt).getTime() > now.getTime();
}

/** Checks the two password fields of the registration page. */
export function validatePassword(
	password: string,
	confirm: string
): { password?: PasswordCode; confirm?: PasswordCode } {
	if (password === '') return { password: 'required' };
	if ([...password].length < PASSWORD_MIN_LENGTH) return { password: 'password_short' };
	if (confirm !== password) return { confirm: 'password_mismatch' };
	return {};
}

export type EmailSkipReason = 'registered' | 'not_registered' | 'no_email' | 'inactive';

/** Who gets which e-mail: welcome e-mails go to users not yet registered, resets to registered ones. */
export function emailSkipReason(
	kind: 'welcome' | 'password_reset',
	user: { registration: 'registered' | 'unregistered'; email: string; active: boolean }
): EmailSkipReason | null {
	if (!user.email) return 'no_email';
	if (!user.active) return 'inactive';
	if (kind === 'welcome' && user.registration === 'registered') return 'registered';
	if (kind === 'password_reset' && user.registration !== 'registered') return 'not_registered';
	return null;
}
