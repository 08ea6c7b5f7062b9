import { describe, expect, it } from 'vitest';
import { pickLocale } from './locale';

describe('pickLocale', () => {
	it('takes the first supported browser language', () => {
		expect(pickLocale(['pt-BR', 'nl-BE', 'de'])).toBe('nl');
		expect(pickLocale(['FR-ca'])).toBe('fr');
	});
	it('falls back to English', () => {
		expect(pickLocale(['pt', 'ja'])).toBe('en');
		expect(pickLocale([])).toBe('en');
	});
});
