/**
 * Text folding for search and uniqueness: case- and diacritics-insensitive.
 * `foldText('Ærøskøbing Müller')` → `'aeroskobing muller'`.
 */
const SPECIAL_FOLDS: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ł: 'l',
	ı: 'i'
};

const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_FOLDS).join('')}]`, 'g');

export function foldText(value: string): string {
	return value
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(SPECIAL_RE, (ch) => SPECIAL_FOLDS[ch] ?? ch)
		.trim();
}

/** The distinct folded words of the given texts, for a word-prefix index. */
export function wordsOf(...values: (string | undefined | null)[]): string[] {
	const words = new Set<string>();
	for (const value of values) {
		if (!value) continue;
		for (const word of foldText(value).split(/[^\p{L}\p{N}]+/u)) {
			if (word) words.add(word);
		}
	}
	return [...words];
}

/** Query words: every one must be the prefix of some word of a record. */
export function queryWords(query: string): string[] {
	return wordsOf(query);
}
