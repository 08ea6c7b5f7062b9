import { LOCALES, type Locale } from '$lib/domain/locale';
import { en, type MessageKey, type Messages } from './messages/en';

export type { MessageKey };
export type Params = Record<string, string | number>;

const loaders: Record<Locale, () => Promise<Messages>> = {
	en: () => Promise.resolve(en),
	de: async () => (await import('./messages/de')).de,
	nl: async () => (await import('./messages/nl')).nl,
	it: async () => (await import('./messages/it')).it,
	es: async () => (await import('./messages/es')).es,
	fr: async () => (await import('./messages/fr')).fr
};

/** Keys of plural messages: `<base>.one` and `<base>.other` exist in every language. */
type PluralBase = {
	[K in MessageKey]: K extends `${infer B}.other`
		? `${B}.one` extends MessageKey
			? B
			: never
		: never;
}[MessageKey];

/**
 * Intl formatters are costly to create (tens of microseconds each) and a list renders hundreds of
 * dates and numbers: one of each kind per language and options, made once.
 */
// A cache, not state: nothing renders from it, so a plain Map is right here.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const formatters = new Map<string, unknown>();
function formatter<T>(key: string, make: () => T): T {
	let value = formatters.get(key) as T | undefined;
	if (value === undefined) {
		value = make();
		formatters.set(key, value);
	}
	return value;
}
const numberFormat = (locale: Locale) =>
	formatter(`number:${locale}`, () => new Intl.NumberFormat(locale));

function interpolate(template: string, params: Params | undefined, locale: Locale): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		if (value === undefined) return whole;
		return typeof value === 'number' ? numberFormat(locale).format(value) : value;
	});
}

/**
 * The current language, its messages and its formats. Reading `t()` inside markup re-renders
 * when the language changes.
 *
 * ```ts
 * i18n.t('nav.accounts'); // 'Accounts' | 'Konten' | ...
 * i18n.plural('sync.pending', 3); // '3 changes pending'
 * ```
 */
class I18n {
	#locale = $state<Locale>('en');
	#messages = $state.raw<Messages>(en);

	get locale(): Locale {
		return this.#locale;
	}

	/** Loads a language's messages and switches to it. */
	async use(locale: Locale): Promise<void> {
		const messages = await loaders[locale]();
		this.#messages = messages;
		this.#locale = locale;
		if (typeof document !== 'undefined') document.documentElement.lang = locale;
	}

	t = (key: MessageKey, params?: Params): string =>
		interpolate(this.#messages[key], params, this.#locale);

	plural = (base: PluralBase, count: number, params?: Params): string => {
		const locale = this.#locale;
		const rules = formatter(`plural:${locale}`, () => new Intl.PluralRules(locale));
		const category = rules.select(count) === 'one' ? 'one' : 'other';
		const key = `${base}.${category}` as MessageKey;
		return interpolate(this.#messages[key], { count, ...params }, this.#locale);
	};

	number = (value: number): string => numberFormat(this.#locale).format(value);

	dateTime = (iso: string): string => {
		const locale = this.#locale;
		return formatter(
			`dateTime:${locale}`,
			() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
		).format(new Date(iso));
	};

	bytes = (value: number): string => {
		const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
		let unit = 0;
		let amount = value;
		while (amount >= 1024 && unit < units.length - 1) {
			amount /= 1024;
			unit += 1;
		}
		const locale = this.#locale;
		const name = units[unit] ?? 'byte';
		return formatter(
			`bytes:${locale}:${name}`,
			() => new Intl.NumberFormat(locale, { style: 'unit', unit: name, maximumFractionDigits: 1 })
		).format(amount);
	};

	countryName = (code: string): string => {
		if (!code) return '';
		const locale = this.#locale;
		const names = formatter(
			`region:${locale}`,
			() => new Intl.DisplayNames([locale], { type: 'region' })
		);
		return names.of(code) ?? code;
	};
}

export const i18n = new I18n();

/**
 * A message in a given language, whatever the UI language is: e-mails and import templates
 * follow the account's "Default Language" (spec 19, Languages).
 */
export async function translateIn(
	locale: Locale,
	key: MessageKey,
	params?: Params
): Promise<string> {
	const messages = await loaders[locale]();
	return interpolate(messages[key], params, locale);
}

/** Whether a stored string (e.g. a notification's text) names a message. */
export function isMessageKey(value: string): value is MessageKey {
	return Object.hasOwn(en, value);
}
export const t = i18n.t;
export { LOCALES };
