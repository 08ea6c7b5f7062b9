/** Codes of validation failures; the UI maps each to a localized message. */
export type ValidationCode = 'required' | 'too_long' | 'email_invalid';

export type FieldErrors<F extends string> = Partial<Record<F, ValidationCode>>;

export type Validated<T, F extends string> =
	{ ok: true; value: T } | { ok: false; errors: FieldErrors<F> };

// Pragmatic address check (the same shape browsers use for type=email): one @, a dot in the
// domain, no spaces. Full RFC 5322 would accept addresses no mail app can use.
const EMAIL_RE =
	/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export function isValidEmail(value: string): boolean {
	const email = value.trim();
	if (email.length > 254 || !EMAIL_RE.test(email)) return false;
	const tld = email.slice(email.lastIndexOf('.') + 1);
	return /^[a-zA-Z]{2,}$|^xn--/.test(tld);
}

export function normalizeEmail(value: string): string {
	return value.trim().toLowerCase();
}

/** Trimmed text with a maximum length; collapses inner runs of white space. */
export function checkText(
	value: string,
	opts: { required: boolean; max: number }
): { value: string; code?: ValidationCode } {
	const text = value.trim().replace(/\s+/g, ' ');
	if (opts.required && text === '') return { value: text, code: 'required' };
	if (text.length > opts.max) return { value: text, code: 'too_long' };
	return { value: text };
}

export function checkEmail(value: string): { value: string; code?: ValidationCode } {
	const email = value.trim();
	if (email === '') return { value: email, code: 'required' };
	if (!isValidEmail(email)) return { value: email, code: 'email_invalid' };
	return { value: email };
}
