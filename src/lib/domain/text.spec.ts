import { describe, expect, it } from 'vitest';
import { foldText, queryWords, wordsOf } from './text';

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
