import { describe, expect, it } from 'vitest';
import { LOCALES } from './locale';
import { CONFIRM_WORDS, confirms, type ConfirmAction } from './confirm';

describe('typed confirmation', () => {
	it.each([
		['de', 'deactivate', 'Deaktivieren'],
		['nl', 'deactivate', ' deactiveren '],
		['it', 'deactivate', 'DISATTIVARE'],
		['es', 'deactivate', 'desactivar'],
		['fr', 'deactivate', 'desactiver'],
		['fr', 'deactivate', 'DÉSACTIVER'],
		['fr', 'delete', 'supprimer'],
		['de', 'delete', 'loschen'],
		['nl', 'reactivate', 'heractiveren'],
		['es', 'delete', 'Eliminar']
	] as const)('%s accepts %s typed as %j', (locale, action, typed) => {
		expect(confirms(action, locale, typed)).toBe(true);
	});

	it('always accepts the English word', () => {
		for (const locale of LOCALES)
			for (const action of Object.keys(CONFIRM_WORDS) as ConfirmAction[])
				expect(confirms(action, locale, ` ${action.toUpperCase()} `)).toBe(true);
	});

	it('refuses other words, parts of the word and the word of another action', () => {
		expect(confirms('deactivate', 'fr', 'désactive')).toBe(false);
		expect(confirms('delete', 'de', 'deaktivieren')).toBe(false);
		expect(confirms('delete', 'en', '')).toBe(false);
		expect(confirms('delete', 'it', 'delete it')).toBe(false);
	});
});
