/** The languages Switchboard speaks; English is the fallback. */
export const LOCALES = ['en', 'de', 'nl', 'it', 'es', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, as language pickers show them. */
export const LOCALE_NAMES: Record<Locale, string> = {
	en: 'English',
	de: 'Deutsch',
	nl: 'Nederlands',
	it: 'Italiano',
	es: 'Español',
	fr: 'Français'
};

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The first supported language among the browser's preferences, else English. */
export function pickLocale(preferred: readonly string[]): Locale {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLocale(base)) return base;
	}
	return 'en';
}
