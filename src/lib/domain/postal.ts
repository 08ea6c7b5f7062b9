/**
 * Postal/ZIP code formats per country (spec 10). A valid code comes back in its canonical form
 * (`k1a0b1` → `K1A 0B1`, `1234ab` → `1234 AB`), so stored codes compare and print the same.
 */
export type PostalCheck = { ok: true; value: string } | { ok: false; code: 'required' | 'invalid' };

interface Format {
	pattern: RegExp;
	normalize?: (upper: string) => string;
}

/** Puts the single space before the last three characters (the inward code in CA and GB). */
function spaceBeforeLast3(upper: string): string {
	const compact = upper.replace(/\s+/g, '');
	return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

const FIVE_DIGITS: Format = { pattern: /^\d{5}$/ };

const FORMATS: Record<string, Format> = {
	US: { pattern: /^\d{5}(-\d{4})?$/ },
	// Canada Post: letters D, F, I, O, Q, U never appear; W and Z never first.
	CA: {
		pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/,
		normalize: spaceBeforeLast3
	},
	// Royal Mail: outward code (area, district) and inward code (sector digit, unit letters).
	GB: {
		pattern:
			/^(GIR ?0AA|[A-PR-UWYZ](\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]) ?\d[ABD-HJLNP-UW-Z]{2})$/,
		normalize: spaceBeforeLast3
	},
	DE: FIVE_DIGITS,
	FR: FIVE_DIGITS,
	IT: FIVE_DIGITS,
	ES: FIVE_DIGITS,
	NL: {
		pattern: /^[1-9]\d{3} ?[A-Z]{2}$/,
		normalize: (upper) => `${upper.slice(0, 4)} ${upper.slice(-2)}`
	}
};

const OTHER: Format = { pattern: /^[A-Z0-9][A-Z0-9 -]{0,8}[A-Z0-9]$/ };

/** Checks a postal code for a country; unknown or empty countries get the general format. */
export function checkPostalCode(country: string, value: string): PostalCheck {
	const text = value.trim().replace(/\s+/g, ' ');
	if (text === '') return { ok: false, code: 'required' };
	const upper = text.toUpperCase();
	const format = FORMATS[country];
	if (!format) {
		// 2-10 letters, digits, spaces or dashes; the case is kept as typed.
		return OTHER.pattern.test(upper) ? { ok: true, value: text } : { ok: false, code: 'invalid' };
	}
	if (!format.pattern.test(upper)) return { ok: false, code: 'invalid' };
	return { ok: true, value: format.normalize ? format.normalize(upper) : upper };
}

const EXAMPLES: Record<string, string> = {
	US: '12345',
	CA: 'K1A 0B1',
	GB: 'SW1A 1AA',
	DE: '10115',
	FR: '75008',
	IT: '00184',
	ES: '28013',
	NL: '1234 AB'
};

/** A valid code of a country with a fixed format, for the error message; null for the others. */
export function postalExample(country: string): string | null {
	return EXAMPLES[country] ?? null;
}
