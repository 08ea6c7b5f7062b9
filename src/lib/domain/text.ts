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

/** Separates the words of a `searchText` (never part of a word). */
const WORD_START = '\u0001';

/** A record's words as one string, for matching many records in memory (`matchesWords`). */
export function searchText(words: readonly string[]): string {
	return WORD_START + words.join(WORD_START);
}

/** Whether every query word starts one of the words of `text` (a `searchText`). */
export function matchesWords(text: string, query: readonly string[]): boolean {
	for (const word of query) if (!text.includes(WORD_START + word)) return false;
	return true;
}

/**
 * The positions of the `texts` matching every query word; only those in `within` when given (the
 * matches of a query this one narrows, see `narrows`).
 */
export function positionsMatchingWords(
	texts: readonly string[],
	query: readonly string[],
	within?: readonly number[]
): number[] {
	const out: number[] = [];
	if (within) {
		for (const i of within) if (matchesWords(texts[i] ?? '', query)) out.push(i);
	} else {
		for (let i = 0; i < texts.length; i += 1) if (matchesWords(texts[i] ?? '', query)) out.push(i);
	}
	return out;
}

/**
 * Whether every match of `query` also matches `previous` (each previous word is the start of a
 * word of the query): typing on narrows, and only the previous matches need checking.
 */
export function narrows(query: readonly string[], previous: readonly string[]): boolean {
	return previous.every((p) => query.some((q) => q.startsWith(p)));
}

/** The ids at the given positions (the matches of `positionsMatchingWords`). */
export function idsAtPositions(ids: readonly string[], positions: readonly number[]): Set<string> {
	const out = new Set<string>();
	for (const i of positions) {
		const id = ids[i];
		if (id !== undefined) out.add(id);
	}
	return out;
}
