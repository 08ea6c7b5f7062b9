import { describe, expect, it } from 'vitest';
import {
	foldText,
	matchesWords,
	narrows,
	positionsMatchingWords,
	queryWords,
	searchText,
	wordsOf
} from './text';

describe('foldText', () => {
	it('folds case and diacritics, including letters without a decomposition', () => {
		expect(foldText('Ærøskøbing Müller')).toBe('aeroskobing muller');
		expect(foldText('François ŁUKASZ Straße')).toBe('francois lukasz strasse');
		expect(foldText('  Ångström ')).toBe('angstrom');
	});
});

describe('wordsOf', () => {
	it('splits on anything that is not a letter or digit, without duplicates', () => {
		expect(wordsOf('José García-López', 'jose@example.com', '4711')).toEqual([
			'jose',
			'garcia',
			'lopez',
			'example',
			'com',
			'4711'
		]);
	});
	it('ignores empty values', () => {
		expect(wordsOf('', null, undefined)).toEqual([]);
		expect(queryWords('  ')).toEqual([]);
	});
});

describe('searchText and matchesWords', () => {
	const text = searchText(wordsOf('Zoë Müller', 'zoe.mueller@example.com', '1005'));

	it('matches when every query word starts a word, accents and case folded', () => {
		expect(matchesWords(text, queryWords('MÜL zo'))).toBe(true);
		expect(matchesWords(text, queryWords('mueller 100'))).toBe(true);
		expect(matchesWords(text, queryWords('example'))).toBe(true);
	});

	it('does not match inside a word or when one word is missing', () => {
		expect(matchesWords(text, queryWords('ller'))).toBe(false);
		expect(matchesWords(text, queryWords('zoe smith'))).toBe(false);
		expect(matchesWords(text, queryWords('005'))).toBe(false);
	});
});

describe('positionsMatchingWords and narrows', () => {
	const texts = ['Zoë Müller', 'Zora Mills', 'Ann Smith', 'Mia Zorn'].map((n) =>
		searchText(wordsOf(n))
	);

	it('finds the matching positions, within earlier matches when the query narrows', () => {
		const zo = positionsMatchingWords(texts, queryWords('zo'));
		expect(zo).toEqual([0, 1, 3]);
		expect(narrows(queryWords('zor m'), queryWords('zo'))).toBe(true);
		expect(positionsMatchingWords(texts, queryWords('zor m'), zo)).toEqual([1, 3]);
		expect(positionsMatchingWords(texts, queryWords('zor m'))).toEqual([1, 3]);
	});

	it('does not narrow after a deletion or a changed word', () => {
		expect(narrows(queryWords('z'), queryWords('zo'))).toBe(false);
		expect(narrows(queryWords('ann'), queryWords('zo'))).toBe(false);
		expect(narrows(queryWords('zo ann'), queryWords('zo'))).toBe(true);
	});
});
